import { cleanText } from '../../text/clean';
import { findDateInText, leadingDate, parseDate } from '../../text/dates';
import { splitAuthorNames } from './authors';
import { readLabelledDate } from './labelled-dateline';

// Elements that usually carry the byline or the dateline.
const BYLINE_SELECTOR = [
  '[itemprop="author"]',
  '[rel="author"]',
  '[class*="byline" i]',
  '[class*="author" i]',
  '[id*="byline" i]',
  '[class*="writer" i]',
  '[class*="autor" i]',
  '[data-testid*="byline" i]',
  'address',
  'byline',
].join(',');

const CHROME = 'footer, nav, aside, [class*="comment" i], [class*="related" i], [class*="footer" i]';
const CHROME_BESIDE_FOOTERS = 'nav, aside, [class*="comment" i], [class*="related" i]';

/**
 * In navigation, comments, related stories or the page footer. A post's own
 * footer ("post-footer", <article><footer>) often holds the byline and the date, so it is not chrome here.
 */
function inBylineChrome(el: Element): boolean {
  if (outerMatch(el, CHROME_BESIDE_FOOTERS)) return true;
  const footer = outerMatch(el, 'footer, [class*="footer" i], [id*="footer" i]');
  if (!footer) return false;
  return !/post|entry|article|story/i.test(`${footer.getAttribute('class') ?? ''} ${footer.id}`) && !footer.closest('article');
}

/** The nearest match, not counting <body> and <html> (their classes describe the whole page). */
function outerMatch(el: Element, selector: string): Element | null {
  const hit = el.closest(selector);
  return hit && hit.localName !== 'body' && hit.localName !== 'html' ? hit : null;
}

/** The byline as the page shows it, if a byline-like element holds one. */
export function readVisibleByline(doc: Document): string | null {
  let candidates: Element[];
  try {
    candidates = Array.from(doc.querySelectorAll(BYLINE_SELECTOR)).slice(0, 40);
  } catch {
    return null;
  }
  for (const el of candidates) {
    if (inBylineChrome(el)) continue;
    // Author bios and boxes with many links are not bylines.
    if (el.querySelectorAll('a').length > 4 || el.querySelectorAll('p').length > 1) continue;
    const text = spacedText(el, 240);
    if (!text || text.length > 120 || text.length < 2) continue;
    if (/^(?:share|follow|comments?|more)\b/i.test(text)) continue;
    // A label alone ("By", "Posted", "Publiziert am") is not the byline: the name follows in another element.
    if (!splitAuthorNames(text).length) continue;
    return text;
  }
  return null;
}

// A short line that starts with "By …" in the languages we read.
const BY_LINE =
  /^(?:(?:by|von|par|por|di|door|av|(?:erstellt|eingestellt|geschrieben|beitrag)\s+von|autor(?:in|en|innen)?|auteur|author)(?:\s*[:：]\s*|\s+)|(?:作者[:：]?|文[/／]|记者|記者)\s*)\p{L}/iu;

/** A "By …" line near the headline, for pages without byline markup. */
export function readBylineNearHeadline(doc: Document, headline: Element | null = null): string | null {
  const h1 = headline ?? doc.querySelector('h1');
  const near = h1?.parentElement?.parentElement ?? null;
  if (!near) return null;
  return bylineIn(near, 80) ?? bylineInArticle(h1!, near);
}

/** Past the headline's block, the rest of its <article>: a video page credits its author under the player. */
function bylineInArticle(h1: Element, near: Element): string | null {
  const article = h1.closest('article');
  return article && article !== near && article.contains(near) ? bylineIn(article, 200, near) : null;
}

function bylineIn(scope: Element, max: number, skip: Element | null = null): string | null {
  const candidates = Array.from(scope.querySelectorAll('p, span, div, address, small, li'));
  for (const el of (skip ? candidates.filter((c) => !skip.contains(c)) : candidates).slice(0, max)) {
    if (el.children.length > 6 || inBylineChrome(el)) continue;
    const text = spacedText(el, 160);
    if (text.length < 4 || text.length > 80) continue;
    // The "By …" line may be one field of a meta line: "Trending | By Jane Doe | April 13, 2020".
    const line = text.split(/\s*[|·•]\s*/).find((field) => BY_LINE.test(field) && splitAuthorNames(field).length);
    if (line) return line;
  }
  return null;
}

