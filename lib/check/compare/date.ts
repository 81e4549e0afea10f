import type { Finding } from '../../schema/check';
import { dayOf, toEpoch } from '../../text/dates';
import { finding } from './finding';

const DAY = 86_400_000;

/** A source cannot be cited before it was published. */
export function compareDate(articlePublished: string | null, sourcePublished: string | null): Finding | null {
  if (!articlePublished || !sourcePublished) {
    if (!sourcePublished) return finding('date', null, 'date.unknown', {});
    return null;
  }
  const a = toEpoch(articlePublished);
  const s = toEpoch(sourcePublished);
  if (!Number.isFinite(a) || !Number.isFinite(s)) return null;
  // Date-only values are a day wide: allow a day either way before calling it later.
  const slack = articlePublished.length === 10 || sourcePublished.length === 10 ? DAY : 0;
  const gapDays = Math.round((s - a) / DAY);
  const params = { article: dayOf(articlePublished)!, source: dayOf(sourcePublished)!, days: Math.abs(gapDays) };
  if (s > a + slack) {
    return finding('date', false, 'date.after', { ...params, days: Math.max(1, gapDays) });
  }
  const before = Math.round((a - s) / DAY);
  return finding('date', true, 'date.before', { ...params, days: before });
}
