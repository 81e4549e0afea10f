import type { Finding } from '../../schema/check';
import { dayOf, toEpoch } from '../../text/dates';
import { finding } from './finding';

const DAY = 86_400_000;

/** A source cannot be cited before it was published. */
export function compareDate(articlePublished: string | null, sourcePublished: string | null): Finding | null {
  if (!articlePublished || !sourcePublished) {
    if (!sourcePublished) return finding('date', null, 'date.unknown', {}, 'The source gives no publication date.');
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
    return finding('date', false, 'date.after', params, `The source is dated ${params.source}, ${Math.max(1, gapDays)} day(s) after the article (${params.article}).`);
  }
  const before = Math.round((a - s) / DAY);
  return finding(
    'date',
    true,
    'date.before',
    { ...params, days: before },
    before === 0 ? `The source was published the same day as the article (${params.source}).` : `The source was published ${params.source}, ${before} day(s) before the article.`,
  );
}
