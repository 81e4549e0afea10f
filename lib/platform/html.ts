import { parseHTML } from 'linkedom';

/**
 * Parses HTML into a DOM where there is no DOMParser (the service worker, Node).
 * linkedom is small and fast; it is not a browser, so callers only read.
 */
export function parseHtml(html: string): Document {
  // linkedom needs a root element; a fragment or a page without <html> still parses.
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(source);
  return document as unknown as Document;
}
