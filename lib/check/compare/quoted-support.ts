/**
 * A claim whose quotation the source holds is at least partly backed by it.
 * Word coverage alone can miss a paraphrase around a quotation the source
 * says word for word (or in translation) — "not found" would then contradict
 * the quotation finding shown beside it. A changed figure or a denial keeps
 * the claim "not found": the quotation does not outweigh what the claim gets wrong.
 */
import type { Finding, Support } from '../../schema/check';
import { createTranslator } from '../../i18n/translate';
import { isSubstantial } from './quotes';

export function withQuotation(support: Support, quoteFindings: readonly Finding[]): Support {
  if (support.label !== 'not-found' || support.params.conflicts || support.params.denies) return support;
  // A word or two in scare quotes ("toxic") proves little: only a quotation of some length counts.
  const held = quoteFindings.find((f) => f.ok === true && isSubstantial(String(f.params.quote ?? '')));
  if (!held) return support;
  const quoted = String(held.params.quote ?? '');
  // The plain reason keeps the scorer's words and adds the quotation's; the interface words both from params.
  const reason = `${support.reason.replace(/[.。]?$/, '.')}${createTranslator('en')('support_quoted', { quote: quoted })}`;
  return { ...support, label: 'partial', reason, params: { ...support.params, quoted } };
}
