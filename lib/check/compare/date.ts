import type { ArticleMeta } from '../../schema/article';
import type { Finding } from '../../schema/check';
import { dayOf, toEpoch } from '../../text/dates';
import { finding } from './finding';

const DAY = 86_400_000;

/**
 * Where the article's own date was read (readMetadata's origin) and whether the
 * page declared it as its publication date. A date that is only the first one on
 * the page, or Readability's guess, may be another day the article talks about
 * (the statement a fact check is checking). Worded by the `date_origin_*` messages.
 */
export const ARTICLE_DATE_ORIGINS = {
  'json-ld': { declared: true },
  'json-ld-other': { declared: true },
  og: { declared: true },
  citation: { declared: true },
  parsely: { declared: true },
  dc: { declared: true },
  itemprop: { declared: true },
  meta: { declared: true },
  'generic-date': { declared: true },
  time: { declared: true },
  url: { declared: true },
  labelled: { declared: true },
  'time-first': { declared: false },
  readability: { declared: false },
  'image-url': { declared: false },
  text: { declared: false },
} as const satisfies Record<string, { declared: boolean }>;
export type DateOrigin = keyof typeof ARTICLE_DATE_ORIGINS;
const originKnown = (code: string): code is DateOrigin => Object.hasOwn(ARTICLE_DATE_ORIGINS, code);

/** The origin code ("json-ld", "labelled"…) without the notes readMetadata appends (", day as shown on the page"). */
function originOf(from: string | null | undefined): string {
  return (from ?? '').split(',')[0]!.trim();
}

/**
 * A source cannot be cited before it was published. The finding names the
 * article date it used and where it came from; when the article's date was not
 * declared by the page, a later source is a warning, not a mismatch.
 */
export function compareDate(article: Pick<ArticleMeta, 'publishedTime' | 'publishedFrom'>, sourcePublished: string | null, sourceFrom?: string | null): Finding | null {
  const articlePublished = article.publishedTime;
  if (!articlePublished || !sourcePublished) {
    if (!sourcePublished) return finding('date', null, 'date.unknown', {});
    return null;
  }
  const a = toEpoch(articlePublished);
  const s = toEpoch(sourcePublished);
  if (!Number.isFinite(a) || !Number.isFinite(s)) return null;
  const from = originOf(article.publishedFrom);
  const origin = originKnown(from) ? ARTICLE_DATE_ORIGINS[from] : undefined;
  // An unknown origin (older reports, hand-made inputs) is taken as declared, as before.
  const declared = origin?.declared ?? true;
  // Date-only values are a day wide: allow a day either way before calling it later.
  const slack = articlePublished.length === 10 || sourcePublished.length === 10 ? DAY : 0;
  const gapDays = Math.round((s - a) / DAY);
  const params = { article: dayOf(articlePublished)!, source: dayOf(sourcePublished)!, days: Math.abs(gapDays), from: origin ? from : '' };
  if (s > a + slack) {
    const days = Math.max(1, gapDays);
    const sourceCode = originOf(sourceFrom);
    const sourceOrigin = originKnown(sourceCode) ? ARTICLE_DATE_ORIGINS[sourceCode] : undefined;
    if (sourceOrigin && !sourceOrigin.declared) return finding('date', null, 'date.source-uncertain', { ...params, days, sourceFrom: sourceCode });
    if (!declared) return finding('date', null, 'date.after-uncertain', { ...params, days });
    return finding('date', false, 'date.after', { ...params, days });
  }
  const before = Math.round((a - s) / DAY);
  return finding('date', true, 'date.before', { ...params, days: before });
}
