import { scorerReason } from '../../i18n/scorer-reason';
import type { SupportLabel } from '../../schema/check';
import { extractNumberFacts, factMatches, isCheckableFact, uniqueFacts, type NumberFact } from '../../text/numbers';
import { initialismKey, initialismKeys, nameRunInitialisms, spelledOutKey, spelledOutKeys, writtenInitialisms } from '../../text/initialisms';
import { wordSegmenter } from '../../text/sentences';
import { COMMON, MONTH_STEMS, terms } from './terms';

export interface SupportResult {
  label: SupportLabel;
  /** 0–1: the share of the claim's weighted content the evidence covers, less penalties. */
  score: number;
  /** Indices of the evidence sentences, best first. */
  evidence: number[];
  /** 0–1 for each evidence sentence, same order: the share of the claim it covers on its own. */
  evidenceScores: number[];
  /** Why, as data; `reason` is it worded in English (lib/i18n/scorer-reason.ts). */
  why: ScorerWhy;
  reason: string;
}

/** Why the scorer labelled a claim as it did, as data for every interface language. */
export interface ScorerWhy {
  /** The result's shape: covered (supported), covered-but (well covered, but a penalty), partial, no-shared (no evidence), not-covered, no-words, no-text. */
  shape: 'covered' | 'covered-but' | 'partial' | 'no-shared' | 'not-covered' | 'no-words' | 'no-text' | 'no-lexicon' | 'no-bridge';
  pct: number;
  /** The claim's figures the evidence gives differently. */
  conflicts: string[];
  /** The claim's figures missing from the evidence (when none conflicts). */
  notInEvidence: string[];
  /** A negation that turns agreement into contradiction: the claim's or the source's. */
  denies: '' | 'claim' | 'source';
  /** The claim's heaviest words the evidence does not cover (only when not supported). */
  absent: string[];
  /** Across languages: compared word by word through the lexicon, and the words found. */
  via?: 'cc-cedict';
  found?: string[];
  /** Not compared (no-lexicon, no-bridge): the two languages. */
  claimLang?: string;
  sourceLang?: string;
}

/** A why with nothing to say beyond its shape (no text, no content words). */
export function plainWhy(shape: ScorerWhy['shape']): ScorerWhy {
  return { shape, pct: 0, conflicts: [], notInEvidence: [], denies: '', absent: [] };
}

export interface SupportOptions {
  /** Score at or above which a claim counts as supported. */
  supported: number;
  /** Score at or above which it counts as partly supported. */
  partial: number;
  /** At most this many sentences are combined as evidence. */
  maxEvidence: number;
}

/**
 * Chosen on the WiCE dev set (349 Wikipedia claims with their cited pages):
 * `supported` in the middle of the plateau of best F1 for supported-vs-rest
 * (0.38–0.46), `partial` near the best three-way macro-F1 (most unsupported
 * claims fall below it). test/eval/wice.ts measures both, with a
 * cross-validated F1. The score is not a probability: read 0.4 as "most of
 * the claim's weighted content is there and little of it is missing".
 */
export const DEFAULT_SUPPORT: SupportOptions = { supported: 0.4, partial: 0.1, maxEvidence: 3 };

// Weights of the judgement, chosen on WiCE (ablations in test/eval/wice.ts's
// header); each has a plain reason. Round values, not fitted decimals.
const W = {
  /** A name (capitalised inside the claim) or a figure is rarely paraphrased: missing it matters most. */
  proper: 3,
  number: 3,
  /** Frequent light words ("became", "major", "later") are often paraphrased: missing them matters least. */
  common: 0.4,
  /** A word matched only by a shared stem prefix ("canada"/"canadian", "北京"/"北京市"). */
  soft: 0.7,
  /** Each unit of missing weight lowers the score by this much, so long claims with gaps score lower. */
  missing: 0.05,
  /** A further evidence sentence must add this share of the claim's weight. */
  minGain: 0.04,
  /** Share of claim bigrams found in a sentence, as a bonus when ranking sentences. */
  bigram: 0.1,
  /** Score factor per missing figure: 1 − numberPenalty × (share of the claim's figures missing). */
  numberPenalty: 0.35,
  /** Further factor when the evidence gives a different figure of the same kind (not a year: pages are full of years). */
  numberConflict: 0.5,
  /** A figure found elsewhere on the page (dateline, table) counts as this much less missing. */
  numberElsewhere: 0.5,
  /**
   * Score factor when the claim negates what the evidence affirms, or the
   * evidence what the claim affirms: a contradiction, never supported nor partial.
   */
  negation: 0.08,
  /** Ranking evidence for display: words rare on the page count more, names no more than other words. */
  rankIdf: 1,
  rankNumber: 1.5,
} as const;

