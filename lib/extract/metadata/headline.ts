import { cleanText } from '../../text/clean';
import { loose } from './site-name';
import { dropLeadingDate } from './title';

/** A heading that may be the article's visible headline. */
export interface Headline {
  el: Element;
  text: string;
  /** An <h1>, or a heading whose class names it the entry's title. */
  primary: boolean;
  /** Inside the page's article or main area. */
  inContent: boolean;
  /** The last step of a breadcrumb trail: a weak candidate. */
  crumb?: boolean;
  /** The heading's whole text, kicker and subtitle spans included. */
  fullText?: string;
}

// Where a site prints its own name, often as an <h1>.
const SITE_BANNER =
  '[role="banner"], #header, [class*="logo" i], [id*="logo" i], [class*="site-title" i], [id*="site-title" i], [class*="sitename" i], [id*="sitename" i], [class*="branding" i], [id*="branding" i], [class*="masthead" i], [id*="masthead" i]';
// A <header> named for the entry holds the article's headline, not the site's banner.
const ENTRY_HEADER = /entry|post|article|page|story|content|title|single|news/i;
// Never the headline: navigation, footers, sidebars, text only screen readers get.
const SKIP = 'nav, footer, aside, [class*="footer" i], [id*="footer" i], .aural, .sr-only, .visually-hidden, .screen-reader-text, .text-hide, [hidden]';
const CRUMBS = '[class*="breadcrumb" i], [id*="breadcrumb" i]';

type Place = 'page' | 'crumb' | 'banner' | 'skip';

function placeOf(el: Element): Place {
  // Some CMSs end the breadcrumb trail with the article's title as an <h1>: a weak candidate.
  if (within(el, CRUMBS)) return 'crumb';
  if (within(el, SKIP)) return 'skip';
  // A heading marked up as the entry's title is the headline wherever the theme put it.
  if (TITLED.test(el.getAttribute('class') ?? '') || el.getAttribute('itemprop') === 'headline') return 'page';
  const banner = within(el, SITE_BANNER) ?? within(el, 'header');
  if (banner && !banner.parentElement?.closest('article, main, [role="main"]') && !(banner.localName === 'header' && ENTRY_HEADER.test(`${banner.getAttribute('class') ?? ''} ${banner.id}`))) return 'banner';
  return 'page';
}

/** The nearest ancestor matching `selector`, not counting <body> and <html> (their classes describe the whole page). */
function within(el: Element, selector: string): Element | null {
  const hit = el.closest(selector);
  return hit && hit.localName !== 'body' && hit.localName !== 'html' ? hit : null;
}

const CONTENT = 'article, main, [role="main"], [itemprop="articleBody"], [class*="content" i], [id*="content" i], [class*="entry" i], [class*="post" i], [class*="article" i]';

// Classes themes give the entry's title when the <h1> is the blog's name.
const TITLED = /entry-title|post-title/i;
const TITLED_H2 = /entry-title|post-title|article-title|topic-title|headline/i;
const ARTICLE_AREA = 'article, main, [class*="post" i], [class*="entry" i], [class*="content" i]';

// Kickers, roof lines and subtitles set inside the headline element.
const KICKER = /kicker|dachzeile|top-?line|top-?title|overline|roofline|eyebrow|super-?title|pre-?title|strapline|topic-label|sub-?title|sub-?head|section|categor|rubri|ressort/i;
// A sub-line set before the headline's text is its kicker; set after it, the headline's second line.
const LEADING_SUBLINE = /sub-?line/i;
// A heading that is itself the kicker (an <h1 class="strapline"> over the <h2> headline).
const KICKER_HEADING = /kicker|dachzeile|top-?line|overline|roofline|eyebrow|super-?title|pre-?title|strapline/i;
// A container named for the headline: its <h2> is the headline.
const HEADLINE_BOX = /page-header|headline/i;

/**
 * The page's visible headline candidates: <h1>s outside banners, then headings
 * themes mark as the entry title, then the first <h2>s of the article area,
 * then breadcrumb <h1>s. Also returns the texts of banner <h1>s, which name the site.
 */
