import { cleanText } from '../../text/clean';
import { normalizeAuthors, splitAuthorNames } from './authors';
import { readLeadCredit, readSignOff } from './credit-lines';
import { readLicenceAttribution, readMoreFromHeadings } from './credited-names';
import { spellOutName } from './full-names';
import { allMeta } from './meta-tags';
import { once } from './once';
import type { PageSources } from './page-sources';
import { isSiteName, loose } from './site-name';
import { readBylineNearHeadline, readRelAuthors, readVisibleByline } from './visible';

export interface AuthorsRead {
  authors: string[];
  /** The byline as the page shows it. */
  byline: string | null;
  origin: string | null;
  bylineOrigin: string | null;
}

/**
 * The article's authors from the most trusted source that names someone: a credit line
 * opening the article, JSON-LD, meta tags, rel=author links, the visible byline,
 * Readability's guess, a sign-off closing the article.
 */
export function readAuthors(
  page: PageSources,
  headline: Element | null = null,
): AuthorsRead {
  const { doc, tags, ld, body, siteNames, pageUrl } = page;
  const visible = safe(() => readVisibleByline(doc)) ?? safe(() => readBylineNearHeadline(doc, headline));
  const visibleNames = visible ? splitAuthorNames(visible) : [];
  const metaAuthors = allMeta(tags, 'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'citation_author', 'og:article:author', 'twitter:creator:name');
  // Read in order and only as far as needed: most pages stop at JSON-LD or meta tags.
  // A reader runs at most once: the second, site-allowing pass reads the same sources.
  const sources: Source[] = [
    // A credit line the article's text opens with outranks the CMS account in the markup.
    ['lead', once(() => safe(() => readLeadCredit(body?.content ?? null)) ?? [])],
    ['json-ld', () => ld?.authors ?? []],
    ['meta', () => metaAuthors],
    ['rel-author', once(() => safe(() => readRelAuthors(doc)) ?? [])],
    ['byline', () => (visible ? [visible] : [])],
    ['readability', () => (body?.byline ? [body.byline] : [])],
    ['sign-off', once(() => safe(() => readSignOff(body?.content ?? null)) ?? [])],
  ];
  // Names the page credits elsewhere, read only to spell out a first name or initials.
  let creditedNames: string[] | null = null;
  const credited = () => (creditedNames ??= [...(safe(() => readLicenceAttribution(doc)) ?? []), ...(safe(() => readMoreFromHeadings(doc)) ?? [])]);
  const spellOut = (name: string) => spellOutName(name, ld?.authorBios ?? [], body?.textContent ?? '', credited);
  // First a person; failing that, the site or desk when the page itself credits it as the
  // author (a credit line, JSON-LD, rel=author, a visible byline), never the site guessed from meta defaults.
  const found =
    firstNamed(sources, spellOut, (a) => !isSiteAuthor(a, siteNames, pageUrl)) ??
    firstNamed(sources.filter(([origin]) => CREDITS.has(origin)), spellOut, () => true);
  if (found) {
    const [origin, authors] = found;
    const byline = visibleNames.length ? visible : body?.byline ?? authors.join(', ');
    return {
      authors: sameNames(authors, visibleNames) ? visibleNames : authors,
      byline: cleanText(byline) || null,
      origin,
      bylineOrigin: visible ? 'byline' : body?.byline ? 'readability' : origin,
    };
  }
  return { authors: [], byline: visibleNames.length ? visible : null, origin: null, bylineOrigin: null };
}

type Source = [origin: string, read: () => string[]];

/**
 * The first source that names someone `accept` lets through, names spelled out where the page
 * gives their full form; user-name slugs the page does not spell out are never names.
 */
function firstNamed(sources: Source[], spellOut: (name: string) => string | null, accept: (name: string) => boolean): [string, string[]] | null {
  for (const [origin, read] of sources) {
    const raws = read();
    if (!raws.length) continue;
    const authors = normalizeAuthors(raws)
      ?.map(spellOut)
      .filter((a): a is string => !!a && accept(a) && !/^(?!www\.)[a-z0-9]+(?:[._][a-z0-9]+)+$/.test(a));
    if (authors && authors.length) return [origin, authors];
  }
  return null;
}

// Sources in which the page names its author on purpose, as opposed to CMS defaults in meta tags.
const CREDITS = new Set(['lead', 'json-ld', 'rel-author', 'byline']);

/**
 * The site, not a person: its name, its domain as one word ("telebasel"), or
 * a site name before or after a dash ("L-MAG – Das Magazin für Lesben").
 * A two-word name that matches the domain is a person's blog ("Frau Sabienes" on frau-sabienes.de).
 */
function isSiteAuthor(raw: string, siteNames: string[], pageUrl: string): boolean {
  const name = raw.replace(/^www\./i, '');
  if (siteNames.some((n) => loose(n) === loose(name))) return true;
  const segments = name.split(/\s+[|–—-]\s+/);
  if (segments.length > 1) return segments.some((s) => isSiteName(s, siteNames, pageUrl));
  return !/\s/.test(name.trim()) && isSiteName(name, siteNames, pageUrl);
}

/** The same people, the structured field giving user names the visible byline spells out ("arianschlichenmayer" → "Arian Schlichenmayer"). */
function sameNames(structured: string[], visible: string[]): boolean {
  if (!visible.length || visible.length !== structured.length) return false;
  if (!structured.every((s) => s === s.toLowerCase() && !/\s/.test(s))) return false;
  const keys = new Set(structured.map(loose));
  return visible.every((v) => keys.has(loose(v))) && visible.some((v, i) => v !== structured[i]);
}

function safe<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}
