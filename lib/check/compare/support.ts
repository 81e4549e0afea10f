import type { SupportLabel } from '../../schema/check';
import { extractNumberFacts, factMatches, isCheckableFact } from '../../text/numbers';
import { bigrams, contentTokens } from '../../text/tokens';

export interface SupportResult {
  label: SupportLabel;
  /** 0–1: how much of the claim the best evidence covers, after penalties. */
  score: number;
  /** Indices of the evidence sentences, best first. */
  evidence: number[];
  evidenceScores: number[];
  reason: string;
}

export interface SupportOptions {
  /** Coverage at or above which a claim counts as supported. */
  supported: number;
  /** Coverage at or above which it counts as partly supported. */
  partial: number;
  /** At most this many sentences are combined as evidence. */
  maxEvidence: number;
}

export const DEFAULT_SUPPORT: SupportOptions = { supported: 0.8, partial: 0.4, maxEvidence: 3 };

const NEGATION = /\b(?:not|no|never|none|neither|nor|without|cannot|can't|won't|didn't|doesn't|isn't|wasn't|aren't|weren't|hasn't|haven't|denied|denies)\b|不|没有|沒有|未|非|无|無|否认|否認/i;

interface Prepared {
  tokens: string[];
  set: Set<string>;
  bigrams: Set<string>;
}

function prepare(text: string, lang: string | null): Prepared {
  const tokens = contentTokens(text, lang);
  return { tokens, set: new Set(tokens), bigrams: new Set(bigrams(tokens)) };
}

/**
 * How well a source's sentences back a claim, by weighted coverage of the
 * claim's content words (rare words in the source weigh more), phrase
 * overlap, and agreement on numbers and negation. Same language only: the
 * caller decides cross-language cases.
 */
export function judgeSupport(claim: string, sentences: readonly string[], lang: string | null = null, options: SupportOptions = DEFAULT_SUPPORT): SupportResult {
  const c = prepare(claim, lang);
  if (!c.set.size || !sentences.length) {
    return { label: 'not-found', score: 0, evidence: [], evidenceScores: [], reason: sentences.length ? 'the claim has no content words to compare' : 'the source has no text' };
  }
  const prepared = sentences.map((s) => prepare(s, lang));
  // Document frequency of each claim word across the source's sentences.
  const df = new Map<string, number>();
  for (const p of prepared) for (const t of c.set) if (p.set.has(t)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = prepared.length;
  const weight = new Map<string, number>();
  let total = 0;
  for (const t of c.set) {
    const w = Math.log(1 + n / (1 + (df.get(t) ?? 0))) * (/^\d/.test(t) ? 1.5 : 1);
    weight.set(t, w);
    total += w;
  }
  const claimBigrams = c.bigrams;

  const sentenceScore = (p: Prepared, covered: Set<string>): number => {
    let gain = 0;
    for (const t of c.set) if (!covered.has(t) && p.set.has(t)) gain += weight.get(t)!;
    let bi = 0;
    for (const b of claimBigrams) if (p.bigrams.has(b)) bi++;
    const phrase = claimBigrams.size ? bi / claimBigrams.size : 0;
    return gain / total + 0.15 * phrase;
  };

  // Rank sentences on their own, then add the next best while they cover new words.
  const ranked = prepared.map((p, i) => ({ i, s: sentenceScore(p, new Set()) })).sort((a, b) => b.s - a.s || a.i - b.i);
  const evidence: number[] = [];
  const evidenceScores: number[] = [];
  const covered = new Set<string>();
  for (let k = 0; k < options.maxEvidence; k++) {
    let best = -1;
    let bestGain = 0;
    for (const { i } of ranked.slice(0, 40)) {
      if (evidence.includes(i)) continue;
      const g = sentenceScore(prepared[i]!, covered);
      if (g > bestGain) {
        bestGain = g;
        best = i;
      }
    }
    // A second sentence must add real coverage, not repeat the first.
    if (best < 0 || (k > 0 && bestGain < 0.12)) break;
    evidence.push(best);
    evidenceScores.push(round(ranked.find((r) => r.i === best)!.s));
    for (const t of prepared[best]!.set) if (c.set.has(t)) covered.add(t);
  }
  let coverage = 0;
  for (const t of covered) coverage += weight.get(t)!;
  let score = total ? coverage / total : 0;
  const reasons: string[] = [];

  // Numbers in the claim must appear in the evidence.
  const evidenceText = evidence.map((i) => sentences[i]).join(' ');
  const claimFacts = extractNumberFacts(claim).filter(isCheckableFact);
  if (claimFacts.length) {
    const sourceFacts = extractNumberFacts(evidenceText);
    const missing = claimFacts.filter((f) => !sourceFacts.some((s) => factMatches(f, s)));
    if (missing.length) {
      score *= 1 - 0.35 * (missing.length / claimFacts.length);
      reasons.push(`not in the evidence: ${missing.map((f) => f.text).join(', ')}`);
    }
  }
  // A negation on one side only turns agreement into contradiction.
  if (evidence.length && NEGATION.test(claim) !== NEGATION.test(evidenceText)) {
    score *= 0.85;
    reasons.push('negation differs');
  }
  score = round(Math.min(1, score));
  const label: SupportLabel = score >= options.supported ? 'supported' : score >= options.partial ? 'partial' : 'not-found';
  const pct = Math.round(score * 100);
  const reason =
    label === 'supported'
      ? `the evidence covers ${pct}% of the claim’s content`
      : label === 'partial'
        ? `the evidence covers only ${pct}% of the claim’s content`
        : `no sentence of the source covers the claim (best ${pct}%)`;
  return { label, score, evidence, evidenceScores, reason: reasons.length ? `${reason}; ${reasons.join('; ')}` : reason };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
