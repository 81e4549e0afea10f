/**
 * Claim extraction against PolNeAR (Newell et al. 2018): US political news with
 * attributions annotated as Source / Cue / Content spans (brat standoff).
 *
 * One annotation file per text: the first in sorted order (some dev texts were
 * annotated by several people; the suffix after the last "_" names the annotator).
 */
import '../../lib/outlets/bundled'; // the outlet table, with the code (lib/outlets/table.ts), when run on its own
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../../lib/extract/extract-article';
import { parseHtml } from '../../lib/platform/html';
import { outletForName } from '../../lib/outlets/lookup';
import type { Claim } from '../../lib/schema/claim';
import { corpusDir } from './corpora';
import { lexiconBound } from './polnear-bound';
import { fmt, renderTable, type EvalSection } from './table';

const PAGE_URL = 'https://example.com/article';
/** Share of an annotated Content span that claim sentences must cover. */
const CONTENT_COVER = 0.5;

interface Range {
  start: number;
  end: number;
}

interface Annotation {
  id: string;
  type: string;
  ranges: Range[];
  text: string;
}

/** A gold attribution: the spans one brat event links together. */
interface GoldAttribution {
  cue?: Annotation;
  source?: Annotation;
  content?: Annotation;
}

interface Gold {
  cues: Annotation[];
  contents: Annotation[];
  /** Each cue's attribution, by cue id. */
  byCue: Map<string, GoldAttribution>;
  /** Annotated spans whose offsets do not match their text (should be 0). */
  offsetMismatches: number;
}

/** A claim placed back in the original text. */
export interface PlacedClaim {
  claim: Claim;
  sentence: Range;
  /** Every occurrence of the claim's cues in its sentence (the claim does not record which one). */
  cueRanges: Range[];
  /** The same, per cue word of the claim (`cues`, else `cue`): each is scored for precision. */
  perCue: Range[][];
}

export interface ArticleResult {
  name: string;
  annotationFile: string;
  /** How many annotation files the text has (only the first is scored). */
  annotators: number;
  text: string;
  gold: Gold;
  placed: PlacedClaim[];
  /** Claims whose sentence could not be found in the original text. */
  unplaced: number;
  /** Gold cues found, with the claim that found them. */
  found: Map<string, PlacedClaim>;
}

// ——— reading the corpus ———

function parseRanges(field: string): Range[] {
  return field.split(';').map((part) => {
    const [start, end] = part.trim().split(/\s+/).map(Number);
    return { start: start!, end: end! };
  });
}

function parseAnnotations(ann: string, text: string): Gold {
  const spans = new Map<string, Annotation>();
  const events: Map<string, string>[] = [];
  let offsetMismatches = 0;
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (line.startsWith('T') && cols.length >= 3) {
      const head = cols[1]!;
      const space = head.indexOf(' ');
      const a: Annotation = { id: cols[0]!, type: head.slice(0, space), ranges: parseRanges(head.slice(space + 1)), text: cols[2]! };
      if (a.ranges.map((r) => text.slice(r.start, r.end)).join(' ') !== a.text) offsetMismatches++;
      spans.set(a.id, a);
    } else if (line.startsWith('E') && cols.length >= 2) {
      const roles = new Map<string, string>();
      for (const pair of cols[1]!.trim().split(/\s+/)) {
        const [role, id] = pair.split(':');
        if (role && id) roles.set(role.replace(/\d+$/, ''), id);
      }
      events.push(roles);
    }
  }
  const all = [...spans.values()];
  const byCue = new Map<string, GoldAttribution>();
  for (const roles of events) {
    const cueId = roles.get('Cue');
    if (!cueId) continue;
    const get = (role: string) => (roles.has(role) ? spans.get(roles.get(role)!) : undefined);
    byCue.set(cueId, { cue: get('Cue'), source: get('Source'), content: get('Content') });
  }
  return {
    cues: all.filter((a) => a.type === 'Cue'),
    contents: all.filter((a) => a.type === 'Content'),
    byCue,
    offsetMismatches,
  };
}

/** Text name → its annotation files, in sorted order (the first is the one used). */
function annotationFiles(dir: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ann')).sort()) {
    const name = file.slice(0, file.lastIndexOf('_'));
    out.set(name, [...(out.get(name) ?? []), file]);
  }
  return out;
}

