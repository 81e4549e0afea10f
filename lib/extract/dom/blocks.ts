import { isSpace } from '../../text/whitespace';
import { isChromeElement } from './chrome';

/** A run of text the reader sees as one unit (a paragraph, list item, heading…), with its links. */
export interface Block {
  el: Element;
  kind: 'paragraph' | 'heading' | 'list-item' | 'quote' | 'caption' | 'cell' | 'other';
  /** Whitespace-collapsed text. */
  text: string;
  links: LinkSpan[];
  /** Inside page chrome (navigation, share bar, related stories…). */
  chrome: boolean;
  /** The text of the nearest heading before this block, for "Related" / "References" lists. */
  heading: string | null;
}

export interface LinkSpan {
  a: Element;
  /** Offsets of the anchor text within the block's text. */
  start: number;
  end: number;
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'math', 'object', 'embed', 'canvas', 'video', 'audio', 'select', 'textarea', 'input', 'head']);
const BLOCK_KIND: Record<string, Block['kind']> = {
  p: 'paragraph', div: 'other', section: 'other', article: 'other', main: 'other',
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'list-item', dd: 'list-item', dt: 'list-item',
  blockquote: 'quote', figcaption: 'caption', caption: 'caption',
  td: 'cell', th: 'cell', pre: 'paragraph', address: 'other', header: 'other', footer: 'other',
  ul: 'other', ol: 'other', dl: 'other', table: 'other', tr: 'other', tbody: 'other', figure: 'other', aside: 'other', nav: 'other', form: 'other', body: 'other',
};
const BREAK = new Set(['br', 'hr']);

interface Builder {
  el: Element;
  kind: Block['kind'];
  parts: string[];
  length: number;
  links: LinkSpan[];
  /** Anchors open at this point, with where they started in this builder. */
  open: Map<Element, number>;
  chrome: boolean;
}

/**
 * Splits `root` into blocks of text in reading order, recording where each link
 * sits in its block's text. Chrome is marked, not dropped, so that callers can
 * tell "in a share bar" from "not on the page".
 */
export function readBlocks(root: Element, maxBlocks = 20000): Block[] {
  const blocks: Block[] = [];
  let heading: string | null = null;
  const stack: Builder[] = [];
  const anchors: Element[] = [];

  const emit = (b: Builder) => {
    for (const [a, start] of b.open) b.links.push({ a, start, end: b.length });
    const raw = b.parts.join('');
    if (blocks.length < maxBlocks && /[\p{L}\p{N}]/u.test(raw)) {
      const collapsed = raw.replace(/\s+/g, ' ');
      const lead = collapsed.length - collapsed.trimStart().length;
      const text = collapsed.trim();
      // Offsets were counted on the raw text; re-map them after collapsing whitespace
      // (no runs of whitespace: collapsing kept every offset where it was).
      const map = b.links.length && collapsed.length !== raw.length ? collapseMap(raw) : null;
      const at = (offset: number) => (map ? map[offset]! : offset) - lead;
      const links = b.links
        .map((l) => ({ a: l.a, start: Math.max(0, at(l.start)), end: Math.min(text.length, at(l.end)) }))
        .filter((l) => l.end > l.start);
      blocks.push({ el: b.el, kind: b.kind, text, links, chrome: b.chrome, heading: b.kind === 'heading' ? null : heading });
      if (b.kind === 'heading') heading = text;
    }
    b.parts = [];
    b.length = 0;
    b.links = [];
    b.open = new Map(anchors.map((a) => [a, 0]));
  };
  const append = (s: string) => {
    const top = stack[stack.length - 1]!;
    top.parts.push(s);
    top.length += s.length;
  };

  const walk = (node: Node, inChrome: boolean, depth: number) => {
    // Hostile pages nest thousands deep; nothing readable lives down there.
    if (blocks.length >= maxBlocks || depth > 400) return;
    if (node.nodeType === 3) {
      append(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.localName;
    if (SKIP.has(tag)) return;
    if (BREAK.has(tag)) {
      append(' ');
      return;
    }
    const chrome = inChrome || isChromeElement(el);
    const kind = BLOCK_KIND[tag];
    if (kind) {
      // A block ends the text run around it: what came before is a block of its own.
      emit(stack[stack.length - 1]!);
      stack.push({ el, kind, parts: [], length: 0, links: [], open: new Map(anchors.map((a) => [a, 0])), chrome });
      for (let c = el.firstChild; c; c = c.nextSibling) walk(c, chrome, depth + 1);
      emit(stack.pop()!);
      return;
    }
    if (tag === 'a') {
      const top = stack[stack.length - 1]!;
      anchors.push(el);
      top.open.set(el, top.length);
      for (let c = el.firstChild; c; c = c.nextSibling) walk(c, chrome, depth + 1);
      anchors.pop();
      const now = stack[stack.length - 1]!;
      const start = now.open.get(el);
      now.open.delete(el);
      if (start !== undefined) now.links.push({ a: el, start, end: now.length });
      return;
    }
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c, chrome, depth + 1);
  };

  const rootChrome = isChromeElement(root);
  stack.push({ el: root, kind: outerKind(root), parts: [], length: 0, links: [], open: new Map(), chrome: rootChrome });
  for (let c = root.firstChild; c; c = c.nextSibling) walk(c, rootChrome, 0);
  emit(stack.pop()!);
  return blocks;
}

function outerKind(el: Element): Block['kind'] {
  return BLOCK_KIND[el.localName] ?? 'other';
}

/** For each offset of `raw`, its offset after whitespace runs are collapsed to one space. */
function collapseMap(raw: string): Int32Array {
  const map = new Int32Array(raw.length + 1);
  let out = 0;
  let prevSpace = false;
  for (let i = 0; i < raw.length; i++) {
    map[i] = out;
    const space = isSpace(raw.charCodeAt(i));
    if (!(space && prevSpace)) out++;
    prevSpace = space;
  }
  map[raw.length] = out;
  return map;
}
