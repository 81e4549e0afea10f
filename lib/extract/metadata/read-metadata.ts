import type { ArticleMeta } from '../../schema/article';
import { cleanText } from '../../text/clean';
import { dayOf, parseDate, dateFromUrl } from '../../text/dates';
import { detectLanguage, normalizeLanguageTag, primaryLanguage } from '../../text/language';
import { outletForUrl } from '../../outlets/lookup';
import type { ReadabilityBody } from '../body';
import { readAuthors } from './read-authors';
import { jsonLdAnyDatePublished } from './json-ld-date';
import { jsonLdArticle, jsonLdSiteName, readJsonLdNodes, type LdArticle } from './json-ld';
import { firstMeta, readMetaTags, type MetaTags } from './meta-tags';
import { readTitle } from './read-title';
import { onPageDay, mayShiftDay, printedOverGeneric, printedRepublication, urlDayOverLaterStamp } from './page-day';
import { readLabelledDate } from './labelled-dateline';
import { once } from './once';
import { readDateline, readTimeElements, readVisibleDate } from './visible';

export interface MetadataExtras {
  /** JSON-LD `isAccessibleForFree`, for paywall detection. */
  accessibleForFree: boolean | null;
  /** Everyone the JSON-LD article credits (authors, source organisation, provider): read once here, for wire credits too. */
  jsonLdCredits: string[];
  /** Where each field came from, for debugging and the eval. */
  from: Partial<Record<keyof ArticleMeta, string>>;
}

/**
 * Reads the article's metadata from every source a real page uses and keeps,
 * field by field, the most trusted one: JSON-LD, then Open Graph / article:*,
 * citation_*, Dublin Core, parsely/sailthru, <time>, rel=author, the visible
 * byline, then Readability's own guesses.
 */