// ——— running the extractor ———

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Plain text → HTML, one <p> per line (blank lines separate paragraphs too). */
export function textToHtml(text: string): string {
  const paragraphs = text.split(/\n+/).map((p) => p.trim()).filter(Boolean);
  return `<!doctype html><html lang="en"><head><title>article</title></head><body><article>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</article></body></html>`;
}

/** The text with whitespace runs collapsed, and where each of its characters sits in the original. */
interface Collapsed {
  text: string;
  origin: number[];
}

function collapse(text: string): Collapsed {
  let out = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (inSpace) continue;
      inSpace = true;
      out += ' ';
    } else {
      inSpace = false;
      out += ch;
    }
    origin.push(i);
  }
  return { text: out, origin };
}

const toOriginal = (c: Collapsed, start: number, length: number): Range => ({ start: c.origin[start]!, end: c.origin[start + length - 1]! + 1 });

/** Finds each claim's sentence in the original text, in document order. */
function placeClaims(text: string, claims: Claim[]): { placed: PlacedClaim[]; unplaced: number } {
  const c = collapse(text);
  const lower = c.text.toLowerCase();
  const placed: PlacedClaim[] = [];
  let unplaced = 0;
  let cursor = 0;
  for (const claim of claims) {
    const needle = collapse(claim.text.replace(/…$/, '')).text.trim();
    let at = c.text.indexOf(needle, cursor);
    if (at < 0) at = c.text.indexOf(needle);
    if (at < 0 || !needle) {
      unplaced++;
      continue;
    }
    cursor = at + 1;
    const sentence = toOriginal(c, at, needle.length);
    const perCue: Range[][] = [];
    for (const word of claim.cue ? [...new Set(claim.cues ?? [claim.cue])] : []) {
      const cue = word.toLowerCase();
      const ranges: Range[] = [];
      for (let i = lower.indexOf(cue, at); i >= 0 && i + cue.length <= at + needle.length; i = lower.indexOf(cue, i + 1)) {
        ranges.push(toOriginal(c, i, cue.length));
      }
      perCue.push(ranges);
    }
    placed.push({ claim, sentence, cueRanges: perCue.flat(), perCue });
  }
  return { placed, unplaced };
}

// ——— scoring ———

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;
const overlapsAny = (a: Range, bs: Range[]) => bs.some((b) => overlaps(a, b));

const PRONOUN = /^(?:he|she|they|it|we|i|you|him|them)$/i;
const RELATIVE = /^(?:who|which|that|whom)$/i;
const STOP = new Set('the a an of and or his her their its our my for in at on to with by from this that these those mr mrs ms dr s'.split(' '));

function nameTokens(s: string): Set<string> {
  return new Set(
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 2 && !STOP.has(w)),
  );
}

/**
 * The entity a gold Source names: itself; for a relative pronoun ("the department, which reported")
 * the words just before it; for a personal pronoun the nearest annotated non-pronoun Source before
 * it (PolNeAR has no coreference links, so this is only a proxy).
 */
export function goldSourceName(source: Annotation, sources: Annotation[], text: string): string {
  const start = source.ranges[0]!.start;
  if (RELATIVE.test(source.text.trim())) return text.slice(Math.max(0, start - 60), start);
  if (!PRONOUN.test(source.text.trim())) return source.text;
  const earlier = sources.filter((s) => s.ranges[0]!.start < start && !PRONOUN.test(s.text.trim()) && !RELATIVE.test(s.text.trim()));
  return earlier.length ? earlier[earlier.length - 1]!.text : source.text;
}

/** Same entity: the speaker and the (resolved) gold Source share a content word ("Clinton" ~ "Hillary Clinton"). */
export function sameSpeaker(speaker: string | null, gold: string): boolean {
  if (!speaker) return false;
  const g = nameTokens(gold);
  return [...nameTokens(speaker)].some((w) => g.has(w));
}

