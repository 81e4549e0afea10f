import type { Claim } from '../schema/claim';
import type { CitedSource } from '../schema/source';
import { outletForName } from '../outlets/lookup';
import { truncate } from '../text/clean';
import { findCues } from './attribution/cues';
import { findDottedNames, findQuotes, findWesternNames, shortForms } from './attribution/entities';
import { findSpeaker, type Speaker } from './attribution/speaker';
import type { BodyText } from './page-text';

const MAX_CLAIMS = 400;
// How far (in paragraphs) a run of claims from one source may stretch over uncued text.
const MAX_CHAIN_GAP = 6;
const AUTHOR_WORDS = /^(?:作者|该作者|這位作者|这位作者|该名作者|文章作者|这位学者|這位學者|该学者|該學者|the\s+authors?|the\s+writer|the\s+scholar)$/i;
const ROLE_LINKS = new Set(['citation', 'reference', 'other', 'related']);

/** Full names by their short forms, from every name the article spells out in full. */
function nameRegistry(body: BodyText, sources: CitedSource[]): Map<string, string> {
  const registry = new Map<string, string>();
  const add = (full: string) => {
    for (const short of shortForms(full)) if (!registry.has(short)) registry.set(short, full);
  };
  for (const s of sources) if (s.attribution.author) add(s.attribution.author);
  for (const sentence of body.sentences) {
    for (const n of findDottedNames(sentence.text)) add(n.text);
    for (const n of findWesternNames(sentence.text)) if (n.text.includes(' ')) add(n.text);
  }
  return registry;
}

function sameEntity(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la === lb) return true;
  return shortForms(a).includes(b) || shortForms(b).includes(a);
}

/** The cited source a named speaker stands for: its author, its publication or its outlet. */
function sourceForSpeaker(speaker: Speaker, sources: CitedSource[]): CitedSource | null {
  const outlet = speaker.kind === 'outlet' || speaker.kind === 'group' ? outletForName(speaker.text) : null;
  for (const s of sources) {
    if (!ROLE_LINKS.has(s.role)) continue;
    const a = s.attribution;
    if (speaker.kind === 'person' && a.author && sameEntity(a.author, speaker.text)) return s;
    if (a.publication && (a.publication === speaker.text || (outlet && a.outlet?.id === outlet.id))) return s;
    if (outlet && s.outlet?.id === outlet.id) return s;
  }
  return null;
}

interface Attributed {
  sentence: number;
  claim: Claim;
}

/**
 * The sentences the article attributes to someone, linked or not, with the
 * speaker resolved through short names, pronouns ("他", "the author") and
 * references back to the cited piece ("这篇文章").
 */
export function collectClaims(body: BodyText, sources: CitedSource[], lang: string | null): Claim[] {
  const registry = nameRegistry(body, sources);
  const canonical = (s: Speaker): Speaker => (s.kind === 'person' && registry.has(s.text) ? { ...s, text: registry.get(s.text)! } : s);

  const found: Attributed[] = [];
  let lastPerson: { name: string; source: CitedSource | null } | null = null;
  let lastCited: CitedSource | null = null;

  body.sentences.forEach((sentence, si) => {
    const block = body.blocks[sentence.block]!;
    const link = sentence.links.map((l) => sources.find((s) => s.url === l.url)).find((s) => s && ROLE_LINKS.has(s.role)) ?? null;
    if (link?.role === 'citation') lastCited = link;
    if (block.kind === 'heading' || found.length >= MAX_CLAIMS) return;
    const cues = findCues(sentence.text, lang);
    if (!cues.length) return;

    let cue = cues[0]!;
    let speaker: Speaker | null = null;
    for (const c of cues) {
      const s = findSpeaker(sentence.text, c);
      if (s) {
        cue = c;
        speaker = s;
        break;
      }
    }
    // A cue word with nobody saying it ("都再次证实了…") is not an attribution.
    if (!speaker) return;
    let name: string | null = null;
    let source: CitedSource | null = link;
    if (speaker) {
      speaker = canonical(speaker);
      if (speaker.kind === 'pronoun') {
        // "作者" and "the author" point at the cited piece's author; "他" at the last person named.
        const cited = lastCited as CitedSource | null;
        if (AUTHOR_WORDS.test(speaker.text) && cited?.attribution.author) {
          name = cited.attribution.author;
          source ??= cited;
        } else if (lastPerson) {
          name = lastPerson.name;
          source ??= lastPerson.source;
        } else name = speaker.text;
      } else if (speaker.kind === 'document') {
        const cited = lastCited as CitedSource | null;
        name = cited?.attribution.author ?? cited?.attribution.publication ?? speaker.text;
        source ??= cited;
      } else {
        name = speaker.text;
        source ??= sourceForSpeaker(speaker, sources);
      }
      if (speaker.kind === 'person') lastPerson = { name: speaker.text, source };
      else if (speaker.kind === 'pronoun' && name && lastPerson?.name !== name) lastPerson = { name, source };
    }
    found.push({
      sentence: si,
      claim: {
        text: truncate(sentence.text, 1500),
        cue: cue.text,
        speaker: name,
        sourceUrl: source?.url ?? null,
        quotes: findQuotes(sentence.text),
        continuation: false,
      },
    });
  });

  return withContinuations(body, found).map((f) => f.claim);
}

/**
 * Uncued sentences inside a run of claims from one linked source belong to it:
 * after a claim in the same paragraph, or between two claims of that source.
 */
function withContinuations(body: BodyText, found: Attributed[]): Attributed[] {
  const out: Attributed[] = [];
  const claimed = new Set(found.map((f) => f.sentence));
  for (let i = 0; i < found.length; i++) {
    const cur = found[i]!;
    out.push(cur);
    const url = cur.claim.sourceUrl;
    if (!url) continue;
    const next = found[i + 1];
    const end = next ? next.sentence : body.sentences.length;
    const curBlock = body.sentences[cur.sentence]!.block;
    const chainContinues = !!next && next.claim.sourceUrl === url && body.sentences[next.sentence]!.block - curBlock <= MAX_CHAIN_GAP;
    for (let si = cur.sentence + 1; si < end; si++) {
      if (claimed.has(si)) continue;
      const s = body.sentences[si]!;
      const block = body.blocks[s.block]!;
      if (block.kind === 'heading') continue;
      if (s.block !== curBlock && !chainContinues) break;
      // A sentence that links elsewhere speaks for that other source.
      if (s.links.some((l) => l.url !== url)) continue;
      out.push({
        sentence: si,
        claim: { text: truncate(s.text, 1500), cue: '', speaker: cur.claim.speaker, sourceUrl: url, quotes: findQuotes(s.text), continuation: true },
      });
    }
  }
  return out.sort((a, b) => a.sentence - b.sentence).slice(0, MAX_CLAIMS);
}
