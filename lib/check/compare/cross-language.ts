import { scorerReason } from '../../i18n/scorer-reason';
/**
 * Claim support across Chinese and English, word by word through CC-CEDICT:
 * both sides are read into the same English terms, then judged by the same
 * core as same-language claims (support.ts), with the same labels, evidence
 * and penalties.
 *
 * - Chinese words become their glosses (泰国 → thailand); a word counts as
 *   matched when a source word is one of its glosses.
 * - Transliterated names are matched by sound with the cross-script name
 *   matcher (阿诺德 ↔ Arnold, 乌马罗夫 ↔ Umarov).
 * - Figures and dates are compared as facts (26万 ↔ 260,000, 1909年7月11日 ↔
 *   July 11, 1909), Latin words inside Chinese (NASA, iPhone) as themselves.
 */
import type { Lexicon } from '../../text/lexicon/lexicon';
import { chineseNegationEnds, nameParts, nameRuns, readChinese, segmentChinese, type NameRun } from '../../text/lexicon/read-chinese';
import { glossInitialisms, initialismKey } from '../../text/initialisms';
import { compareNames, phoneticSkeleton, romanizeName, soundsAlike } from '../../text/name-match';
import { extractNumberFacts, isCheckableFact, uniqueFacts, type NumberFact } from '../../text/numbers';
import {
  claimTerms,
  clampText,
  englishSourceTokens,
  DEFAULT_SUPPORT,
  missingTerms,
  negationOf,
  plainWhy,
  prepareSource,
  scoreClaim,
  scorerWhy,
  weightOf,
  type ClaimTerm,
  type SupportOptions,
  type SupportResult,
  type TermKind,
  withInitialisms,
} from './support';
import { COMMON, terms, termOf } from './terms';

const LATIN_WORD = /[A-Za-z][A-Za-z0-9'’.-]*/g;

/** Whether two languages are bridged word by word: Chinese and English, either way. */
export function lexiconBridges(claimLang: string | null, sourceLang: string | null): boolean {
  return (claimLang === 'zh' && sourceLang === 'en') || (claimLang === 'en' && sourceLang === 'zh');
}

/** A fact as the keys it can be matched by: a month-day also confirms its month, a year its decade, a number also a span or a share. */
function factKeys(f: NumberFact): string[] {
  const k = (kind: string, v: string) => `§${kind}:${v}`;
  const keys = [k(f.kind, f.value)];
  if (f.kind === 'month-day') keys.push(k('month', f.value.slice(0, 2)));
  if (f.kind === 'month-day' && f.year) keys.push(k('month-year', `${f.year}-${f.value.slice(0, 2)}`));
  if (f.kind === 'month-year') keys.push(k('month', f.value.slice(5)), k('year', f.value.slice(0, 4)));
  if (f.kind === 'year') keys.push(k('decade', `${f.value.slice(0, 3)}0`));
  if (f.kind === 'number') keys.push(k('years', f.value), k('percent', f.value));
  if (f.kind === 'years' || f.kind === 'percent') keys.push(k('number', f.value));
  return keys;
}

const factTerm = (f: NumberFact): ClaimTerm => ({ keys: [`§${f.kind}:${f.value}`], kind: 'number', weight: weightOf('number'), surface: f.text.trim() });

/** Text that may hold a figure or a date; the rest skips the fact patterns (most of a page's sentences). */
const MAY_HOLD_FACTS = /[\d零〇一二两兩三四五六七八九十百千万萬亿億]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen)/i;
const factsOf = (text: string): NumberFact[] => (MAY_HOLD_FACTS.test(text) ? extractNumberFacts(text) : []);

/** English text as tokens: its terms (without bare figures), its initialisms (U.S., WHO) and its facts' keys. */
function englishTokens(sentence: string): string[] {
  const out = englishSourceTokens(sentence).filter((t) => !/^\d/.test(t));
  for (const f of factsOf(sentence)) out.push(...factKeys(f));
  return out;
}