// Words that make a gold Source an organisation rather than a person ("the Tax Policy Center", "the campaign", "CNN").
const ORGANISATION =
  /\b(?:campaign|committee|department|agency|administration|office|council|commission|party|association|foundation|institute|center|centre|university|college|court|board|bureau|service|coalition|union|company|corporation|corp|inc|network|news|times|post|journal|press|tribune|herald|gazette|magazine|poll|police|government|ministry|senate|congress|house|caucus|cabinet|organization|organisation|group|firm|bank|fund|alliance|federation|league|network|station|channel|project|team|staff|authority|county|city|state)\b/i;
const ACRONYM = /\b\p{Lu}{2,}s?\b/u;

/** Whether a gold Source names an organisation: an outlet, a body by its head noun, or an acronym. */
export function isOrganisation(name: string): boolean {
  return !!outletForName(name.replace(/^the\s+/i, '').trim()) || ORGANISATION.test(name) || ACRONYM.test(name);
}

function scoreArticle(name: string, annotationFile: string, text: string, gold: Gold): Omit<ArticleResult, 'annotators'> {
  const out = extractArticle(parseHtml(textToHtml(text)), PAGE_URL, { force: true });
  const claims = out.ok ? out.extraction.claims : [];
  const { placed, unplaced } = placeClaims(text, claims);
  const found = new Map<string, PlacedClaim>();
  for (const cue of gold.cues) {
    const hit = placed.find((p) => p.claim.cue && overlapsAny(p.sentence, cue.ranges) && p.cueRanges.some((r) => overlapsAny(r, cue.ranges)));
    if (hit) found.set(cue.id, hit);
  }
  return { name, annotationFile, text, gold, placed, unplaced, found };
}

export function runPolnear(dir: string): ArticleResult[] {
  const files = annotationFiles(join(dir, 'dev', 'attributions'));
  const results: ArticleResult[] = [];
  for (const txt of readdirSync(join(dir, 'dev', 'text')).filter((f) => f.endsWith('.txt')).sort()) {
    const name = txt.replace(/\.txt$/, '');
    const annFiles = files.get(name);
    if (!annFiles) continue;
    const annFile = annFiles[0]!;
    const text = readFileSync(join(dir, 'dev', 'text', txt), 'utf8');
    const gold = parseAnnotations(readFileSync(join(dir, 'dev', 'attributions', annFile), 'utf8'), text);
    results.push({ ...scoreArticle(name, annFile, text, gold), annotators: annFiles.length });
  }
  return results;
}

/** Share of the non-space characters of `ranges` that `mask` marks. */
function shareInside(text: string, ranges: Range[], mask: Uint8Array): number {
  let inside = 0;
  let total = 0;
  for (const range of ranges) {
    for (let i = range.start; i < range.end; i++) {
      if (/\s/.test(text[i]!)) continue;
      total++;
      inside += mask[i]!;
    }
  }
  return total ? inside / total : 0;
}

interface Count {
  hit: number;
  of: number;
}
const ratio = (c: Count) => (c.of ? c.hit / c.of : NaN);
const counts = (c: Count) => `${c.hit} / ${c.of}`;

