import type { Pacing } from '../steps';

// A page's HTML in slices: Element.outerHTML of a 1.4 MB page is one task of 25-180 ms in a busy
// browser. Subtrees up to SMALL elements are serialised whole; a larger element is written as its
// own tags around its children, each handled the same way, with a pause whenever a slice is spent.
const SMALL = 400;

/** Whether `el` has more than `limit` descendant elements; stops counting there. */
function hasMoreThan(el: Element, limit: number): boolean {
  let count = 0;
  const stack: Element[] = [el];
  while (stack.length) {
    for (let c = stack.pop()!.firstElementChild; c; c = c.nextElementSibling) {
      if (++count > limit) return true;
      stack.push(c);
    }
  }
  return false;
}

/** `<tag attrs>` of an element, as the browser writes it (a shallow copy's HTML without its end tag). */
function openTag(el: Element): string {
  const html = (el.cloneNode(false) as Element).outerHTML;
  const end = html.lastIndexOf('</');
  return end > 0 ? html.slice(0, end) : html;
}

/** Text as HTML serialisation writes it outside raw-text elements (which are never split here). */
const escapeText = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');

function* pieces(el: Element): Generator<string> {
  if (!el.firstElementChild || !hasMoreThan(el, SMALL)) {
    yield el.outerHTML;
    return;
  }
  const open = openTag(el);
  yield open;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) yield* pieces(n as Element);
    else if (n.nodeType === 3) yield escapeText(n.nodeValue ?? '');
    else if (n.nodeType === 8) yield `<!--${n.nodeValue ?? ''}-->`;
  }
  yield `</${open.slice(1).match(/^[^\s/>]+/)?.[0] ?? el.localName}>`;
}

/**
 * The document's HTML (as `documentElement.outerHTML` gives it), serialised in slices of about
 * `budgetMs` with `pause` between them. Stops early, returning what it has and `cut: true`, once
 * more than `maxChars` are written.
 */
export async function serializeInSlices(doc: Document, options: Pacing & { maxChars: number }): Promise<{ html: string; cut: boolean }> {
  const root = doc.documentElement;
  if (!root) return { html: '', cut: false };
  const out: string[] = [];
  let length = 0;
  let sliceStart = performance.now();
  for (const piece of pieces(root)) {
    out.push(piece);
    length += piece.length;
    if (length > options.maxChars) return { html: out.join(''), cut: true };
    if (performance.now() - sliceStart > options.budgetMs) {
      await options.pause();
      sliceStart = performance.now();
    }
  }
  return { html: out.join(''), cut: false };
}