/** Chinese text as tokens: every gloss of every word and its initialisms, Latin words, facts' keys and name runs. */
function chineseTokens(sentence: string, lexicon: Lexicon): string[] {
  const out: string[] = [];
  for (const w of readChinese(sentence, lexicon)) {
    for (const e of w.words) out.push(termOf(e));
    out.push(...glossInitialisms(w.words, w.proper));
  }
  for (const m of sentence.matchAll(LATIN_WORD)) out.push(...terms(m[0], 'en'));
  for (const f of factsOf(sentence)) out.push(...factKeys(f));
  for (const r of nameRuns(sentence)) out.push(`name:${r.text}`);
  return out;
}

// Names -----------------------------------------------------------------------

/**
 * Consonant classes a name's sound may start with, a cheap filter before the full comparison: the
 * first strong one, and the first one at all, weak or not (not h, y or w): Yurchenko's r is weak in
 * English (ylCNK) and strong in 尤尔琴科 (yLJŊK), Hartmann's r the other way round.
 */
function soundKeys(name: string, source: 'latin' | 'pinyin'): string[] {
  const roman = source === 'pinyin' ? romanizeName(name) : name;
  const skel = roman ? phoneticSkeleton(roman, source) : '';
  const strong = skel.replace(/[^A-ZŊ]/g, '').slice(0, 1);
  const any = skel.replace(/[^A-Za-zŊ]|[hywHYW]/g, '').slice(0, 1).toUpperCase();
  return strong === any || !any ? (strong ? [strong] : []) : strong ? [strong, any] : [any];
}

/** A name part has at least two characters: a lone one is as often a syllable of a word. */
const MIN_NAME = 2;

/** At most this many full name comparisons per claim: the filter keeps it far lower. */
const MAX_NAME_CHECKS = 400;

interface NameIndex {
  /** Sound key → source spellings (Latin words, or Chinese name runs). */
  bySound: Map<string, string[]>;
}

function indexNames(names: Iterable<string>, source: 'latin' | 'pinyin'): NameIndex {
  const bySound = new Map<string, string[]>();
  for (const n of new Set(names)) {
    for (const key of soundKeys(n, source)) {
      const list = bySound.get(key);
      if (list) list.push(n);
      else bySound.set(key, [n]);
    }
  }
  return { bySound };
}

/**
 * The source's capitalised words that may be names: not a word the page also
 * writes in lower case ("Make", "Climate" opening a sentence), not a word in
 * capitals (HOUSE in a heading) — except a surname in capitals after a given
 * name, as sports federations and official lists write them ("Denys YURCHENKO").
 */
