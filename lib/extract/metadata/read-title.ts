import { cleanText } from '../../text/clean';
import { inHeadlineBox, readHeadlines, titlePartHeading, type Headline } from './headline';
import { firstMeta } from './meta-tags';
import type { PageSources } from './page-sources';
import { isSiteName, loose } from './site-name';
import { cleanTitle, titleParts } from './title';

export interface TitleRead {
  title: string | null;
  origin: string | null;
  /** The headline element on the page (the dateline sits next to it). */
  headline: Element | null;
}

/**
 * The article's title as the reader sees it. The visible headline wins: meta
 * titles add kickers, SEO rewrites and site names, or are cut short. A heading
 * that a meta title agrees with is the headline; failing that, a meta title that a
 * heading prints inside an unmarked label; failing that, the lead <h1> (on a page
 * without one, the article area's first <h2>) when it is on the page's topic;
 * failing that, the most trusted meta title without the site name.
 */
export function readTitle(
  page: PageSources,
): TitleRead {
  const { doc, tags, ld, body, siteNames, pageUrl } = page;
  const docTitle = cleanText(doc.querySelector('title')?.textContent);
  const metaTitles: [string, string | null | undefined][] = [
    ['json-ld', ld?.headline],
    ['og', firstMeta(tags, 'og:title')],
    ['meta', firstMeta(tags, 'citation_title', 'parsely-title', 'sailthru.title', 'twitter:title', 'dc.title', 'dcterms.title', 'headline')],
    ['title', docTitle],
    ['readability', body?.title],
  ];
  const { headlines: found, bannerNames: banners } = readHeadlines(doc);
  const ownTitles = [ld?.headline, firstMeta(tags, 'og:title'), docTitle].filter((t): t is string => !!t).map(loose);
  // The <h1> in a site's banner is the site's name (strip it from meta titles too),
  // unless the page's own title is exactly that text: then the banner holds the headline.
  const names = [...siteNames, ...banners.filter((b) => !ownTitles.includes(loose(b.text))).map((b) => b.text)];
  const all = [...found, ...banners.filter((b) => ownTitles.includes(loose(b.text)))];
  // A heading that only names the site is not the headline, unless the article's own title says the same.
  const headlines = all.filter((h) => !isSiteName(h.text, names, pageUrl) || ownTitles.includes(loose(h.text)));

  const metas = metaTitles.map(([, raw]) => cleanTitle(raw ?? null, names, pageUrl)).filter((t): t is string => !!t);
  for (const meta of metas) {
    const match = headlines.find((h) => agrees(h.text, meta, h.primary || !!h.crumb));
    // Same words, other spacing ("Abrechnung : Musik" from spans): the editor's meta text is cleaner.
    if (match) return { title: sameButSpacing(match.text, meta) ? meta : match.text, origin: 'h1', headline: match.el };
  }
  // The heading prints a meta title with a kicker or a label around it that its markup does not mark as such.
  for (const meta of metas) {
    const holder = headlines.find((h) => !h.crumb && holds(h.fullText ?? h.text, meta));
    if (holder) return { title: meta, origin: 'h1-meta', headline: holder.el };
  }
  // No meta title agrees: the lead heading is still the headline when it is about the same
  // thing as the page (shares a word with a meta title or the address); a heading unrelated
  // to both is more likely a section's or a widget's.
  const lead = leadHeading(headlines);
  const metaText = metaTitles.map(([, t]) => t ?? '').join(' ');
  if (lead && (inHeadlineBox(lead.el) || sharesWord(lead.text, `${metaText} ${urlWords(pageUrl)}`) || !metaTitles.some(([, t]) => isTelling(t, names, pageUrl)))) return { title: lead.text, origin: 'h1-content', headline: lead.el };
  // A page with no <h1> (nor a titled heading) is headed by the first <h2> of its article area,
  // when that shares a word with a meta title: the address alone is too loose a link for an <h2>.
  const h2 = headlines.some((h) => h.primary || h.crumb) ? undefined : headlines.find((h) => h.inContent);
  if (h2 && sharesWord(h2.text, metaText)) return { title: h2.text, origin: 'h2-content', headline: h2.el };

  const first = lead ?? headlines[0] ?? null;
  // A title made of the site's name as its navigation links it and one part the page sets as a
  // heading (not the site's name itself: a banner heading next to the page's own nav link).
  for (const raw of [docTitle, firstMeta(tags, 'og:title')]) {
    const part = raw ? titlePartHeading(doc, titleParts(raw)) : null;
    if (part && !isSiteName(part, names, pageUrl)) return { title: part, origin: 'title-heading', headline: first?.el ?? null };
  }
  const tail = sharedTail(metas);
  if (tail) return { title: tail, origin: 'meta-tail', headline: first?.el ?? null };
  for (const [origin, raw] of [...metaTitles, ['h1-any', headlines[0]?.text] as [string, string | undefined]]) {
    const title = cleanTitle(raw ?? null, names, pageUrl);
    // A title that is only the site's name says nothing about the article.
    if (title && !(origin !== 'h1-any' && headlines.length && isSiteName(title, names, pageUrl))) return { title, origin, headline: first?.el ?? null };
  }
  return { title: null, origin: null, headline: first?.el ?? null };
}

