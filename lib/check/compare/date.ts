import type { ArticleMeta } from '../../schema/article';
import type { Finding } from '../../schema/check';
import { dayOf, toEpoch } from '../../text/dates';
import { finding } from './finding';

const DAY = 86_400_000;

/**
 * Where the article's own date was read (readMetadata's origin), in words, and
 * whether the page declared it as its publication date. A date that is only the
 * first one on the page, or Readability's guess, may be another day the article
 * talks about (the statement a fact check is checking).
 */
export const ARTICLE_DATE_ORIGINS: Record<string, { en: string; declared: boolean }> = {
  'json-ld': { en: 'its JSON-LD datePublished', declared: true },
  'json-ld-other': { en: 'its JSON-LD datePublished', declared: true },
  og: { en: 'its article:published_time tag', declared: true },
  citation: { en: 'its citation date tag', declared: true },
  parsely: { en: 'its publication date tag', declared: true },
  dc: { en: 'its Dublin Core date', declared: true },
  itemprop: { en: 'its datePublished markup', declared: true },
  meta: { en: 'its publication date tag', declared: true },
  'generic-date': { en: 'its date tag', declared: true },
  time: { en: 'its publication <time> element', declared: true },
  url: { en: 'the date in its address', declared: true },
  labelled: { en: 'the date it labels “Published”', declared: true },
  'time-first': { en: 'the first date on the page', declared: false },
  readability: { en: 'Reader view’s guess', declared: false },
  'image-url': { en: 'the date of its lead picture', declared: false },
  text: { en: 'a date in its text', declared: false },
};

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
    if (!sourcePublished) return finding('date', null, 'date.unknown', {}, 'The source gives no publication date.');
    return null;
  }
  const a = toEpoch(articlePublished);
  const s = toEpoch(sourcePublished);
  if (!Number.isFinite(a) || !Number.isFinite(s)) return null;
  const from = originOf(article.publishedFrom);
  const origin = ARTICLE_DATE_ORIGINS[from];
  // An unknown origin (older reports, hand-made inputs) is taken as declared, as before.
  const declared = origin?.declared ?? true;
  const where = origin ? `, from ${origin.en}` : '';
  // Date-only values are a day wide: allow a day either way before calling it later.
  const slack = articlePublished.length === 10 || sourcePublished.length === 10 ? DAY : 0;
  const gapDays = Math.round((s - a) / DAY);
  const params = { article: dayOf(articlePublished)!, source: dayOf(sourcePublished)!, days: Math.abs(gapDays), from };
  if (s > a + slack) {
    const days = Math.max(1, gapDays);
    const sourceOrigin = ARTICLE_DATE_ORIGINS[originOf(sourceFrom)];
    if (sourceOrigin && !sourceOrigin.declared) {
      return finding(
        'date',
        null,
        'date.source-uncertain',
        { ...params, days, sourceFrom: originOf(sourceFrom) },
        `The source seems dated ${params.source}, ${days} day(s) after the article (${params.article}${where}), but that date is only ${sourceOrigin.en.replace(/^its /, 'the source’s ')}; the source declares no publication date.`,
      );
    }
    if (!declared) {
      return finding(
        'date',
        null,
        'date.after-uncertain',
        { ...params, days },
        `The source is dated ${params.source}, ${days} day(s) after ${params.article}, the article's date as read from ${origin!.en}; the page declares no publication date, so that may not be when the article was published.`,
      );
    }
    return finding('date', false, 'date.after', { ...params, days }, `The source is dated ${params.source}, ${days} day(s) after the article (${params.article}${where}).`);
  }
  const before = Math.round((a - s) / DAY);
  return finding(
    'date',
    true,
    'date.before',
    { ...params, days: before },
    before === 0
      ? `The source was published the same day as the article (${params.source}${where}).`
      : `The source was published ${params.source}, ${before} day(s) before the article (${params.article}${where}).`,
  );
}