function latinNames(sentences: readonly string[]): string[] {
  const lower = new Set<string>();
  const capital = new Set<string>();
  for (const s of sentences) {
    for (const m of s.matchAll(/\b\p{L}[\p{L}'’-]{2,}/gu)) {
      const w = m[0].replace(/['’]s?$/, '');
      if (/^\p{Ll}/u.test(w)) lower.add(w);
      else if (/^\p{Lu}\p{Ll}/u.test(w)) capital.add(w);
    }
    for (const m of s.matchAll(/\b\p{Lu}\p{Ll}+\s+(\p{Lu}{3,}(?:-\p{Lu}{2,})?)\b/gu)) capital.add(m[1]!);
  }
  return [...capital].filter((w) => !lower.has(w.toLowerCase()));
}

function findName(name: string, source: 'latin' | 'pinyin', index: NameIndex, budget: { left: number }, outright = false): string | null {
  // Two characters say little: only a clear match counts; longer names may be close by sound.
  const strict = outright || [...name].length <= 2 || name.length <= 3;
  const seen = new Set<string>();
  for (const candidate of soundKeys(name, source).flatMap((k) => index.bySound.get(k) ?? [])) {
    if (seen.has(candidate)) continue;
    seen.add(candidate);
    if (budget.left-- <= 0) return null;
    if (strict ? compareNames(name, candidate).result === 'match' : soundsAlike(name, candidate)) return candidate;
  }
  return null;
}

// Reading the claim --------------------------------------------------------------

interface Reading {
  ct: ClaimTerm[];
  /** Per claim term, the glosses shown when it is missing. */
  gloss: string[];
  claimDenies: number[];
}

/** A word with a light sense (同时 "same time", 当时 "right away; time") is light, as "time" is in an English claim. */
function kindOf(keys: readonly string[], proper: boolean): TermKind {
  return proper ? 'proper' : keys.some((k) => COMMON.has(k)) ? 'common' : 'plain';
}

/** A Chinese claim against English sentences. */
function readChineseClaim(claim: string, lexicon: Lexicon, names: () => NameIndex): Reading {
  const ct: ClaimTerm[] = [];
  const gloss: string[] = [];
  const add = (t: ClaimTerm, g = '') => {
    const same = ct.findIndex((c) => c.surface === t.surface);
    if (same >= 0) return same;
    ct.push(t);
    gloss.push(g);
    return ct.length - 1;
  };
  const facts = uniqueFacts(extractNumberFacts(claim).filter(isCheckableFact));
  const inFact = (start: number, end: number) => facts.some((f) => start < f.index + f.text.length && end > f.index);
  for (const f of facts) add(factTerm(f));

  // Names first: a run the lexicon does not know, matched by sound to a word of the source.
  // Characters the lexicon reads as no word of the claim (not 高法 of 最高法院) and no source name
  // matches are a name the source lacks: missing, and weighed as a missing name is in English.
  const unknown = new Set<number>();
  for (const w of segmentChinese(claim, lexicon)) if (!w.words.length) unknown.add(w.start);
  const taken: NameRun[] = [];
  const budget = { left: MAX_NAME_CHECKS };
  for (const run of nameRuns(claim)) {
    const chars = [...run.text];
    let residue = '';
    let at = run.start;
    const unmatched = () => {
      if ([...residue].length >= MIN_NAME) add({ keys: [`name:${residue}`], kind: 'proper', weight: weightOf('proper'), surface: residue, exact: true });
      residue = '';
    };
    for (let i = 0; i < chars.length; ) {
      let matched = 0;
      for (let len = Math.min(6, chars.length - i); len >= 2 && !matched; len--) {
        const span = chars.slice(i, i + len).join('');
        // A word the lexicon knows (澳大利亚, 福布斯) is read by its gloss, and no name hides inside it.
        if (lexicon.lookup(span)) {
          matched = len;
          break;
        }
        const hit = findName(span, 'pinyin', names(), budget);
        if (!hit) continue;
        taken.push({ text: span, start: at, end: at + span.length });
        add({ keys: terms(hit, 'en'), kind: 'proper', weight: weightOf('proper'), surface: span }, hit);
        matched = len;
      }
      if (matched || !unknown.has(at)) unmatched();
      if (!matched && unknown.has(at)) residue += chars[i];
      const step = matched || 1;
      at += chars.slice(i, i + step).join('').length;
      i += step;
    }
    unmatched();
  }

  const words = readChinese(claim, lexicon).filter((w) => !inFact(w.start, w.end) && !taken.some((r) => w.start < r.end && w.end > r.start));
  const wordTerm = new Map<number, number>();
  for (const w of words) {
    // A lone character the segmenter left (第, 届, 会) glosses too loosely to count either way.
    if ([...w.text].length === 1 && !w.proper) continue;
    const keys = [...new Set(w.words.map(termOf))];
    if (!keys.length) continue;
    // 美国 is also "U.S." and "US" in the source, 联合国 "UN".
    const initials = glossInitialisms(w.words, w.proper);
    const kind = kindOf(keys, w.proper);
    // Up to six glosses each matched by stem prefix too would find most sentences: a gloss must match as a word.
    const exact = keys.length > 1 && kind !== 'proper';
    // The lexicon lists a word's most common sense first: its first gloss is the word, the others may be
    // (私人 "private", rarely "close") and match as weakly as a shared stem.
    const senses = exact ? { keys: [keys[0]!, ...initials], weakKeys: keys.slice(1) } : { keys: [...keys, ...initials] };
    wordTerm.set(w.start, add({ ...senses, kind, weight: weightOf(kind), surface: w.text, ...(exact && { exact }) }, w.words.slice(0, 2).join(' ')));
  }
  for (const m of claim.matchAll(LATIN_WORD)) {
    for (const t of terms(m[0], 'en')) {
      if (/^\d/.test(t)) continue;
      const kind: TermKind = /^\p{Lu}/u.test(m[0]) ? 'proper' : COMMON.has(t) ? 'common' : 'plain';
      add({ keys: [t], kind, weight: weightOf(kind), surface: m[0] });
    }
  }
  // What a negation (不, 没有, 未…) governs: the first word after it.
  const claimDenies: number[] = [];
  for (const at of chineseNegationEnds(claim, lexicon)) {
    const next = words.find((w) => w.start >= at);
    const i = next ? wordTerm.get(next.start) : undefined;
    if (i !== undefined) claimDenies.push(i);
  }
  return { ct, gloss, claimDenies };
}

/** An English claim against Chinese sentences. */
function readEnglishClaim(claim: string, names: () => NameIndex): Reading {
  const budget = { left: MAX_NAME_CHECKS };
  const facts = uniqueFacts(extractNumberFacts(claim).filter(isCheckableFact));
  // A word of a figure or a date ("July" of "27 July 2018", "million") is compared as part of that fact.
  const factWords = new Set(facts.flatMap((f) => f.text.toLowerCase().split(/[^\p{L}\p{N}_]+/u)));
  // The same-language reading (the claim's own capitals decide its names), figures as facts instead of digits,
  // and each name also keyed by the Chinese spelling it sounds like in the source. A capital opening the claim
  // proves nothing in English, so that word is a name only when it matches one outright ("Mowlam had…" ~ 莫勒姆).
  const words = claimTerms(claim, 'en', [claim])
    .filter((t) => !/^\d/.test(t.keys[0]!) && !factWords.has(t.surface.toLowerCase()))
    .map((t): ClaimTerm => {
      if (t.kind === 'proper') {
        const run = findName(t.surface, 'latin', names(), budget);
        return run ? { ...t, keys: [...t.keys, `name:${run}`] } : t;
      }
      if (!/^\p{Lu}\p{Ll}{3,}/u.test(t.surface)) return t;
      const run = findName(t.surface, 'latin', names(), budget, true);
      return run ? { ...t, keys: [...t.keys, `name:${run}`], kind: 'proper', weight: weightOf('proper') } : t;
    });
  // An initialism ("U.S.", "US", "WHO") also meets the Chinese word whose gloss it shortens (美国).
  const withInitials = withInitialisms(words, claim);
  const ct = [...facts.map(factTerm), ...withInitials];
  const index = new Map(ct.map((c, i) => [c.keys[0]!, i]));
  const claimDenies = negationOf.negatedTerms(claim, 'en').flatMap((t) => (index.has(t) ? [index.get(t)!] : []));
  return { ct, gloss: ct.map(() => ''), claimDenies };
}

// Judging ------------------------------------------------------------------------

/**
 * How well sentences in one language back a claim in the other, Chinese and
 * English either way. Same labels and evidence as judgeSupport; the reason
 * says what was found (the source's word, then the claim's) and what was not
 * (the claim's word with its gloss).
 */
export interface CrossLanguageResult extends SupportResult {
  /** What matched: the source's word, then the claim's ("Thailand (泰国)"). */
  found: string[];
  /** What did not: the claim's word with its gloss ("三年来最低 (lowest)"). */
  missing: string[];
  /** The claim's figures the evidence gives differently. */
  conflicts: string[];
}

export function judgeAcrossLanguages(
  claimText: string,
  claimLang: 'zh' | 'en',
  sentences: readonly string[],
  lexicon: Lexicon,
  options: SupportOptions = DEFAULT_SUPPORT,
): CrossLanguageResult {
  const claim = clampText(claimText);
  const empty = { found: [], missing: [], conflicts: [] };
  if (!sentences.length) return { label: 'not-found', score: 0, evidence: [], evidenceScores: [], why: plainWhy('no-text'), reason: scorerReason(plainWhy('no-text')), ...empty };
  const zhClaim = claimLang === 'zh';
  const src = prepareSource(sentences, zhClaim ? 'x:en' : 'x:zh', (s) => (zhClaim ? englishTokens(clampText(s)) : chineseTokens(clampText(s), lexicon)));
  // The page's names are indexed on the first claim that has a name to look for.
  const names = (): NameIndex =>
    (src.extra ??= zhClaim ? indexNames(latinNames(sentences), 'latin') : indexNames(sentences.flatMap((s) => nameParts(s, lexicon)), 'pinyin')) as NameIndex;
  const reading = zhClaim ? readChineseClaim(claim, lexicon, names) : readEnglishClaim(claim, names);
  const { ct } = reading;
  if (!ct.length) return { label: 'not-found', score: 0, evidence: [], evidenceScores: [], why: plainWhy('no-words'), reason: scorerReason(plainWhy('no-words')), ...empty };

  const keyIndex = new Map<string, number>();
  ct.forEach((t, i) => [...t.keys, ...(t.weakKeys ?? [])].forEach((k) => keyIndex.has(k) || keyIndex.set(k, i)));
  const r = scoreClaim({
    claim,
    ct,
    sentences,
    src,
    sequence: [],
    negation: {
      claimDenies: reading.claimDenies,
      claimNegated: zhClaim ? chineseNegationEnds(claim, lexicon).length > 0 : negationOf.negated(claim),
      sentenceNegated: (s) => (zhClaim ? negationOf.negated(sentences[s]!) : chineseNegationEnds(sentences[s]!, lexicon).length > 0),
      sentenceDenies: (s) =>
        zhClaim ? negationOf.negatedTerms(sentences[s]!, 'en').flatMap((t) => (keyIndex.has(t) ? [keyIndex.get(t)!] : [])) : [],
    },
    options,
  });

  const found = ct
    .map((t, i) => ({ t, i }))
    .filter(({ i }) => r.covered[i]! > 0)
    .sort((a, b) => b.t.weight - a.t.weight || a.i - b.i)
    .slice(0, 6)
    .map(({ t }) => {
      const evidence = r.evidence.map((e) => sentences[e]!);
      const there = zhClaim ? sourceSpelling(t, evidence) : chineseSpelling(t, evidence, lexicon);
      if (!there || there === t.surface) return t.surface;
      // Always the English word first, then the Chinese: "Thailand (泰国)".
      return zhClaim ? `${there} (${t.surface})` : `${t.surface} (${there})`;
    });
  const absent = missingTerms(ct, r.covered)
    .slice(0, 5)
    .map((t) => {
      const g = reading.gloss[ct.indexOf(t)];
      return g && g !== t.surface ? `${t.surface} (${g})` : t.surface;
    });
  const missing = r.label === 'supported' ? [] : absent;
  const why = { ...scorerWhy(r, missing), via: 'cc-cedict' as const, found };
  return { label: r.label, score: r.score, evidence: r.evidence, evidenceScores: r.evidenceScores, why, reason: scorerReason(why), found, missing, conflicts: r.conflicts };
}

/** How Chinese evidence writes an English claim's term: the word whose gloss it is, the name run, the figure. */
function chineseSpelling(t: ClaimTerm, evidence: readonly string[], lexicon: Lexicon): string | null {
  for (const key of t.keys) if (key.startsWith('name:')) return key.slice(5);
  if (t.kind === 'number') return sourceSpelling(t, evidence);
  for (const s of evidence) {
    for (const w of readChinese(s, lexicon)) {
      if (w.words.some((e) => t.keys.includes(termOf(e))) || glossInitialisms(w.words, w.proper).some((k) => t.keys.includes(k))) return w.text;
    }
  }
  return null;
}

/** How the evidence writes a matched term: the first word there with one of its keys, or a figure as written. */
function sourceSpelling(t: ClaimTerm, evidence: readonly string[]): string | null {
  if (t.kind === 'number') {
    for (const s of evidence) for (const f of extractNumberFacts(s)) if (factKeys(f).includes(t.keys[0]!)) return f.text.trim();
    return null;
  }
  const keys = [...t.keys, ...(t.weakKeys ?? [])];
  for (const s of evidence) {
    for (const m of s.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)) {
      // A sentence's full stop is not part of the word, but the last dot of "U.S." is.
      const word = /^\p{Lu}(?:\.\p{Lu})+\.$/u.test(m[0]) ? m[0] : m[0].replace(/[.’'-]+$/, '');
      const ts = terms(word, 'en');
      if ((ts.length === 1 && keys.includes(ts[0]!)) || keys.includes(initialismKey(word) ?? '')) return word;
    }
  }
  return null;
}