/**
 * The article area's first <h1> or entry-title heading; else the page's only <h1>, even outside
 * a container named as content, unless it is as short as a site's or section's name ("Minecraft News").
 */
function leadHeading(headlines: Headline[]): Headline | undefined {
  const inContent = headlines.find((h) => h.primary && h.inContent);
  if (inContent) return inContent;
  const h1s = headlines.filter((h) => h.primary && h.el.localName === 'h1');
  return h1s.length === 1 && h1s[0]!.text.split(/\s+/).length >= 3 ? h1s[0] : undefined;
}

/** The headline and a meta title name the same piece: one contains the other, or they start alike. */
function agrees(headline: string, meta: string, primary = true): boolean {
  const h = loose(headline);
  const m = loose(meta);
  if (h.length < 4 || !m) return false;
  // A plain <h2> is often a section's one word ("Videos" in "Embedded videos test"): it must cover more of the meta title.
  if (m.includes(h)) return primary ? h.length >= Math.min(12, m.length * 0.3) : h.length >= Math.max(12, m.length * 0.3) || h.length >= m.length * 0.5;
  // A meta title cut short: the headline starts with it.
  return m.length >= 20 && h.startsWith(m.replace(/…$/, ''));
}

/** The heading's text holds the whole meta title as most of what it says. */
function holds(heading: string, meta: string): boolean {
  const h = loose(heading);
  const m = loose(meta);
  return m.length >= 20 && m.length >= h.length * 0.4 && h.includes(m);
}

/**
 * Two meta titles that put different labels before the same words ("Preview: Anno 1800 Beta",
 * "Industrial revolution?: Anno 1800 Beta"): the words they share after the colon are the title.
 */
function sharedTail(metas: string[]): string | null {
  const [a, b] = [...new Set(metas)].slice(0, 2).map((m) => /:\s+(\S+(?:\s+\S+)+)$/u.exec(m)?.[1]);
  return a && b && loose(a) === loose(b) ? a : null;
}

const sameButSpacing = (a: string, b: string) => a !== b && a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

// Page titles that name no article.
const GENERIC_TITLE = /^(?:home|homepage|start|startseite|index|blog|news|accueil|inicio|portada|首页|首頁|主页|主頁)$/i;

/** The meta title says something beyond the site's name. */
function isTelling(raw: string | null | undefined, names: string[], pageUrl: string): boolean {
  const title = cleanTitle(raw ?? null, names, pageUrl);
  return !!title && !GENERIC_TITLE.test(title) && !isSiteName(title, names, pageUrl);
}

/** Words of four or more letters (pairs of characters for Han text), lower-cased. */
function words(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().normalize('NFKC').split(/[^\p{L}\p{N}]+/u)) {
    if (/\p{Script=Han}/u.test(w)) for (let i = 0; i + 1 < w.length; i++) out.add(w.slice(i, i + 2));
    else if (w.length >= 4) out.add(w);
  }
  return out;
}

function sharesWord(a: string, b: string): boolean {
  const other = words(b);
  for (const w of words(a)) {
    if (other.has(w)) return true;
    // Compounds: "Finanzierung" in "Autofinanzierung".
    if (w.length >= 6) for (const o of other) if (o.length >= 6 && (o.includes(w) || w.includes(o))) return true;
  }
  return false;
}

function urlWords(pageUrl: string): string {
  try {
    return decodeURIComponent(new URL(pageUrl).pathname).replace(/[-_/.]+/g, ' ');
  } catch {
    return '';
  }
}
