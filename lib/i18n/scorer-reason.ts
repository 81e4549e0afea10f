import type { ScorerWhy } from '../check/compare/support';
import type { Locale } from './locales';
import { createTranslator, keyOf, type MessageKey, type Translate } from './translate';

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
  const penalties = penaltyParts({ conflicts: list(why.conflicts), notInEvidence: list(why.notInEvidence), denies: why.denies }, t);
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

/** The scorer's penalties (changed or missing figures as written lists, a denial), each a phrase; shared by the reason and the popup. */
export function penaltyParts(p: { conflicts?: string | number; notInEvidence?: string | number; denies?: string | number }, t: Translate): string[] {
  const parts: string[] = [];
  if (p.conflicts) parts.push(t('reason_figures_conflict', { list: String(p.conflicts) }));
  else if (p.notInEvidence) parts.push(t('reason_figures_missing', { list: String(p.notInEvidence) }));
  if (p.denies === 'claim') parts.push(t('reason_claim_denies'));
  if (p.denies === 'source') parts.push(t('reason_source_denies'));
  return parts;
}