export function summarise(results: ArticleResult[]) {
  const cueRecall: Count = { hit: 0, of: 0 };
  const cuePrecision: Count = { hit: 0, of: 0 };
  const contentRecall: Count = { hit: 0, of: 0 };
  const speaker: Count = { hit: 0, of: 0 };
  const orgSpeaker: Count = { hit: 0, of: 0 };
  const continuation: Count = { hit: 0, of: 0 };
  const speechCues: Count = { hit: 0, of: 0 };
  const otherCues: Count = { hit: 0, of: 0 };
  const missed = new Map<string, number>();
  let unplaced = 0;
  let claims = 0;
  let continuations = 0;
  let offsetMismatches = 0;
  let ambiguousCues = 0;
  for (const r of results) {
    unplaced += r.unplaced;
    offsetMismatches += r.gold.offsetMismatches;
    claims += r.placed.length;
    continuations += r.placed.filter((p) => p.claim.continuation).length;
    const goldCueRanges = r.gold.cues.flatMap((c) => c.ranges);
    for (const cue of r.gold.cues) {
      cueRecall.of++;
      const byKind = SPEECH_CUE.test(cue.text) ? speechCues : otherCues;
      byKind.of++;
      if (r.found.has(cue.id)) byKind.hit++;
      if (r.found.has(cue.id)) cueRecall.hit++;
      else {
        const key = cue.text.toLowerCase().replace(/\s+/g, ' ').trim();
        missed.set(key, (missed.get(key) ?? 0) + 1);
      }
    }
    for (const p of r.placed) {
      for (const ranges of p.perCue) {
        cuePrecision.of++;
        if (ranges.length > 1) ambiguousCues++;
        if (ranges.some((x) => overlapsAny(x, goldCueRanges))) cuePrecision.hit++;
      }
    }
    // Characters inside some claim's sentence (continuations included).
    const covered = new Uint8Array(r.text.length);
    for (const p of r.placed) covered.fill(1, p.sentence.start, p.sentence.end);
    // A continuation is right when most of its sentence lies inside annotated Content.
    const inContent = new Uint8Array(r.text.length);
    for (const c of r.gold.contents) for (const range of c.ranges) inContent.fill(1, range.start, range.end);
    for (const p of r.placed) {
      if (!p.claim.continuation) continue;
      continuation.of++;
      if (shareInside(r.text, [p.sentence], inContent) >= CONTENT_COVER) continuation.hit++;
    }
    for (const content of r.gold.contents) {
      contentRecall.of++;
      if (shareInside(r.text, content.ranges, covered) >= CONTENT_COVER) contentRecall.hit++;
    }
    const sources = [...r.gold.byCue.values()].flatMap((a) => (a.source ? [a.source] : [])).sort((a, b) => a.ranges[0]!.start - b.ranges[0]!.start);
    for (const [cueId, hit] of r.found) {
      const source = r.gold.byCue.get(cueId)?.source;
      if (!source) continue;
      speaker.of++;
      const goldName = goldSourceName(source, sources, r.text);
      const right = sameSpeaker(hit.claim.speaker, goldName);
      if (right) speaker.hit++;
      if (isOrganisation(goldName)) {
        orgSpeaker.of++;
        if (right) orgSpeaker.hit++;
      }
    }
  }
  return { cueRecall, speechCues, otherCues, cuePrecision, contentRecall, speaker, orgSpeaker, continuation, missed, unplaced, claims, continuations, offsetMismatches, ambiguousCues };
}

/**
 * Cues of saying, writing and reporting (a verb or noun of communication, a colon or a quotation
 * mark), as against the rest PolNeAR annotates: beliefs, intentions, stances and acts ("wants",
 * "plans", "seems", "endorses"). A coarse split, for reading the recall, not used by the extractor.
 */
