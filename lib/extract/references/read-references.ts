/**
 * The article's reference list or footnotes, and the markers in its text that
 * point to them: "[2]", "¹", "(Smith 2020)", "注1", or a link to "#fn2".
 */
import { outletForName, toOutletRef } from '../../outlets/lookup';
import type { CitedSource } from '../../schema/source';
import { nameText, type ReferenceEntry } from '../../schema/reference';
import { REFERENCE_HEADING } from '../dom/reference-list';
import type { BodyText } from '../page-text';
import { authorDateLabel, parseEntry } from './parse-entry';

export interface References {
  entries: ReferenceEntry[];
  /** The entries a sentence's markers point to, with the marker as written, by sentence index. */
  bySentence: Map<number, { marker: string; entry: ReferenceEntry }[]>;
  /** Sentences that are entries of the list: they cite, they claim nothing. */
  entrySentences: Set<number>;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const MAX_ENTRIES = 500;
const MAX_MARKERS = 20;

// "[2]", "[2, 5]", "[3–5]", "[注2]"; superscript digits after a word or a stop; "注2" in Chinese.
const BRACKET = /\[(?:注\s*)?(\d{1,3}(?:\s*[,，–-]\s*\d{1,3}){0,5})\]/g;
const SUPER = /(?<=[\p{L}\p{N}.,;:!?”"')\]])([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})/gu;
const ZH_NOTE = /(?<!\[)注\s*(\d{1,3})(?![\d\]])/g;
// "(Smith 2020)", "(Smith and Jones, 2020)", "(Smith et al. 2020; Doe 2019)".
const AUTHOR_DATE = /\(([^()]{2,160}?(?:19|20)\d\d[a-z]?)\)/g;
const AUTHOR_DATE_ONE = /^\s*(?:see\s+|e\.g\.,?\s+)?([\p{Lu}][\p{L}'’-]+(?:\s+(?:and|&)\s+[\p{Lu}][\p{L}'’-]+|\s+et\s+al\.?)?),?\s+((?:19|20)\d\d)[a-z]?\s*$/u;

function numbersIn(list: string): number[] {
  const out: number[] = [];
  for (const part of list.split(/\s*[,，]\s*/)) {
    const range = /^(\d+)\s*[–-]\s*(\d+)$/.exec(part);
    if (range) for (let n = +range[1]!; n <= +range[2]! && out.length < MAX_MARKERS; n++) out.push(n);
    else if (/^\d+$/.test(part)) out.push(+part);
  }
  return out;
}

const fromSuperscript = (s: string) => Number([...s].map((c) => SUPERSCRIPT.indexOf(c)).join(''));

/** The element ids an entry answers to: its own, or an anchor's inside it ("<li id=fn2>", "<a id=ref2>"). */
function idsOf(el: Element): string[] {
  const ids = el.id ? [el.id] : [];
  for (const a of Array.from(el.querySelectorAll('[id]')).slice(0, 4)) ids.push(a.id);
  return ids;
}

/** Reads the reference list (blocks under a "References" / "Notes" / "参考文献" heading) and the markers that point to it. */
export function readReferences(body: BodyText, pageUrl: string): References {
  const entries: ReferenceEntry[] = [];
  const entrySentences = new Set<number>();
  const byId = new Map<string, ReferenceEntry>();
  let position = 0;
  let lastHeading: string | null = null;
  body.blocks.forEach((block, bi) => {
    if (entries.length >= MAX_ENTRIES || block.chrome || block.kind === 'heading' || !block.heading || !REFERENCE_HEADING.test(block.heading)) return;
    if (block.kind !== 'list-item' && block.kind !== 'paragraph') return;
    if (block.heading !== lastHeading) {
      lastHeading = block.heading;
      position = 0;
    }
    position++;
    const ids = body.byBlock[bi] ?? [];
    const link = ids.flatMap((si) => body.sentences[si]!.links).find((l) => l.url !== pageUrl && /^https?:/.test(l.url));
    const italic = block.el.querySelector('i, em, cite')?.textContent ?? null;
    const entry = parseEntry(block.text, { url: link?.url ?? null, italic, position });
    entries.push(entry);
    for (const si of ids) entrySentences.add(si);
    for (const id of idsOf(block.el)) byId.set(id, entry);
  });
  const bySentence = new Map<number, { marker: string; entry: ReferenceEntry }[]>();
  if (!entries.length) return { entries, bySentence, entrySentences };

  const byNumber = new Map<number, ReferenceEntry>();
  for (const e of entries) if (e.number !== null && !byNumber.has(e.number)) byNumber.set(e.number, e);
  const byAuthorDate = new Map<string, ReferenceEntry>();
  for (const e of entries) {
    const label = authorDateLabel(e).toLowerCase();
    if (label && !byAuthorDate.has(label)) byAuthorDate.set(label, e);
  }

  body.sentences.forEach((sentence, si) => {
    if (entrySentences.has(si)) return;
    const found: { marker: string; entry: ReferenceEntry }[] = [];
    const add = (marker: string, entry: ReferenceEntry | undefined) => {
      if (entry && found.length < MAX_MARKERS && !found.some((f) => f.entry === entry)) found.push({ marker, entry });
    };
    const text = sentence.text;
    for (const m of text.matchAll(BRACKET)) for (const n of numbersIn(m[1]!)) add(m[0], byNumber.get(n));
    for (const m of text.matchAll(SUPER)) add(m[1]!, byNumber.get(fromSuperscript(m[1]!)));
    for (const m of text.matchAll(ZH_NOTE)) add(m[0], byNumber.get(+m[1]!));
    if (byAuthorDate.size) {
      for (const m of text.matchAll(AUTHOR_DATE)) {
        for (const part of m[1]!.split(/\s*;\s*/)) {
          const one = AUTHOR_DATE_ONE.exec(part);
          if (one) add(m[0], byAuthorDate.get(`${one[1]!.replace(/&/, 'and').replace(/\s+et\s+al$/, ' et al.')} ${one[2]}`.toLowerCase()));
        }
      }
    }
    // "<sup><a href="#fn2">2</a></sup>": a link to an entry's id in the page.
    const block = body.blocks[sentence.block]!;
    for (const l of block.links) {
      if (l.start < sentence.start || l.start >= sentence.end) continue;
      const href = l.a.getAttribute('href') ?? '';
      if (href.startsWith('#')) add(block.text.slice(l.start, l.end) || href, byId.get(decodeURIComponent(href.slice(1))));
    }
    if (found.length) bySentence.set(si, found);
  });
  return { entries, bySentence, entrySentences };
}

/** The people an entry names, as the attribution writes them ("Nkechi Okafor, Erik Lindqvist"). */
export const entryAuthors = (entry: ReferenceEntry): string | null => (entry.author.length ? entry.author.map(nameText).join(', ') : null);

/**
 * Gives each source that is an entry's link that entry, and the entry's author
 * and publication as its attribution: the list says plainly who wrote it and where.
 */
export function attachEntries(sources: CitedSource[], refs: References): void {
  const byUrl = new Map(sources.map((s) => [s.url, s]));
  for (const entry of refs.entries) {
    const source = entry.URL ? byUrl.get(entry.URL) : undefined;
    if (!source || source.reference) continue;
    source.reference = entry;
    const author = entryAuthors(entry);
    const container = entry['container-title'];
    const outlet = container ? outletForName(container) : null;
    source.attribution = {
      ...source.attribution,
      author: author ?? source.attribution.author,
      ...(container && { publication: container, publicationEn: outlet?.en ?? null, outlet: toOutletRef(outlet) }),
    };
  }
}
