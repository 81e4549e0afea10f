import { stemmer } from 'stemmer';
import type { SupportLabel } from '../../schema/check';
import { extractNumberFacts, factMatches, isCheckableFact, parseChineseNumber, uniqueFacts, type NumberFact } from '../../text/numbers';
import { wordSegmenter } from '../../text/sentences';
import { contentTokens } from '../../text/tokens';

export interface SupportResult {
  label: SupportLabel;
  /** 0–1: the share of the claim's weighted content the evidence covers, less penalties. */
  score: number;
  /** Indices of the evidence sentences, best first. */
  evidence: number[];
  /** 0–1 for each evidence sentence, same order: the share of the claim it covers on its own. */
  evidenceScores: number[];
  reason: string;
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
const NOT_NEGATION = /\bno\.?\s*\d|\bnot (?:only|just|until|least)\b|\bno (?:later|sooner|less|more) than\b|\bnone other than\b|非洲|无人机|無人機|无线|無線|非常|未来|未來|无论|無論|不仅|不僅|不但|不断|不斷|不少|不过|不過|无数|無數|不久/gi;

// ---------------------------------------------------------------------------
// Light normalisation, written out here: irregular English forms to their base,
// a few near-synonyms, number words and Chinese numerals to digits, month
// abbreviations. Applied to stems on both sides, so a mapping can only make
// words meet, never part them.

const IRREGULAR =
  'arose:arise arisen:arise became:become began:begin begun:begin bore:bear borne:bear beaten:beat bound:bind bred:breed ' +
  'brought:bring built:build bought:buy caught:catch chose:choose chosen:choose came:come dealt:deal drew:draw drawn:draw drove:drive ' +
  'driven:drive ate:eat eaten:eat fell:fall fallen:fall fed:feed felt:feel fought:fight found:find fled:flee flew:fly flown:fly ' +
  'forbade:forbid forgot:forget forgotten:forget forgave:forgive forgiven:forgive froze:freeze frozen:freeze got:get gotten:get ' +
  'gave:give given:give went:go gone:go grew:grow grown:grow hung:hang heard:hear hid:hide hidden:hide held:hold kept:keep knew:know ' +
  'known:know laid:lay led:lead left:leave lent:lend lost:lose made:make meant:mean met:meet misled:mislead overcame:overcome paid:pay ' +
  'rebuilt:rebuild rode:ride ridden:ride rang:ring rung:ring rose:rise risen:rise ran:run saw:see seen:see sought:seek sold:sell ' +
  'sent:send shook:shake shaken:shake shot:shoot shown:show sang:sing sung:sing sank:sink sunk:sink sat:sit slept:sleep spoke:speak ' +
  'spoken:speak spent:spend stood:stand stole:steal stolen:steal stuck:stick struck:strike swore:swear sworn:swear swam:swim taught:teach ' +
  'took:take taken:take tore:tear torn:tear told:tell thought:think threw:throw thrown:throw understood:understand upheld:uphold ' +
  'woke:wake woken:wake wore:wear worn:wear won:win wrote:write written:write withdrew:withdraw withdrawn:withdraw withheld:withhold ' +
  'children:child women:woman men:man people:person';

// Groups of words that say the same thing in claims and their sources; the first is the group's name.
const SYNONYMS = [
  'born birth',
  'die died death dead',
  'marry married marriage wed wedding',
  'film movie',
  'begin start commence',
  'finish end conclude',
  'buy purchase acquire acquisition',
  'leave depart departure quit',
  'award prize',
  'hire employ',
  'large big',
  'help assist',
  'company firm',
  'child kid',
];

const NUMBER_WORDS = 'two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10 eleven:11 twelve:12 twenty:20 thirty:30 forty:40 fifty:50 hundred:100 dozen:12';
const MONTH_ABBR = 'jan:january feb:february apr:april jun:june jul:july aug:august sep:september sept:september oct:october nov:november dec:december';
const MONTH_STEMS = new Set('january february march april june july august september october november december'.split(' ').map((m) => stemmer(m)));
const HAN_NUMERAL = /^[零〇一二两兩三四五六七八九十百千万萬亿億]+$/u;

const CANON = new Map<string, string>();
{
  const put = (from: string, to: string) => {
    const a = stemmer(from);
    const b = stemmer(to);
    if (a !== b) CANON.set(a, b);
  };
  for (const pair of `${IRREGULAR} ${MONTH_ABBR}`.split(' ')) put(...(pair.split(':') as [string, string]));
  for (const group of SYNONYMS) {
    const [head, ...rest] = group.split(' ');
    for (const w of rest) put(w, head!);
  }
  for (const pair of NUMBER_WORDS.split(' ')) {
    const [w, d] = pair.split(':') as [string, string];
    CANON.set(stemmer(w), d);
  }
}

function canon(stem: string): string {
  const c = CANON.get(stem);
  if (c !== undefined) return c;
  if (HAN_NUMERAL.test(stem)) {
    const n = parseChineseNumber(stem);
    if (n !== null) return String(n);
  }
  return stem;
}

// Function words the shared stop list keeps (it also serves summaries and quotes).
const EXTRA_STOP = new Set(
  ('whose have having being although though whether either upon toward towards across along behind beyond despite throughout ' +
    'amongst whilst would hasnt havent hadnt didnt doesnt dont isnt wasnt arent werent wont cant couldnt wouldnt shouldnt')
    .split(' ')
    .map((w) => stemmer(w)),
);

/** The comparison terms of a text: the shared content tokens, normalised as above. */
function terms(text: string, lang: string | null): string[] {
  const out: string[] = [];
  for (const t of contentTokens(text, lang)) if (!EXTRA_STOP.has(t)) out.push(canon(t));
  return out;
}

// Frequent, light English words: when one is missing from the source it is
// more often paraphrased than truly absent, so it weighs less.
const COMMON = new Set(
  (
    'become make take get give go come know see use find call keep hold begin start end include continue remain work play run move live ' +
    'lead serve show turn bring set put leave follow receive appear consider name describe help need want like look seem feel try ask tell ' +
    'think let mean allow add provide create change open close reach stay report note base involve result return offer develop produce ' +
    'record list cause form plan expect mark feature concern regard relate refer happen occur lose carry pass build grow ' +
    'time year day week month person way part place thing number group area case point fact kind type lot side level member world life ' +
    'home role term period series story issue event order process system line head back top ' +
    'new old good great high low large small big major main several many much well later early late last next previous former current ' +
    'currently recent recently still however often soon already yet even around almost nearly approximately another various different ' +
    'certain due able following total full entire whole best second third final further particular primarily mainly mostly highly widely ' +
    'largely originally eventually finally subsequently officially together including based especially really actually simply usually ' +
    'long short little less least enough rather quite since'
  )
    .split(' ')
    .map((w) => canon(stemmer(w))),
);

// ---------------------------------------------------------------------------

type Kind = 'number' | 'proper' | 'common' | 'plain';

interface ClaimTerm {
  term: string;
  kind: Kind;
  weight: number;
  /** How the claim writes it, for reasons. */
  surface: string;
}

const HAN = /\p{Script=Han}/u;

/** The claim's terms with their kind: names (capitalised inside the claim), figures, frequent words, the rest. */
function claimTerms(claim: string, lang: string | null, sentences: readonly string[]): ClaimTerm[] {
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
    const kind: Kind = (/^\d/.test(term) && !/^\d$/.test(term)) || MONTH_STEMS.has(term) ? 'number' : proper.has(term) ? 'proper' : COMMON.has(term) ? 'common' : 'plain';
    const weight = kind === 'number' ? W.number : kind === 'proper' ? W.proper : kind === 'common' ? W.common : 1;
    return { term, kind, weight, surface: surface.get(term) ?? term };
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
function softMatches(a: string, b: string): boolean {
  if (HAN.test(a) || HAN.test(b)) {
    const [s, l] = a.length <= b.length ? [a, b] : [b, a];
    return s.length >= 2 && l.includes(s);
  }
  if (!/^[a-z]/.test(a) || !/^[a-z]/.test(b)) return false;
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

// The source's sentences as terms, kept per sentence array: a page is judged
// against each of its claims in turn, and the array is the same each time.
// Treated as immutable: a changed length, first or last sentence starts over,
// a sentence changed in the middle would not be seen.
interface PreparedSource {
  lang: string | null;
  first: string | undefined;
  last: string | undefined;
  terms: string[][];
  facts?: NumberFact[];
}
const prepared = new WeakMap<readonly string[], PreparedSource[]>();

function prepareSource(sentences: readonly string[], lang: string | null): PreparedSource {
  let list = prepared.get(sentences);
  const hit = list?.find((p) => p.lang === lang && p.terms.length === sentences.length && p.first === sentences[0] && p.last === sentences[sentences.length - 1]);
  if (hit) return hit;
  const p: PreparedSource = { lang, first: sentences[0], last: sentences[sentences.length - 1], terms: sentences.map((s) => terms(s, lang)) };
  if (!list) prepared.set(sentences, (list = []));
  list.splice(0, list.length, ...list.filter((q) => q.lang !== lang), p);
  return p;
}

/**
 * How well a source's sentences back a claim, same language only (the caller
 * decides cross-language cases).
 *
 * Each content word of the claim gets a weight: names and figures most,
 * frequent light words least. Up to `maxEvidence` sentences are chosen greedily
 * for the weight they add (a later one must add at least `minGain`); the score
 * is the share of the claim's weight they cover, less a little for each unit
 * of weight missing, so a long claim with gaps scores lower than a short one
 * with the same share. Figures the evidence lacks and a negation that denies
 * what the other side affirms lower it further. The evidence is then ordered
 * for display by how specifically each sentence matches (words rare on the
 * page count more). Deterministic and near-linear in the source's length.
 */
export function judgeSupport(claim: string, sentences: readonly string[], lang: string | null = null, options: SupportOptions = DEFAULT_SUPPORT): SupportResult {
  const ct = claimTerms(claim, lang, sentences);
  if (!ct.length || !sentences.length) {
    return { label: 'not-found', score: 0, evidence: [], evidenceScores: [], reason: sentences.length ? 'the claim has no content words to compare' : 'the source has no text' };
  }
  const src = prepareSource(sentences, lang);
  const index = new Map(ct.map((t, i) => [t.term, i]));
  let total = 0;
  for (const t of ct) total += t.weight;

  // Each sentence as sparse matches: claim term index → strength (1 exact, W.soft by stem prefix).
  const matchCache = new Map<string, [number, number][]>();
  const matchesOf = (tok: string): [number, number][] => {
    let m = matchCache.get(tok);
    if (m) return m;
    m = [];
    const exact = index.get(tok);
    if (exact !== undefined) m.push([exact, 1]);
    for (let i = 0; i < ct.length; i++) if (i !== exact && ct[i]!.kind !== 'number' && softMatches(ct[i]!.term, tok)) m.push([i, W.soft]);
    matchCache.set(tok, m);
    return m;
  };
  const claimBigrams = new Set<string>();
  const seq = terms(claim, lang);
  for (let i = 1; i < seq.length; i++) claimBigrams.add(`${seq[i - 1]} ${seq[i]}`);

  const n = sentences.length;
  const rows: Map<number, number>[] = new Array(n);
  const bigramShare = new Float64Array(n);
  const df = new Float64Array(ct.length);
  const candidates: number[] = [];
  for (let s = 0; s < n; s++) {
    const toks = src.terms[s]!;
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
  const evidenceScores = evidence.map((s) => round(alone(s, (i) => ct[i]!.weight) / total));

  let coverage = 0;
  let missing = 0;
  for (let i = 0; i < ct.length; i++) {
    coverage += ct[i]!.weight * covered[i]!;
    missing += ct[i]!.weight * (1 - covered[i]!);
  }
  coverage /= total;
  let score = coverage - W.missing * missing;
  const penalties: string[] = [];

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
      const conflicting = miss.filter((f) => f.kind !== 'year' && evidenceFacts.some((s) => s.kind === f.kind && s.value !== f.value));
      if (conflicting.length) {
        score *= W.numberConflict;
        penalties.push(`the evidence gives other figures than ${conflicting.map((f) => f.text).join(', ')}`);
      } else penalties.push(`not in the evidence: ${miss.map((f) => f.text).join(', ')}`);
    }
  }

  // A negation turns agreement into contradiction when it governs a word the other side affirms.
  if (evidence.length) {
    const denied = negatedTerms(claim, lang).filter((t) => evidence.some((e) => rows[e]!.get(index.get(t)!) === 1 && !negated(sentences[e]!)));
    if (denied.length) {
      score *= W.negation;
      penalties.push('the claim denies what the source says');
    } else if (!negated(claim)) {
      const top = evidence[0]!;
      if (negatedTerms(sentences[top]!, lang).some((t) => index.has(t))) {
        score *= W.negation;
        penalties.push('the source denies what the claim says');
      }
    }
  }

  score = round(Math.max(0, Math.min(1, score)));
  const label: SupportLabel = score >= options.supported ? 'supported' : score >= options.partial ? 'partial' : 'not-found';
  const pct = Math.round(coverage * 100);
  let reason: string;
  if (label === 'supported') reason = `the evidence covers ${pct}% of the claim’s content`;
  else if (penalties.length && pct >= 60) reason = `the closest sentences cover ${pct}% of the claim’s content, but`;
  else if (label === 'partial') reason = `the evidence covers only ${pct}% of the claim’s content`;
  else if (!evidence.length) reason = 'no sentence of the source shares the claim’s content words';
  else reason = `no sentence of the source covers the claim (best ${pct}%)`;
  if (penalties.length) reason += reason.endsWith('but') ? ` ${penalties.join('; ')}` : `; ${penalties.join('; ')}`;
  if (label !== 'supported') {
    const absent = ct
      .map((t, i) => ({ t, i }))
      .filter(({ t, i }) => covered[i] === 0 && t.kind !== 'common')
      .sort((a, b) => b.t.weight - a.t.weight || a.i - b.i)
      .slice(0, 5)
      .map(({ t }) => t.surface);
    if (absent.length) reason += `; not found: ${absent.join(', ')}`;
  }
  return { label, score, evidence, evidenceScores, reason };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
