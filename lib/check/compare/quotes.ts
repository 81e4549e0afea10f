import type { Finding } from '../../schema/check';
import { foldText } from '../../text/clean';
import { extractNumberFacts, factMatches } from '../../text/numbers';
import { contentTokens } from '../../text/tokens';
import type { Lexicon } from '../../text/lexicon/lexicon';
import { judgeAcrossLanguages } from './cross-language';
import { finding } from './finding';

const squash = (s: string) => foldText(s).replace(/[\s\p{P}\p{S}]+/gu, '');

/** Scare quotes ("toxic") prove little; a quotation of some length is a claim about wording. */
export function isSubstantial(quote: string): boolean {
  const han = (quote.match(/\p{Script=Han}/gu) ?? []).length;
  return han >= 6 || quote.trim().split(/\s+/).length >= 4;
}

/**
 * Checks quoted words in a same-language source: exact, then with punctuation
 * and case folded, then the closest sentence — where a changed number or
 * changed wording is a mismatch.
 */
export function checkQuote(quote: string, sourceText: string, sentences: readonly string[], lang: string | null): Finding {
  const params = { quote };
  if (sourceText.includes(quote)) return finding('quote', true, 'quote.exact', params);
  const q = squash(quote);
  if (q && squash(sourceText).includes(q)) {
    return finding('quote', true, 'quote.normalized', params);
  }
  const qt = new Set(contentTokens(quote, lang));
  let best = -1;
  let bestShare = 0;
  sentences.forEach((s, i) => {
    if (!qt.size) return;
    const st = new Set(contentTokens(s, lang));
    let hit = 0;
    for (const t of qt) if (st.has(t)) hit++;
    const share = hit / qt.size;
    if (share > bestShare) {
      bestShare = share;
      best = i;
    }
  });
  if (best >= 0 && bestShare >= 0.6) {
    const near = sentences[best]!;
    const qFacts = extractNumberFacts(quote);
    const sFacts = extractNumberFacts(near);
    const changed = qFacts.filter((f) => !sFacts.some((s) => factMatches(f, s)));
    if (changed.length) {
      return finding('quote', false, 'quote.number-changed', { ...params, near, numbers: changed.map((f) => f.text).join(', ') });
    }
    return finding('quote', false, 'quote.altered', { ...params, near });
  }
  if (!isSubstantial(quote)) {
    return finding('quote', null, 'quote.short-missing', params);
  }
  return finding('quote', false, 'quote.missing', params);
}

/**
 * A quotation in one language of a source in the other: a translation is never
 * word for word, so the question is which sentence it renders and how closely.
 * Close enough → the rendering is confirmed; a figure it gives differently is
 * a misquotation; otherwise it is not found, never "altered".
 */
export function checkQuoteAcross(quote: string, quoteLang: 'zh' | 'en', sentences: readonly string[], lexicon: Lexicon): Finding {
  const r = judgeAcrossLanguages(quote, quoteLang, sentences, lexicon);
  const near = r.evidence.length ? sentences[r.evidence[0]!]! : '';
  const params = { quote, near, score: Math.round(r.score * 100) };
  if (r.conflicts.length && near) {
    return finding('quote', false, 'quote.number-changed', { ...params, numbers: r.conflicts.join(', ') });
  }
  if (r.label === 'supported') return finding('quote', true, 'quote.translated', params);
  if (r.label === 'partial' && near) return finding('quote', null, 'quote.translated-partly', params);
  return finding('quote', null, 'quote.translated-missing', params);
}