const SPEECH_CUE =
  /\b(?:say|says|said|saying|tells?|told|telling|report(?:s|ed|ing)?|according|announce[sd]?|announcing|announcement|state[sd]?|statement|claim(?:s|ed|ing)?|argue[sd]?|arguing|write|writes|wrote|written|tweet(?:s|ed|ing)?|post(?:s|ed)?|note[sd]?|noting|add(?:s|ed|ing)?|explain(?:s|ed|ing)?|quote[sd]?|quoting|ask(?:s|ed|ing)?|describe[sd]?|warn(?:s|ed|ing)?|insist(?:s|ed|ing)?|suggest(?:s|ed|ing)?|testif(?:y|ied|ies)|repl(?:y|ied|ies)|respond(?:s|ed|ing)?|response|comment(?:s|ed|ing)?|remark(?:s|ed)?|spoke|speak(?:s|ing)?|speech|interview|call(?:s|ed|ing)?|acknowledge[sd]?|admit(?:s|ted)?|den(?:y|ied|ies)|confirm(?:s|ed)?|reveal(?:s|ed)?|predict(?:s|ed)?|promise[sd]?|pledge[sd]?|vow(?:s|ed)?|declare[sd]?|mention(?:s|ed)?|contend(?:s|ed)?|assert(?:s|ed)?|accuse[sd]?|urge[sd]?|demand(?:s|ed)?|letter|email|poll|survey|study|analysis)\b|[:“"]/i;

const SECTION = 'polnear claims';

export async function evaluate(): Promise<EvalSection> {
  const dir = corpusDir('polnear');
  if (!dir) return { name: SECTION, rows: [], skipped: 'PolNeAR corpus absent' };
  return sectionOf(runPolnear(dir));
}

/**
 * The same figures on two halves of the texts (alternate files in sorted order), so a rule tuned
 * on one half can be seen to hold on the other.
 */
function folds(results: ArticleResult[]) {
  return [0, 1].map((fold) => {
    const s = summarise(results.filter((_, i) => i % 2 === fold));
    return {
      metric: `fold ${fold + 1} of 2`,
      value: fmt(ratio(s.cueRecall)),
      note: `cue recall ${fmt(ratio(s.cueRecall))}, precision ${fmt(ratio(s.cuePrecision))}, speaker ${fmt(ratio(s.speaker))}, organisations ${fmt(ratio(s.orgSpeaker))} (${s.orgSpeaker.of})`,
    };
  });
}

function sectionOf(results: ArticleResult[]): EvalSection {
  const s = summarise(results);
  const p = ratio(s.cuePrecision);
  const rc = ratio(s.cueRecall);
  return {
    name: SECTION,
    rows: [
      { metric: 'cue recall', value: fmt(rc), note: `${counts(s.cueRecall)} annotated cues in a claim sentence and overlapped by the claim's cue` },
      {
        metric: 'cue recall: saying, writing, reporting',
        value: fmt(ratio(s.speechCues)),
        note: `${counts(s.speechCues)} annotated cues with a verb or noun of communication, a colon or a quotation mark; the other ${s.otherCues.of} (beliefs, intentions, stances, acts: "wants", "plans", "seems") are found at ${fmt(ratio(s.otherCues))}`,
      },
      { metric: 'cue precision', value: fmt(p), note: `${counts(s.cuePrecision)} claim cue words (every cue of every claim) overlapping an annotated cue (${s.ambiguousCues} cue words occur more than once in their sentence; any occurrence counts)` },
      { metric: 'cue F1', value: fmt((2 * p * rc) / (p + rc)) },
      { metric: 'content recall', value: fmt(ratio(s.contentRecall)), note: `${counts(s.contentRecall)} Content spans ≥ 50 % covered by claim sentences (continuations count)` },
      { metric: 'continuation precision', value: fmt(ratio(s.continuation)), note: `${counts(s.continuation)} continuation sentences ≥ 50 % inside annotated Content` },
      {
        metric: 'speaker accuracy (found cues)',
        value: fmt(ratio(s.speaker)),
        note: `${counts(s.speaker)} found cues with a Source; right when speaker and Source share a word; a pronoun Source is read as the previous annotated non-pronoun Source, a relative pronoun as the 60 characters before it`,
      },
      {
        metric: 'speaker accuracy, organisations',
        value: fmt(ratio(s.orgSpeaker)),
        note: `${counts(s.orgSpeaker)} of those whose Source is an organisation (an outlet, an acronym, or a body's head noun: campaign, committee, department, …)`,
      },
      ...folds(results),
      ...[0.93, 0.8, 0.6].map((at) => {
        const b = lexiconBound(results, at);
        const combined = (s.cuePrecision.hit + b.addedPrecision * b.matches) / (s.cuePrecision.of + b.matches);
        return {
          metric: `bound: cue word list ≥ ${at} (2-fold)`,
          value: fmt(b.recall),
          note: `cue recall if every 1–3-word phrase that is a cue in ≥ ${at} of its ≥ 2 occurrences in one half of the texts were added on the other half: +${b.added} cues; its ${b.matches} new matches are ${fmt(b.addedPrecision)} cues, precision overall ${fmt(combined)}`,
        };
      }),
      {
        metric: 'articles',
        value: String(results.length),
        note: `dev set, first annotation file per text (${results.filter((r) => r.annotators > 1).length} texts have several); ${s.claims} claims (${s.continuations} continuations), ${s.unplaced} not placed, ${s.offsetMismatches} span offset mismatches`,
      },
    ],
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = corpusDir('polnear');
  if (!dir) void evaluate().then((section) => console.log(renderTable([section])));
  else {
    const results = runPolnear(dir);
    console.log(renderTable([sectionOf(results)]));
    const { missed } = summarise(results);
    console.log('\nMost common missed cues:');
    for (const [cue, n] of [...missed].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`${String(n).padStart(5)}  ${cue}`);
  }
}