export function readHeadlines(doc: Document): { headlines: Headline[]; bannerNames: Headline[] } {
  const headlines: Headline[] = [];
  const crumbs: Headline[] = [];
  const bannerNames: Headline[] = [];
  const seen = new Set<Element>();
  const add = (el: Element, primary: boolean) => {
    if (seen.has(el)) return;
    seen.add(el);
    const place = placeOf(el);
    if (place === 'skip') return;
    const { text, fullText } = headlineTexts(el);
    if (text.length < 2 || text.length > 300) return;
    if (place === 'banner') {
      if (el.localName === 'h1') bannerNames.push({ el, text, primary: false, inContent: false });
    } else if (place === 'crumb') crumbs.push({ el, text, primary: false, inContent: false, crumb: true });
    else headlines.push({ el, text, primary, inContent: !!within(el, CONTENT), fullText });
  };
  // One pass over the headings: <h1>s, then headings classed as the entry title, then the article area's first <h2>s.
  const h1s: Element[] = [];
  const titled: Element[] = [];
  const h2s: Element[] = [];
  for (const h of Array.from(doc.querySelectorAll('h1, h2, h3')).slice(0, 80)) {
    if (h.localName === 'h1') {
      if (KICKER_HEADING.test(h.getAttribute('class') ?? '')) {
        const next = h.nextElementSibling;
        if (next && /^h[2-3]$/.test(next.localName) && titled.length < 3) titled.push(next);
      } else if (h1s.length < 8) h1s.push(h);
    } else if ((h.localName === 'h2' ? TITLED_H2 : TITLED).test(h.getAttribute('class') ?? '') || inHeadlineBox(h)) {
      if (titled.length < 3) titled.push(h);
    } else if (h.localName === 'h2' && h2s.length < 4 && within(h, ARTICLE_AREA) && !within(h, SKIP) && h.textContent?.trim()) h2s.push(h); // hidden or empty ones would take a slot
  }
  for (const h of h1s) add(h, true);
  for (const h of titled) add(h, true);
  for (const h of h2s) add(h, false);
  return { headlines: [...headlines, ...crumbs], bannerNames };
}

/**
 * The one part of a page title ("A Site --word") that the page prints as a heading of its own,
 * when each other part is the whole text of a link on the page: the site's or a section's name
 * in its navigation. A heading that is itself a link is a teaser for another page and does not count.
 */
export function titlePartHeading(doc: Document, parts: string[]): string | null {
  if (parts.length < 2) return null;
  const wanted = new Set(parts.map(loose));
  const headed = new Set<string>();
  for (const h of Array.from(doc.querySelectorAll('h1, h2, h3, h4, h5, h6')).slice(0, 200)) {
    const text = loose(headlineText(h));
    if (!wanted.has(text) || within(h, SKIP) || h.closest('a') || loose(h.querySelector('a')?.textContent ?? '') === text) continue;
    headed.add(text);
  }
  if (!headed.size) return null;
  const linked = new Set<string>();
  for (const a of Array.from(doc.querySelectorAll('a[href]')).slice(0, 3000)) {
    const text = loose(a.textContent ?? '');
    if (wanted.has(text)) linked.add(text);
  }
  const heads = parts.filter((p) => headed.has(loose(p)));
  if (heads.length !== 1 || loose(heads[0]!).length < 3) return null;
  return parts.every((p) => p === heads[0] || linked.has(loose(p))) ? heads[0]! : null;
}

/** An <h2> whose container is named for the page's headline (Joomla's and Bootstrap's .page-header). */
export function inHeadlineBox(h: Element): boolean {
  return h.localName === 'h2' && HEADLINE_BOX.test(h.parentElement?.getAttribute('class') ?? '');
}

/** A heading's text without kicker or subtitle spans, dates, or soft hyphens. */
export function headlineText(el: Element): string {
  return headlineTexts(el).text;
}

/** The heading's text without its asides, and its whole printed text (asides kept, code and reading aids not). */
function headlineTexts(el: Element): { text: string; fullText: string } {
  const parts: string[] = [];
  const full: string[] = [];
  let started = false;
  const walk = (node: Node, aside: boolean) => {
    if (node.nodeType === 3) {
      full.push(node.nodeValue ?? '');
      if (aside) return;
      parts.push(node.nodeValue ?? '');
      started ||= !!node.nodeValue?.trim();
      return;
    }
    if (node.nodeType !== 1) return;
    const child = node as Element;
    if (child !== el && isUnprinted(child)) return;
    const skip = aside || (child !== el && (isAside(child) || (!started && LEADING_SUBLINE.test(child.getAttribute('class') ?? ''))));
    for (let c = child.firstChild; c; c = c.nextSibling) walk(c, skip);
  };
  walk(el, false);
  // A hidden ": " between a dropped kicker and the headline is left dangling.
  const tidy = (p: string[]) => dropLeadingDate(cleanText(p.join('').replace(/\u00ad/g, '')).replace(/^[\s:|/–—-]+|[\s:|/–—-]+$/g, ''));
  return { text: tidy(parts), fullText: tidy(full) };
}

// Code, and ruby annotations (<rt>, <rp>): reading aids printed above the characters.
const isUnprinted = (el: Element) => /^(?:script|style|template|rt|rp)$/.test(el.localName);

function isAside(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'time' || tag === 'small') return true;
  return KICKER.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
}
