import { parseHTML } from 'linkedom';
import { trimLongAttributes } from '../check/trim-html';

/** Thrown when a page cannot be turned into a DOM; the message is a reason a reader understands. */
export class HtmlParseError extends Error {}

/**
 * Parses HTML into a DOM where there is no DOMParser (the service worker, Node).
 * linkedom is small and fast; it is not a browser, so callers only read.
 * Pathologically long attributes are cut first (they overflow its stack).
 */
export function parseHtml(html: string): Document {
  const trimmed = trimLongAttributes(html);
  // linkedom needs a root element; a fragment or a page without <html> still parses.
  const source = /<html[\s>]/i.test(trimmed) ? trimmed : `<!doctype html><html><head></head><body>${trimmed}</body></html>`;
  try {
    return parseHTML(source).document as unknown as Document;
  } catch (e) {
    const why = e instanceof RangeError ? 'its markup is too large or too deeply nested to read' : `the HTML parser failed: ${e instanceof Error ? e.message : String(e)}`;
    throw new HtmlParseError(`the page could not be parsed (${why})`);
  }
}
