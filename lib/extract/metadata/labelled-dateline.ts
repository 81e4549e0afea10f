import { labelledDate } from '../../text/labelled-date';

// Comment threads, teaser lists and widgets label their own entries' dates ("Posted on …").
const OTHER_ENTRIES = /comment|related|teaser|widget|recommend/i;
const NOT_TEXT = /^(?:script|style|noscript|template|nav|aside|select|option|button)$/;

/**
 * The publication date the page states in words ("Erschienen am: 13.10.2021"),
 * wherever it is printed: many CMS templates put it in a box beside or below
 * the article rather than under the headline.
 */
export function readLabelledDate(doc: Document): string | null {
  const root = doc.body;
  return root ? labelledDate(articleSideText(root)) : null;
}

/** The page's text with spaces between elements, leaving out code and other entries' boxes. */
function articleSideText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (NOT_TEXT.test(el.localName) || OTHER_ENTRIES.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) return;
    parts.push(' ');
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    parts.push(' ');
  };
  walk(root);
  return parts.join('').replace(/\s+/g, ' ');
}