export function readMetadata(
  doc: Document,
  pageUrl: string,
  body: ReadabilityBody | null,
): ArticleMeta & MetadataExtras {
  const tags = readMetaTags(doc);
  // The JSON-LD blocks are found and parsed once: the article, the site's name and any date read the same nodes.
  const ldNodes = safe(() => readJsonLdNodes(doc)) ?? [];
  const ld = safe(() => jsonLdArticle(ldNodes));
  const from: MetadataExtras['from'] = {};
  const pick = <K extends keyof ArticleMeta>(field: K, candidates: [string, string | null | undefined][]) => {
    for (const [origin, value] of candidates) {
      if (value) {
        from[field] = origin;
        return value;
      }
    }
    return null;
  };

  const outlet = outletForUrl(pageUrl);
  const siteName = pick('siteName', [
    ['og', firstMeta(tags, 'og:site_name')],
    ['json-ld', ld?.publisher],
    ['json-ld-site', safe(() => jsonLdSiteName(ldNodes))],
    ['meta', firstMeta(tags, 'application-name', 'al:android:app_name', 'al:ios:app_name', 'twitter:app:name:iphone', 'citation_journal_title', 'dc.publisher', 'dcterms.publisher')],
    ['outlets', outlet ? (isChinesePage(doc, tags) ? (outlet.zhHans ?? outlet.en) : outlet.en) : null],
    ['readability', body?.siteName],
  ]);

  const siteNames = [siteName, outlet?.en, outlet?.zhHans, outlet?.zhHant, ...(outlet?.aliases ?? [])].filter(
    (n): n is string => !!n,
  );
  const page = { doc, pageUrl, tags, ld, body, siteNames };
  const { title, origin: titleOrigin, headline } = readTitle(page);
  if (titleOrigin) from.title = titleOrigin;
  const { authors, byline, origin: authorOrigin, bylineOrigin } = readAuthors(page, headline);
  if (authorOrigin) from.authors = authorOrigin;
  if (bylineOrigin) from.byline = bylineOrigin;
  const times = once(() => safe(() => readTimeElements(doc)) ?? { published: null, modified: null, first: null });
  // The labelled-date scan reads the whole page; a page with no other date asks for it as 'labelled' and again as 'text'.
  const labelled = once(() => readLabelledDate(doc));

  const stamped = parseFirst(from, 'publishedTime', [
    ['json-ld', ld?.datePublished],
    ['json-ld-other', () => safe(() => jsonLdAnyDatePublished(ldNodes))],
    ['og', firstMeta(tags, 'article:published_time', 'og:published_time', 'article:published')],
    ['citation', firstMeta(tags, 'citation_publication_date', 'citation_date', 'citation_online_date')],
    ['parsely', firstMeta(tags, 'parsely-pub-date', 'sailthru.date')],
    ['dc', firstMeta(tags, 'dc.date.issued', 'dcterms.issued', 'dcterms.created', 'dc.date.created')],
    ['itemprop', firstMeta(tags, 'datepublished', 'datecreated')],
    ['meta', firstMeta(tags, 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'article.published', 'article_date_original', 'originalpublicationdate', 'og:updated_time', 'displaydate', 'ptime', 'release_date', 'weibo:article:create_at', 'bt:pubdate', 'sailthru.date', 'dc.date.modified')],
    // Generic "date" metas come after the specific ones: they are often the last edit's time.
    ['generic-date', firstMeta(tags, 'dc.date', 'dcterms.date', 'date')],
    ['time', () => times().published],
    ['url', () => dateFromUrl(pageUrl)],
    // A date the page labels "Published:" says what it is; the first <time> on a fact-check page is the checked statement's.
    ['labelled', () => safe(labelled)],
    ['time-first', () => times().first],
    ['readability', body?.publishedTime],
    // Upload paths of the lead image are dated by most CMSs (/uploads/2020/10/26/…).
    ['image-url', () => dateFromUrl(absolute(firstMeta(tags, 'og:image', 'twitter:image'), pageUrl) ?? '')],
    ['text', () => safe(() => readVisibleDate(doc, body, headline, labelled))],
  ]);
  const modifiedTime = parseFirst(from, 'modifiedTime', [
    ['json-ld', ld?.dateModified],
    ['og', firstMeta(tags, 'article:modified_time', 'og:updated_time', 'article:modified', 'lastmod', 'last-modified', 'dcterms.modified', 'datemodified')],
    ['time', () => times().modified],
  ]);

  const printedDateline = once(() => safe(() => readDateline(doc, headline, true)));
  // The labelled-date scan reads the whole page, so only the rarer generic-meta case pays for it.
  const printed = () => safe(labelled) ?? printedDateline();
  const onPage = !stamped
    ? null
    : from.publishedTime === 'generic-date'
      ? printedOverGeneric(stamped, printed())
      : from.publishedTime !== 'text' && mayShiftDay(stamped)
        ? onPageDay(stamped, safe(() => readDateline(doc, headline)))
        : stamped;
  if (onPage !== stamped) from.publishedTime += from.publishedTime === 'generic-date' ? ', printed date preferred' : ', day as shown on the page';
  const republished = onPage && modifiedTime && dayOf(modifiedTime) !== dayOf(onPage) ? printedRepublication(onPage, modifiedTime, printedDateline()) : onPage;
  if (republished !== onPage) from.publishedTime += ', re-publication date as printed';
  const publishedTime = republished && from.publishedTime !== 'url' ? urlDayOverLaterStamp(republished, dateFromUrl(pageUrl)) : republished;
  if (publishedTime !== republished) from.publishedTime += ', day of the URL';

  const lang = readLanguage(doc, tags, ld, body, from);
  const canonicalUrl = pick('canonicalUrl', [
    ['link', absolute(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), pageUrl)],
    ['og', absolute(firstMeta(tags, 'og:url'), pageUrl)],
    ['json-ld', absolute(ld?.url, pageUrl)],
  ]);
  const description = pick('description', [
    ['og', firstMeta(tags, 'og:description')],
    ['meta', firstMeta(tags, 'description', 'twitter:description', 'dc.description')],
    ['json-ld', ld?.description],
    ['readability', body?.excerpt],
  ]);
  const image = pick('image', [
    ['og', absolute(firstMeta(tags, 'og:image', 'og:image:url', 'og:image:secure_url'), pageUrl)],
    ['twitter', absolute(firstMeta(tags, 'twitter:image', 'twitter:image:src'), pageUrl)],
    ['json-ld', absolute(ld?.image, pageUrl)],
  ]);

  return {
    url: pageUrl,
    title,
    byline,
    authors,
    siteName,
    publishedTime,
    modifiedTime,
    lang,
    canonicalUrl,
    description,
    image,
    accessibleForFree: ld?.isAccessibleForFree ?? paywallMeta(tags),
    jsonLdCredits: [...(ld?.authors ?? []), ...(ld?.credits ?? [])],
    from,
  };
}

