/**
 * One claim against one source's sentences, whatever their languages: the
 * same-language scorer, the CC-CEDICT bridge for Chinese and English, or an
 * honest "cannot judge" for a pair nothing here bridges. Used where only the
 * texts are known (the `support` command); a checked source knows its
 * languages from the page and goes through judge-source.ts.
 */
import type { Lexicon } from '../../text/lexicon/lexicon';
import { detectLanguage } from '../../text/language';
import { judgeAcrossLanguages, lexiconBridges } from './cross-language';
import { judgeSupport, plainWhy, type SupportResult } from './support';
import { scorerReason } from '../../i18n/scorer-reason';

export type Compared = 'same-language' | 'cc-cedict' | 'not-compared';

export interface ClaimJudgement extends Omit<SupportResult, 'label'> {
  label: SupportResult['label'] | 'cannot-judge';
  compared: Compared;
  claimLang: string | null;
  sourceLang: string | null;
}

/** The sentences' language from a sample of them (a page's language is its prose's, not one line's). */
function sentencesLanguage(sentences: readonly string[]): string | null {
  let sample = '';
  for (const s of sentences) {
    if (sample.length > 4000) break;
    sample += `${s}\n`;
  }
  return detectLanguage(sample);
}

/**
 * The two sides' languages. A short English claim may have too few function
 * words to be recognised; facing Chinese, plain ASCII text is read as English.
 */
function languages(claim: string, sentences: readonly string[]): [string | null, string | null] {
  let a = detectLanguage(claim);
  let b = sentencesLanguage(sentences);
  const ascii = (t: string) => /^[\x20-\x7e’“”—–\s]+$/.test(t);
  if (!a && b === 'zh' && ascii(claim)) a = 'en';
  if (!b && a === 'zh' && sentences.every(ascii)) b = 'en';
  return [a, b];
}

/** Whether judging needs the lexicon: load it first only then. */
export function claimNeedsLexicon(claim: string, sentences: readonly string[]): boolean {
  const [a, b] = languages(claim, sentences);
  return a !== b && lexiconBridges(a, b);
}

export function judgeClaim(claim: string, sentences: readonly string[], lexicon: Lexicon | null): ClaimJudgement {
  const [claimLang, sourceLang] = languages(claim, sentences);
  if (!claimLang || !sourceLang || claimLang === sourceLang) {
    return { ...judgeSupport(claim, sentences, claimLang ?? sourceLang), compared: 'same-language', claimLang, sourceLang };
  }
  if (lexiconBridges(claimLang, sourceLang) && lexicon) {
    const r = judgeAcrossLanguages(claim, claimLang as 'zh' | 'en', sentences, lexicon);
    return { label: r.label, score: r.score, evidence: r.evidence, evidenceScores: r.evidenceScores, why: r.why, reason: r.reason, compared: 'cc-cedict', claimLang, sourceLang };
  }
  const why = { ...plainWhy(lexiconBridges(claimLang, sourceLang) ? 'no-lexicon' : 'no-bridge'), claimLang, sourceLang };
  return { label: 'cannot-judge', score: 0, evidence: [], evidenceScores: [], why, reason: scorerReason(why), compared: 'not-compared', claimLang, sourceLang };
}
