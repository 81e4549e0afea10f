import type { AnchorRef } from '../../schema/anchor';

// The worker reads a serialised copy of the page; the badges go on the live page. Both number the
// page's <a> elements in document order, which serialising and parsing again keeps (the parts that
// parse differently, <noscript> and <template>, are dropped before the copy is parsed: page-copy.ts).
const LINK = 'a';
const MAX_HREF = 8192;

/** The positions of the anchors in `doc` (a parsed copy of the page) for each source URL. */
export function anchorRefs(doc: Document, anchors: ReadonlyMap<string, readonly Element[]>): Map<string, AnchorRef[]> {
  const position = new Map<Element, number>();
  doc.querySelectorAll(LINK).forEach((a, i) => position.set(a, i));
  const out = new Map<string, AnchorRef[]>();
  for (const [url, list] of anchors) {
    const refs: AnchorRef[] = [];
    for (const a of list) {
      const index = position.get(a);
      const href = a.getAttribute('href');
      // An anchor outside the document (Readability's clone) or with an absurd href gets no badge.
      if (index !== undefined && href !== null && href.length <= MAX_HREF) refs.push({ index, href });
    }
    out.set(url, refs);
  }
  return out;
}

/**
 * Finds the live page's anchors for refs made on its copy: by position when the href there still
 * matches, else an anchor with that href not already taken (the page changed meanwhile).
 */
export function anchorResolver(links: readonly Element[]): (refs: readonly AnchorRef[]) => Element[] {
  const taken = new Set<Element>();
  // Built only when a position no longer matches, so a changed page costs one pass, not one per link.
  let byHref: Map<string, Element[]> | null = null;
  const withHref = (href: string) => {
    if (!byHref) {
      byHref = new Map();
      for (const a of links) {
        const h = a.getAttribute('href');
        if (h === null) continue;
        const same = byHref.get(h);
        if (same) same.push(a);
        else byHref.set(h, [a]);
      }
    }
    return byHref.get(href)?.find((a) => !taken.has(a));
  };
  return (refs) => {
    const out: Element[] = [];
    for (const { index, href } of refs) {
      const at = links[index];
      const found = at && !taken.has(at) && at.getAttribute('href') === href ? at : withHref(href);
      if (!found) continue;
      taken.add(found);
      out.push(found);
    }
    return out;
  };
}

/** The live page's anchors, numbered as anchorRefs numbers them. */
export function pageLinks(doc: Document): Element[] {
  return [...doc.querySelectorAll(LINK)];
}