/**
 * Text with a space between elements: "Veröffentlicht von<a>Chris</a>" must not read "vonChris".
 * Past `max` characters of text the walk stops and the result is '' (too long to be a byline).
 */
export function spacedText(el: Element, max = Infinity): string {
  const parts: string[] = [];
  let length = 0;
  const walk = (node: Node): boolean => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      parts.push(value);
      // Indentation is collapsed later, so only the text itself counts against the limit.
      if (max < Infinity) length += value.trim().length;
      return length <= max;
    }
    if (node.nodeType === 1 && !/^(?:script|style|noscript|template)$/i.test((node as Element).localName)) {
      parts.push(' ');
      for (let c = node.firstChild; c; c = c.nextSibling) if (!walk(c)) return false;
      parts.push(' ');
    }
    return true;
  };
  return walk(el) ? cleanText(parts.join('')) : '';
}

/** rel=author link texts inside the page (not in footers or comment threads). */
export function readRelAuthors(doc: Document): string[] {
  const out: string[] = [];
  for (const a of Array.from(doc.querySelectorAll('a[rel~="author"], [itemprop="author"] [itemprop="name"]'))) {
    if (a.closest(CHROME)) continue;
    const text = cleanText(a.textContent);
    if (text && text.length <= 60 && !out.includes(text)) out.push(text);
  }
  return out;
}

/** <time> elements with a machine-readable date, the published one first. */
export function readTimeElements(doc: Document): { published: string | null; modified: string | null; first: string | null } {
  let published: string | null = null;
  let modified: string | null = null;
  let first: string | null = null;
  // Explicit markup first, then times inside the article; news lists around it carry many other times.
  // Microdata (itemprop) and RDFa (property="schema:dateCreated", Drupal's default markup) say the same thing.
  const groups = [
    '[itemprop="datePublished"], [itemprop="dateModified"], [itemprop="dateCreated"], [property$="datePublished"], [property$="dateModified"], [property$="dateCreated"], time[pubdate]',
    'article time[datetime], main time[datetime]',
    'time[datetime]',
  ];
  // The last two groups match only <time>: on a page without one they are skipped (each is a scan of the page).
  const anyTime = doc.getElementsByTagName('time').length > 0;
  for (const [g, selector] of groups.entries()) {
    if (g > 0 && !anyTime) break;
    for (const t of Array.from(doc.querySelectorAll(selector)).slice(0, 300)) {
      // Explicit date markup may sit in the post's own footer (its meta line), as a byline may.
      if (g === 0 ? inBylineChrome(t) : t.closest(CHROME)) continue;
      const value = t.getAttribute('datetime') ?? t.getAttribute('content') ?? cleanText(t.textContent);
      if (!value) continue;
      const prop = `${t.getAttribute('itemprop') ?? ''} ${t.getAttribute('property') ?? ''} ${t.getAttribute('class') ?? ''} ${t.parentElement?.getAttribute('class') ?? ''}`;
      if (/datePublished|dateCreated|pubdate|publish|posted|created/i.test(prop) || t.hasAttribute('pubdate')) published ??= value;
      else if (/dateModified|updated|modified/i.test(prop)) modified ??= value;
      first ??= value;
    }
    if (published) break;
  }
  return { published, modified, first };
}

// Elements that carry a visible dateline.
const DATELINE = '[class*="date" i], [id*="date" i], [class*="time" i], [class*="publish" i], [class*="posted" i], [class*="meta" i], [class*="byline" i], [class*="author" i], [class*="info" i], [itemprop*="date" i]';

/**
 * A date shown only as text: first one the page labels as published, then in dateline-like elements, then near the
 * top of the article. Comments and footers are skipped (their dates are not the article's).
 */
export function readVisibleDate(
  doc: Document,
  body: { textContent: string; content: Element | null } | null,
  headline: Element | null = null,
  labelled: () => string | null = () => readLabelledDate(doc),
): string | null {
  // A labelled date ("Veröffentlicht am …") says what it is; a dateline element only looks like one.
  return labelled() ?? readDateline(doc, headline) ?? (body ? bodyDateline(body.content) ?? findDateInText(body.textContent.slice(0, 1500)) : null);
}

