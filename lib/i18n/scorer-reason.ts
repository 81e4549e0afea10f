import type { ScorerWhy } from '../check/compare/support';
import type { Locale } from './locales';
import { createTranslator, keyOf, type MessageKey } from './translate';

/**
 * Why the support scorer labelled a claim as it did, worded from its data (the shape of the result,
 * the figures and words found or not, a denial) by the `reason_*` messages. The JSON `reason` of
 * the command line and the Markdown report are this in English; the popup shows it in the reader's
 * language.
 */
export function scorerReason(why: ScorerWhy, locale: Locale = 'en'): string {
  const t = createTranslator(locale);
  const sep = t('reason_separator');
  const list = (items: readonly string[]) => items.join(locale === 'en' ? ', ' : '、');
  const penalties: string[] = [];
  if (why.conflicts.length) penalties.push(t('reason_figures_conflict', { list: list(why.conflicts) }));
  else if (why.notInEvidence.length) penalties.push(t('reason_figures_missing', { list: list(why.notInEvidence) }));
  if (why.denies) penalties.push(t(why.denies === 'claim' ? 'reason_claim_denies' : 'reason_source_denies'));
  if (why.shape === 'no-text' || why.shape === 'no-words') return t(keyOf('reason', why.shape));
  if (why.shape === 'no-lexicon' || why.shape === 'no-bridge') return t(keyOf('reason', why.shape), { claimLang: why.claimLang ?? '', sourceLang: why.sourceLang ?? '' });
  if (why.via === 'cc-cedict') {
    const parts = [t('reason_cc_cedict', { pct: why.pct })];
    if (why.found?.length) parts.push(t('reason_found', { list: list(why.found) }));
    if (why.absent.length) parts.push(t('reason_not_found', { list: list(why.absent) }));
    return [...parts, ...penalties].join(sep);
  }
  const shape = why.shape;
  let reason = t(keyOf('reason', shape) as MessageKey, { pct: why.pct });
  if (penalties.length) reason += shape === 'covered-but' ? `${locale === 'en' ? ' ' : ''}${penalties.join(sep)}` : `${sep}${penalties.join(sep)}`;
  if (why.absent.length) reason += `${sep}${t('reason_not_found', { list: list(why.absent) })}`;
  return reason;
}
