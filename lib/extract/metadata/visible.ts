import { cleanText } from '../../text/clean';

// Elements that usually carry the byline or the dateline.
const BYLINE_SELECTOR = [
  '[itemprop="author"]',
  '[rel="author"]',
  '[class*="byline" i]',
  '[class*="author" i]',
  '[id*="byline" i]',
  '[class*="writer" i]',
  '[data-testid*="byline" i]',
  'address',
].join(',');

const CHROME = 'footer, nav, aside, [class*="comment" i], [class*="related" i], [class*="footer" i]';

/** The byline as the page shows it, if a byline-like element holds one. */
export function readVisibleByline(doc: Document): string | null {
  let candidates: Element[];
  try {
    candidates = Array.from(doc.querySelectorAll(BYLINE_SELECTOR)).slice(0, 40);
  } catch {
    return null;
  }
  for (const el of candidates) {
    if (el.closest(CHROME)) continue;
    // Author bios and boxes with many links are not bylines.
    if (el.querySelectorAll('a').length > 4 || el.querySelectorAll('p').length > 1) continue;
    const text = cleanText(el.textContent);
    if (!text || text.length > 120 || text.length < 2) continue;
    if (/^(?:share|follow|comments?|more)\b/i.test(text)) continue;
    return text;
  }
  return null;
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
  for (const t of Array.from(doc.querySelectorAll('time[datetime], [itemprop="datePublished"], [itemprop="dateModified"]')).slice(0, 50)) {
    if (t.closest(CHROME)) continue;
    const value = t.getAttribute('datetime') ?? t.getAttribute('content') ?? cleanText(t.textContent);
    if (!value) continue;
    const prop = (t.getAttribute('itemprop') ?? '') + ' ' + (t.getAttribute('class') ?? '') + ' ' + (t.parentElement?.getAttribute('class') ?? '');
    if (/datePublished|pubdate|publish|posted|created/i.test(prop) || t.hasAttribute('pubdate')) published ??= value;
    else if (/dateModified|updated|modified/i.test(prop)) modified ??= value;
    first ??= value;
  }
  return { published, modified, first };
}