function safe<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}

function absolute(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

type Candidate = string | null | undefined | (() => string | null | undefined);

/** The first candidate that parses as a date; functions are only called when reached (some scan the page). */
function parseFirst(from: MetadataExtras['from'], field: 'publishedTime' | 'modifiedTime', candidates: [string, Candidate][]): string | null {
  for (const [origin, candidate] of candidates) {
    const raw = typeof candidate === 'function' ? candidate() : candidate;
    const value = parseDate(raw ?? null);
    if (value) {
      from[field] = origin;
      return value;
    }
  }
  return null;
}

function isChinesePage(doc: Document, tags: MetaTags): boolean {
  const lang = doc.documentElement?.getAttribute('lang') ?? firstMeta(tags, 'og:locale') ?? '';
  return primaryLanguage(lang) === 'zh';
}

function readLanguage(
  doc: Document,
  tags: MetaTags,
  ld: LdArticle | null,
  body: ReadabilityBody | null,
  from: MetadataExtras['from'],
): string | null {
  const declared: [string, string | null | undefined][] = [
    ['html', doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang')],
    ['og', firstMeta(tags, 'og:locale')],
    ['meta', firstMeta(tags, 'content-language', 'language', 'dc.language', 'dcterms.language')],
    ['json-ld', ld?.inLanguage],
  ];
  const sample = (body?.textContent ?? '').slice(0, 5000) || cleanText(doc.body?.textContent).slice(0, 5000);
  const detected = detectLanguage(sample);
  for (const [origin, raw] of declared) {
    const tag = normalizeLanguageTag(raw);
    if (!tag) continue;
    // Templates often keep lang="en" on pages written in another script: trust the text then.
    if (detected && sameScriptFamily(tag, detected) === false) break;
    from.lang = origin;
    return tag;
  }
  if (detected) from.lang = 'detected';
  return detected;
}

const SCRIPT_OF: Record<string, string> = { zh: 'han', ja: 'ja', ko: 'ko', ru: 'cyr', uk: 'cyr', bg: 'cyr', sr: 'cyr', kk: 'cyr', ar: 'ar', fa: 'ar', he: 'he', el: 'el', th: 'th', hi: 'dev' };

/** False when the declared and detected languages are written in different scripts. */
function sameScriptFamily(declared: string, detected: string): boolean | null {
  const a = SCRIPT_OF[primaryLanguage(declared) ?? ''] ?? 'latin';
  const b = SCRIPT_OF[primaryLanguage(detected) ?? ''] ?? 'latin';
  return a === b;
}

function paywallMeta(tags: MetaTags): boolean | null {
  const v = firstMeta(tags, 'isaccessibleforfree', 'article:content_tier', 'cxenseparse:pageclass');
  if (!v) return null;
  if (/^(false|locked|metered|premium)$/i.test(v)) return false;
  if (/^(true|free)$/i.test(v)) return true;
  return null;
}