const NEGATION = /\b(?:not|no|never|none|neither|nor|without|cannot|can't|won't|didn't|doesn't|isn't|wasn't|aren't|weren't|hasn't|haven't|denied|denies)\b|\Bn[’']t\b|不|没有|沒有|未|非|无|無|否认|否認/i;
const NEGATION_ALL = new RegExp(NEGATION.source, 'gi');
// Words that contain a negation cue but deny nothing.
const NOT_NEGATION = /\bno\.?\s*\d|\bnot (?:only|just|until|least)\b|\bno (?:later|sooner|less|more) than\b|\bnone other than\b|非洲|无人机|無人機|无线|無線|非常|未来|未來|无论|無論|不仅|不僅|不但|不断|不斷|不少|不过|不過|无数|無數|不久|未遂/gi;

// ---------------------------------------------------------------------------

export type TermKind = 'number' | 'proper' | 'common' | 'plain';

/** One thing the claim says, as the keys a source token may match it by. */
export interface ClaimTerm {
  /** Same language: the term itself. Across languages: its glosses, a name's spellings, a figure's keys. */
  keys: readonly string[];
  kind: TermKind;
  weight: number;
  /** How the claim writes it, for reasons. */
  surface: string;
  /** Matched only by a key itself, never by a shared stem prefix. */
  exact?: boolean;
  /** Further keys (a word's rarer senses), matching as weakly as a shared stem does. */
  weakKeys?: readonly string[];
}

export const weightOf = (kind: TermKind): number => (kind === 'number' ? W.number : kind === 'proper' ? W.proper : kind === 'common' ? W.common : 1);

const HAN = /\p{Script=Han}/u;

/** The claim's terms with their kind: names (capitalised inside the claim), figures, frequent words, the rest. */
export function claimTerms(claim: string, lang: string | null, sentences: readonly string[]): ClaimTerm[] {
  const proper = new Set<string>();
  const surface = new Map<string, string>();
  let initial = true;
  for (const part of wordSegmenter(lang).segment(claim.normalize('NFKC'))) {
    const seg = part.segment;
    if (!part.isWordLike) {
      if (/[.!?:。！？：]/.test(seg)) initial = true;
      continue;
    }
    const wasInitial = initial;
    initial = false;
    const ts = terms(seg, lang);
    if (ts.length !== 1) continue;
    const t = ts[0]!;
    if (!surface.has(t)) surface.set(t, seg);
    // A capital at the claim's start proves nothing, unless the source too writes the word with one mid-sentence.
    if (/^\p{Lu}/u.test(seg) && (!wasInitial || capitalisedInside(seg, sentences))) proper.add(t);
  }
  return [...new Set(terms(claim, lang))].map((term) => {
    const kind: TermKind = (/^\d/.test(term) && !/^\d$/.test(term)) || MONTH_STEMS.has(term) ? 'number' : proper.has(term) ? 'proper' : COMMON.has(term) ? 'common' : 'plain';
    return { keys: [term], kind, weight: weightOf(kind), surface: surface.get(term) ?? term };
  });
}

/** True when some sentence writes `word` with its capital after the sentence's start. */
function capitalisedInside(word: string, sentences: readonly string[]): boolean {
  if (word.length < 2) return false;
  const wordChar = /[\p{L}\p{N}]/u;
  for (const s of sentences) {
    for (let at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1)) {
      if (at === 0 || wordChar.test(s[at - 1]!) || wordChar.test(s[at + word.length] ?? ' ')) continue;
      if (!/[.!?:]["”’)]?\s*$/.test(s.slice(Math.max(0, at - 4), at))) return true;
    }
  }
  return false;
}

/** Soft match of two different terms: one is the other's prefix, or they share most of a long stem. */
const hanTerms = new Map<string, boolean>();
/** Whether a term has Han characters (memoised: the same terms are tested against every token). */
function hasHan(t: string): boolean {
  let h = hanTerms.get(t);
  if (h === undefined) {
    if (hanTerms.size > 50_000) hanTerms.clear();
    hanTerms.set(t, (h = HAN.test(t)));
  }
  return h;
}

function softMatches(a: string, b: string): boolean {
  if (hasHan(a) || hasHan(b)) {
    // A Latin word is no part of a Han one: "name" is not in the key "name:戴维" (cross-language.ts).
    if (hasHan(a) !== hasHan(b)) return false;
    const [s, l] = a.length <= b.length ? [a, b] : [b, a];
    return s.length >= 2 && l.includes(s);
  }
  // A namespaced key matches only itself: init:us is not init:uk (cross-language.ts).
  if (!/^[a-z]/.test(a) || !/^[a-z]/.test(b) || a.includes(':') || b.includes(':')) return false;
  const min = Math.min(a.length, b.length);
  if (min < 4) return false;
  let k = 0;
  while (k < min && a[k] === b[k]) k++;
  return k === min || (k >= 5 && k >= 0.75 * min);
}

function negated(text: string): boolean {
  return NEGATION.test(text.replace(NOT_NEGATION, ' '));
}

/** The first content word after each negation: what the negation denies. */
function negatedTerms(text: string, lang: string | null): string[] {
  const clean = text.replace(NOT_NEGATION, ' ');
  const out: string[] = [];
  for (const m of clean.matchAll(NEGATION_ALL)) {
    const after = clean.slice(m.index + m[0].length).split(/[,.;:!?，。；：！？]/)[0]!.slice(0, 60);
    out.push(...terms(after, lang).slice(0, 1));
  }
  return out;
}

// The source's sentences as tokens, kept per sentence array: a page is judged
// against each of its claims in turn, and the array is the same each time.
// Treated as immutable: a changed length, first or last sentence starts over,
// a sentence changed in the middle would not be seen. `mode` names how the
// tokens were made (the source's language, or a cross-language reading).
interface PreparedSource {
  mode: string;
  first: string | undefined;
  last: string | undefined;
  tokens: string[][];
  facts?: NumberFact[];
  /** Anything else a reading keeps per page (the cross-language names). */
  extra?: unknown;
}
const prepared = new WeakMap<readonly string[], PreparedSource[]>();

export function prepareSource(sentences: readonly string[], mode: string, tokenize: (sentence: string) => string[]): PreparedSource {
  let list = prepared.get(sentences);
  const hit = list?.find((p) => p.mode === mode && p.tokens.length === sentences.length && p.first === sentences[0] && p.last === sentences[sentences.length - 1]);
  if (hit) return hit;
  const p: PreparedSource = { mode, first: sentences[0], last: sentences[sentences.length - 1], tokens: sentences.map(tokenize) };
  if (!list) prepared.set(sentences, (list = []));
  list.splice(0, list.length, ...list.filter((q) => q.mode !== mode), p);
  return p;
}

/** What the scoring core needs: the claim's terms against the source's tokens. */
export interface CoreInput {
  claim: string;
  ct: ClaimTerm[];
  sentences: readonly string[];
  src: PreparedSource;
  /** The claim's term sequence, for the phrase (bigram) bonus; empty to skip it. */
  sequence: readonly string[];
  /** Which claim terms a negation in the claim denies, and whether a sentence denies one of them. */
  negation: {
    claimDenies: number[];
    claimNegated: boolean;
    sentenceNegated: (s: number) => boolean;
    sentenceDenies: (s: number) => number[];
  };
  options: SupportOptions;
}

export interface CoreResult {
  label: SupportLabel;
  score: number;
  evidence: number[];
  evidenceScores: number[];
  /** 0–1 per claim term: how well the evidence covers it (1 exact, W.soft by stem). */
  covered: Float64Array;
  coverage: number;
  /** The penalties applied, as data. */
  penalties: Pick<ScorerWhy, 'conflicts' | 'notInEvidence' | 'denies'>;
  /** The claim's figures the evidence gives differently ("6.1%" where the source says "5.3%"). */
  conflicts: string[];
}

/**
 * The judgement itself, for any reading of claim and source into terms and
 * tokens. Each claim term gets a weight: names and figures most, frequent
 * light words least. Up to `maxEvidence` sentences are chosen greedily for the
 * weight they add (a later one must add at least `minGain`); the score is the
 * share of the claim's weight they cover, less a little for each unit of
 * weight missing, so a long claim with gaps scores lower than a short one with
 * the same share. Figures the evidence lacks and a negation that denies what
 * the other side affirms lower it further. The evidence is then ordered for
 * display by how specifically each sentence matches (words rare on the page
 * count more). Deterministic and near-linear in the source's length.
 */
export function scoreClaim({ claim, ct, sentences, src, sequence, negation, options }: CoreInput): CoreResult {
  const index = new Map<string, number[]>();
  ct.forEach((t, i) => {
    for (const k of t.keys) {
      const list = index.get(k);
      if (!list) index.set(k, [i]);
      else if (!list.includes(i)) list.push(i);
    }
  });
  const weakIndex = new Map<string, number[]>();
  ct.forEach((t, i) => {
    for (const k of t.weakKeys ?? []) {
      const list = weakIndex.get(k);
      if (!list) weakIndex.set(k, [i]);
      else if (!list.includes(i)) list.push(i);
    }
  });
  let total = 0;
  for (const t of ct) total += t.weight;

  // Each sentence as sparse matches: claim term index → strength (1 exact, W.soft by stem prefix).
  const matchCache = new Map<string, [number, number][]>();
  const matchesOf = (tok: string): [number, number][] => {
    let m = matchCache.get(tok);
    if (m) return m;
    m = [];
    const exact = index.get(tok) ?? [];
    for (const i of exact) m.push([i, 1]);
    for (const i of weakIndex.get(tok) ?? []) if (!exact.includes(i)) m.push([i, W.soft]);
    for (let i = 0; i < ct.length; i++) {
      const t = ct[i]!;
      if (exact.includes(i) || t.kind === 'number' || t.exact) continue;
      if (t.keys.some((k) => softMatches(k, tok))) m.push([i, W.soft]);
    }
    matchCache.set(tok, m);
    return m;
  };
  const claimBigrams = new Set<string>();
  for (let i = 1; i < sequence.length; i++) claimBigrams.add(`${sequence[i - 1]} ${sequence[i]}`);

  const n = sentences.length;
  const rows: Map<number, number>[] = new Array(n);
  const bigramShare = new Float64Array(n);
  const df = new Float64Array(ct.length);
  const candidates: number[] = [];
  for (let s = 0; s < n; s++) {
    const toks = src.tokens[s]!;
    const row = new Map<number, number>();
    for (const tok of toks) for (const [i, v] of matchesOf(tok)) if (v > (row.get(i) ?? 0)) row.set(i, v);
    rows[s] = row;
    if (!row.size) continue;
    candidates.push(s);
    for (const i of row.keys()) df[i] = df[i]! + 1;
    if (claimBigrams.size && row.size >= 2) {
      let hits = 0;
      for (let k = 1; k < toks.length; k++) if (claimBigrams.has(`${toks[k - 1]} ${toks[k]}`)) hits++;
      bigramShare[s] = Math.min(1, hits / claimBigrams.size);
    }
  }
  const alone = (s: number, w: (i: number) => number) => {
    let g = 0;
    for (const [i, v] of rows[s]!) g += w(i) * v;
    return g;
  };

  // Greedy cover: the sentence that adds the most weight, then the next, while each adds enough.
  const covered = new Float64Array(ct.length);
  const evidence: number[] = [];
  for (let k = 0; k < options.maxEvidence; k++) {
    let best = -1;
    let bestGain = 0;
    for (const s of candidates) {
      if (evidence.includes(s)) continue;
      let g = 0;
      for (const [i, v] of rows[s]!) if (v > covered[i]!) g += ct[i]!.weight * (v - covered[i]!);
      g /= total;
      if (k > 0 && g < W.minGain) continue;
      if (k === 0) g += W.bigram * bigramShare[s]!;
      if (g > bestGain + 1e-12) {
        bestGain = g;
        best = s;
      }
    }
    if (best < 0) break;
    evidence.push(best);
    for (const [i, v] of rows[best]!) if (v > covered[i]!) covered[i] = v;
  }

  // Display order: how specifically each sentence matches on its own.
  const rankWeight = ct.map((t, i) => (t.kind === 'number' ? W.rankNumber : 1) * (1 + W.rankIdf * Math.log(1 + n / (1 + df[i]!))));
  let rankTotal = 0;
  for (const w of rankWeight) rankTotal += w;
  const rank = new Map(evidence.map((s) => [s, alone(s, (i) => rankWeight[i]!) / rankTotal + W.bigram * bigramShare[s]!]));
  evidence.sort((a, b) => rank.get(b)! - rank.get(a)! || a - b);
  // Shown after the cover, up to maxEvidence: the sentences that most specifically match the claim on their own,
  // though they add nothing new to it (a sentence that restates the covered one is evidence too), each matching
  // at least minGain of the claim, and none that only repeats one shown (the page's title, then its heading).
  // The score is the cover's alone.
  const shown = [...evidence];
  if (shown.length && shown.length < options.maxEvidence) {
    const more = candidates
      .filter((s) => !evidence.includes(s) && alone(s, (i) => ct[i]!.weight) / total >= W.minGain)
      .map((s) => ({ s, r: alone(s, (i) => rankWeight[i]!) / rankTotal + W.bigram * bigramShare[s]! }))
      .sort((a, b) => b.r - a.r || a.s - b.s);
    for (const { s } of more) {
      if (shown.length >= options.maxEvidence) break;
      if (!shown.some((e) => repeats(src.tokens[s]!, src.tokens[e]!))) shown.push(s);
    }
  }
  const evidenceScores = shown.map((s) => round(alone(s, (i) => ct[i]!.weight) / total));

  let coverage = 0;
  let missing = 0;
  for (let i = 0; i < ct.length; i++) {
    coverage += ct[i]!.weight * covered[i]!;
    missing += ct[i]!.weight * (1 - covered[i]!);
  }
  coverage /= total;
  let score = coverage - W.missing * missing;
  const penalties: CoreResult['penalties'] = { conflicts: [], notInEvidence: [], denies: '' };
  const conflicts: string[] = [];

  // Figures in the claim must appear in the evidence; elsewhere on the page counts for half.
  // A different figure of the same kind in the evidence ("6.1%" where the source says "5.3%") contradicts.
  const evidenceText = evidence.map((i) => sentences[i]).join(' ');
  const claimFacts = uniqueFacts(extractNumberFacts(claim).filter(isCheckableFact));
  if (claimFacts.length) {
    const evidenceFacts = extractNumberFacts(evidenceText);
    const miss = claimFacts.filter((f) => !evidenceFacts.some((s) => factMatches(f, s)));
    if (miss.length) {
      src.facts ??= extractNumberFacts(sentences.join('\n'));
      let lack = 0;
      for (const f of miss) lack += src.facts.some((s) => factMatches(f, s)) ? 1 - W.numberElsewhere : 1;
      score *= 1 - W.numberPenalty * (lack / claimFacts.length);
      const conflicting = miss.filter((f) => (f.kind === 'year' ? datesAFigureOtherwise(f, claimFacts, evidence.map((e) => sentences[e]!)) : evidenceFacts.some((s) => s.kind === f.kind && s.value !== f.value)));
      if (conflicting.length) {
        conflicts.push(...conflicting.map((f) => f.text.trim()));
        score *= W.numberConflict;
        penalties.conflicts = conflicting.map((f) => f.text.trim());
      } else penalties.notInEvidence = miss.map((f) => f.text.trim());
    }
  }

  // A negation turns agreement into contradiction when it governs a word the other side affirms.
  if (evidence.length) {
    // Found by one of its keys (a rarer sense too: 去世 "pass away", also "die"), not only by a shared stem.
    const byKey = (e: number, i: number) => rows[e]!.get(i) === 1 || src.tokens[e]!.some((tok) => weakIndex.get(tok)?.includes(i));
    const denied = negation.claimDenies.filter((i) => evidence.some((e) => byKey(e, i) && !negation.sentenceNegated(e)));
    if (denied.length) {
      score *= W.negation;
      penalties.denies = 'claim';
    } else if (!negation.claimNegated) {
      const top = evidence[0]!;
      if (negation.sentenceDenies(top).some((i) => rows[top]!.has(i))) {
        score *= W.negation;
        penalties.denies = 'source';
      }
    }
  }

  score = round(Math.max(0, Math.min(1, score)));
  const label: SupportLabel = score >= options.supported ? 'supported' : score >= options.partial ? 'partial' : 'not-found';
  return { label, score, evidence: shown, evidenceScores, covered, coverage, penalties, conflicts };
}

const QUANTITY: ReadonlySet<string> = new Set(['number', 'percent', 'years']);

/**
 * A year the evidence lacks contradicts only where it dates a figure: an evidence sentence gives the
 * claim's figure with another year and not the claim's ("12% in 2019" where the source says "12% in
 * 2021"). A page names many years, so a different year elsewhere in the evidence proves nothing.
 */
function datesAFigureOtherwise(year: NumberFact, claimFacts: readonly NumberFact[], evidence: readonly string[]): boolean {
  const figures = claimFacts.filter((f) => QUANTITY.has(f.kind));
  if (!figures.length) return false;
  return evidence.some((sentence) => {
    const facts = extractNumberFacts(sentence);
    return facts.some((s) => s.kind === 'year' && s.value !== year.value) && figures.some((f) => facts.some((s) => factMatches(f, s)));
  });
}

/** Whether one sentence only repeats another (a page title and its heading): every word of the shorter is in the longer. */
function repeats(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const inLong = new Set(long);
  return short.every((t) => inLong.has(t));
}

/** A negation's reach in a text: whether it negates at all, and the words right after each negation. */
export const negationOf = { negated, negatedTerms };

/**
 * An English claim's names as initialisms too, so "the United States" meets "the U.S." and "UN" meets
 * "the United Nations": each word of a capitalised name also keys the initialism a source may write,
 * and an initialism the claim writes ("U.S.", "US", "WHO", which read as stop words otherwise) is a
 * name term keyed to meet it written or spelled out.
 */
export function withInitialisms(ct: ClaimTerm[], claim: string): ClaimTerm[] {
  const out = ct.map((t) => {
    const k = initialismKey(t.surface);
    if (!k) return t;
    // The word segmenter leaves the last dot of "U.S." to the sentence; the reader wrote it.
    const surface = /\.\p{Lu}$/u.test(t.surface) && claim.includes(`${t.surface}.`) ? `${t.surface}.` : t.surface;
    return { ...t, surface, keys: [...t.keys, k, spelledOutKey(k)] };
  });
  for (const run of nameRunInitialisms(claim)) {
    const words = new Set(run.words.flatMap((w) => terms(w, 'en')));
    out.forEach((t, i) => {
      if (words.has(t.keys[0]!) && !t.keys.includes(run.key)) out[i] = { ...t, keys: [...t.keys, run.key] };
    });
  }
  // Those the word list lacks ("US", "WHO" are stop words in lower case) become names of their own.
  const known = new Set(out.flatMap((t) => t.keys));
  for (const { key, text } of writtenInitialisms(claim)) {
    if (known.has(key)) continue;
    known.add(key);
    out.push({ keys: [key, spelledOutKey(key)], kind: 'proper', weight: weightOf('proper'), surface: text });
  }
  return out;
}

/** An English sentence's tokens: its terms, the initialisms it writes and those its names make. */
export function englishSourceTokens(sentence: string): string[] {
  const out = terms(sentence, 'en');
  if (!/\p{Lu}.*\p{Lu}/u.test(sentence)) return out;
  out.push(...initialismKeys(sentence), ...spelledOutKeys(sentence));
  return out;
}

const isEnglish = (lang: string | null) => !!lang && /^en\b/i.test(lang);

/**
 * How well a source's sentences back a claim in the same language (a claim in
 * another language goes through cross-language.ts, which reads both sides
 * into the same terms and uses the same core).
 */
export function judgeSupport(claim: string, sentences: readonly string[], lang: string | null = null, options: SupportOptions = DEFAULT_SUPPORT): SupportResult {
  const english = isEnglish(lang);
  const base = claimTerms(clampText(claim), lang, sentences);
  const ct = english ? withInitialisms(base, clampText(claim)) : base;
  if (!ct.length || !sentences.length) {
    const why = plainWhy(sentences.length ? 'no-words' : 'no-text');
    return { label: 'not-found', score: 0, evidence: [], evidenceScores: [], why, reason: scorerReason(why) };
  }
  const src = prepareSource(sentences, lang ?? '', (s) => (english ? englishSourceTokens(clampText(s)) : terms(clampText(s), lang)));
  const termIndex = new Map(ct.map((t, i) => [t.keys[0]!, i]));
  const toIndexes = (ts: string[]) => ts.flatMap((t) => (termIndex.has(t) ? [termIndex.get(t)!] : []));
  const r = scoreClaim({
    claim: clampText(claim),
    ct,
    sentences,
    src,
    sequence: terms(clampText(claim), lang),
    negation: {
      claimDenies: toIndexes(negatedTerms(claim, lang)),
      claimNegated: negated(claim),
      sentenceNegated: (s) => negated(sentences[s]!),
      sentenceDenies: (s) => toIndexes(negatedTerms(sentences[s]!, lang)),
    },
    options,
  });
  const why = scorerWhy(r, missingTerms(ct, r.covered).slice(0, 5).map((t) => t.surface));
  return { label: r.label, score: r.score, evidence: r.evidence, evidenceScores: r.evidenceScores, why, reason: scorerReason(why) };
}

/** The scorer's result as data: its shape, the penalties, and the claim's words it did not find (only when not supported). */
export function scorerWhy(r: CoreResult, absent: string[]): ScorerWhy {
  const pct = Math.round(r.coverage * 100);
  const penalised = r.penalties.conflicts.length > 0 || r.penalties.notInEvidence.length > 0 || r.penalties.denies !== '';
  const shape: ScorerWhy['shape'] =
    r.label === 'supported' ? 'covered' : penalised && pct >= 60 ? 'covered-but' : r.label === 'partial' ? 'partial' : !r.evidence.length ? 'no-shared' : 'not-covered';
  return { shape, pct, ...r.penalties, absent: r.label === 'supported' ? [] : absent };
}

/** The claim's terms the evidence does not cover at all, heaviest first (light words left out). */
export function missingTerms(ct: readonly ClaimTerm[], covered: Float64Array): ClaimTerm[] {
  return ct
    .map((t, i) => ({ t, i }))
    .filter(({ t, i }) => covered[i] === 0 && t.kind !== 'common')
    .sort((a, b) => b.t.weight - a.t.weight || a.i - b.i)
    .map(({ t }) => t);
}

/**
 * Claims and sentences are bounded before they are read: a claim is a few
 * sentences, and a 300 KB "claim" would make every step cost its length times
 * the source's. Cut at a word boundary where there is one.
 */
export const MAX_TEXT = 2000;
export function clampText(text: string): string {
  if (text.length <= MAX_TEXT) return text;
  const cut = text.slice(0, MAX_TEXT);
  const space = cut.lastIndexOf(' ');
  return space > MAX_TEXT * 0.8 ? cut.slice(0, space) : cut;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
