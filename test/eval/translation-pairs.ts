/**
 * Both directions of the word-by-word bridge on the same pairs: each WiCE-zh
 * item's Chinese claim and its English original are translations of each
 * other, so each is a faithful one-sentence source for the other.
 *
 * For a claim in one language, the "page" is its translation among nine other
 * items' claims in that language (fixed, not random: items i+1, i+32, i+63 …).
 * - hit@1: the translation is the evidence shown first;
 * - supported: the share of claims called supported by that page;
 * - AUROC: the claim's score with its translation on the page against the
 *   score with a tenth other claim in its place (how well the score tells a
 *   page that says it from one that does not).
 *
 * English claims against Chinese pages are the reverse of the WiCE-zh rows
 * (an English article citing Xinhua): no public set has English claims with
 * labelled Chinese evidence, so this is the measure for that direction.
 */
import { judgeAcrossLanguages } from '../../lib/check/compare/cross-language';
import type { Lexicon } from '../../lib/text/lexicon/lexicon';
import { auroc } from './wice';

export interface Pair {
  zh: string;
  en: string;
}

export interface DirectionFigures {
  hit1: number;
  supported: number;
  auroc: number;
}

const OTHERS = 9;
const STRIDE = 31;

/** The `count` other items placed on item i's page. */
function others(i: number, n: number, count: number): number[] {
  const out: number[] = [];
  for (let k = 0; out.length < count && k < n; k++) {
    const j = (i + 1 + k * STRIDE) % n;
    if (j !== i && !out.includes(j)) out.push(j);
  }
  return out;
}

export function direction(pairs: readonly Pair[], claimLang: 'zh' | 'en', lexicon: Lexicon): DirectionFigures {
  const claimOf = (p: Pair) => (claimLang === 'zh' ? p.zh : p.en);
  const pageOf = (p: Pair) => (claimLang === 'zh' ? p.en : p.zh);
  const n = pairs.length;
  let hit1 = 0;
  let supported = 0;
  const scored: { gold: boolean; score: number }[] = [];
  pairs.forEach((pair, i) => {
    const rest = others(i, n, OTHERS + 1);
    // The translation in the middle of the page, so neither first nor last place decides.
    const page = rest.slice(0, OTHERS).map((j) => pageOf(pairs[j]!));
    const at = i % (OTHERS + 1);
    page.splice(at, 0, pageOf(pair));
    const r = judgeAcrossLanguages(claimOf(pair), claimLang, page, lexicon);
    if (r.evidence[0] === at) hit1++;
    if (r.label === 'supported') supported++;
    scored.push({ gold: true, score: r.score });
    const without = rest.slice(0, OTHERS + 1).map((j) => pageOf(pairs[j]!));
    scored.push({ gold: false, score: judgeAcrossLanguages(claimOf(pair), claimLang, without, lexicon).score });
  });
  return { hit1: hit1 / n, supported: supported / n, auroc: auroc(scored) };
}