/**
 * A paragraph near the top of the article that opens with a date: wire copy
 * puts its dateline there, while dates inside sentences and photo captions
 * name other days.
 */
function bodyDateline(content: Element | null): string | null {
  if (!content) return null;
  for (const p of Array.from(content.querySelectorAll('p')).slice(0, 12)) {
    const date = leadingDate(cleanText(p.textContent));
    if (date) return date;
  }
  return null;
}

// Labels of dates that are not the article's: the clock, the reader's last visit, a member's sign-up day.
const OTHER_DAY_LABEL =
  /\b(?:aktuelle zeit|current time|it is currently|es ist|heute ist|today is|letzter besuch|last visit|registriert|registered|joined|member since|mitglied seit|copyright)\b|©/i;

// "Updated …", "Retrieved …": the first date follows a label naming an edit or a citation's access day.
const UPDATE_LABEL = /^(?:[^\d]{0,40}\b)?(?:last\s+)?(?:updated|modified|edited|retrieved|accessed|aktualisiert|geändert|abgerufen|mis à jour|actualizado|aggiornato)\b[^\d]{0,20}\d/i;

function afterUpdateLabel(text: string): boolean {
  return UPDATE_LABEL.test(text);
}

/** Hidden from readers, or marked up as the modified date: not the date the page prints as its own. */
function notPrinted(el: Element): boolean {
  return /(?:^|\s)(?:hidden|d-none|sr-only|visually-hidden)(?:\s|$)/i.test(el.getAttribute('class') ?? '') || el.hasAttribute('hidden') || /modified/i.test(el.getAttribute('itemprop') ?? '');
}

/** In the site's banner, where papers print today's date, not the article's. */
function inSiteHeader(el: Element): boolean {
  const banner = outerMatch(el, 'header, [role="banner"], [id*="header" i], [class*="masthead" i]');
  return !!banner && !banner.closest('article, main, [role="main"]') && !/entry|post|article|story/i.test(`${banner.getAttribute('class') ?? ''} ${banner.id}`);
}

/**
 * The date the page prints as its dateline: in dateline-like elements, or just below the headline.
 * `printedOnly` leaves out dates held in attributes (machine stamps, often the modified one).
 */
export function readDateline(doc: Document, headline: Element | null = null, printedOnly = false): string | null {
  let elements: Element[] = [];
  try {
    elements = Array.from(doc.querySelectorAll(DATELINE)).slice(0, 60);
  } catch {
    elements = [];
  }
  for (const el of elements) {
    if (el.closest(CHROME) || inSiteHeader(el) || el.querySelector('p, article')) continue;
    if (printedOnly && notPrinted(el)) continue;
    // "3 hours ago" widgets keep the real date in an attribute.
    for (const attr of printedOnly ? [] : ['datetime', 'content', 'title', 'data-date', 'data-time']) {
      const value = el.getAttribute(attr);
      const date = value ? parseDate(value) : null;
      if (date) return date;
    }
    const text = cleanText(el.textContent);
    if (text.length > 200 || OTHER_DAY_LABEL.test(text)) continue;
    const date = findDateInText(text);
    if (date && !afterUpdateLabel(text)) return date;
  }
  // Datelines sit just below the headline.
  const h1 = headline ?? doc.querySelector('h1');
  const near: string[] = [];
  // Only the start of each: the next sibling may be the whole article body.
  for (let el = h1?.nextElementSibling ?? null, i = 0; el && i < 4 && near.join(' ').length < 400; el = el.nextElementSibling, i++) {
    if (!(printedOnly && notPrinted(el))) near.push(cleanText((el.textContent ?? '').slice(0, 400)));
  }
  // A line that opens with a date is the dateline; a date inside a caption or sentence is a weaker guess.
  for (const line of near) {
    const date = leadingDate(line);
    if (date) return date;
  }
  return findDateInText(near.filter((line) => !afterUpdateLabel(line)).join(' '));
}
