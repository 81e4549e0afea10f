import { Readability } from '@mozilla/readability';
import { articleBlocks, articleText } from './dom/article-text';
import { readBlocks } from './dom/blocks';
import { findContentRoot } from './dom/content-root';

/** What Readability makes of a page: its metadata guesses and the article text. */
export interface ReadabilityBody {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  /** Readability's own text of the article (whitespace as in the page): cheap, for samples. */
  textContent: string;
  /** The article's text, one paragraph per block, furniture and captions left out (built on first read). */
  readonly text: string;
  /** The cleaned article element (detached; from the clone). */
  content: Element | null;
  /** Anchors of the original document that Readability kept in the article. */
  keptAnchors: Element[];
}

const MARK = 'data-source-lens-i';
const MAX_READABILITY_ELEMENTS = 15_000;
// Readability walks ancestors for every node: a hostile page nested thousands deep would stall it.
const MAX_DEPTH = 300;

function deeperThan(root: Element | null, limit: number): boolean {
  let depth = 0;
  for (let el = root?.firstElementChild ?? null; el; el = el.firstElementChild) if (++depth > limit) return true;
  const stack: [Element, number][] = root ? [[root, 0]] : [];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    if (d > limit) return true;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return false;
}

/** The article text of a very large page, from the content root's non-chrome blocks. */
function readLargeBody(doc: Document): ReadabilityBody | null {
  const root = findContentRoot(doc);
  const blocks = articleBlocks(readBlocks(root), root).filter((b) => b.kind !== 'cell');
  if (!blocks.length) return null;
  // Without Readability there is one text: the blocks, a paragraph each.
  const text = blocks.map((b) => b.text).join('\n\n');
  return {
    title: null,
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: null,
    excerpt: null,
    textContent: text,
    text,
    content: null,
    keptAnchors: [],
  };
}

/**
 * Runs Readability on a clone, so the reader's page is never touched.
 * Returns null when Readability finds no article.
 */
export function readBody(doc: Document): ReadabilityBody | null {
  // Readability slows down sharply on huge DOMs (a 30,000-cell table takes seconds);
  // past this size our own one-pass reader gives the text instead.
  if (doc.querySelectorAll('*').length > MAX_READABILITY_ELEMENTS || deeperThan(doc.body, MAX_DEPTH)) return readLargeBody(doc);
  const clone = doc.cloneNode(true) as Document;
  // Number the clone's anchors so the article Readability returns can be mapped
  // back to the reader's page (the clone has the same anchors in the same order).
  const originals = doc.getElementsByTagName('a');
  const copies = clone.getElementsByTagName('a');
  for (let i = 0; i < copies.length; i++) copies[i]!.setAttribute(MARK, String(i));
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    // Class names are kept so that chrome Readability let through can still be recognised.
    parsed = new Readability<Element>(clone, { serializer: (el) => el as Element, keepClasses: true }).parse();
  } catch {
    return null;
  }
  if (!parsed) return null;
  const content = parsed.content ?? null;
  let text: string | undefined;
  return {
    title: parsed.title || null,
    byline: parsed.byline || null,
    siteName: parsed.siteName || null,
    publishedTime: parsed.publishedTime || null,
    lang: parsed.lang || null,
    excerpt: parsed.excerpt || null,
    textContent: parsed.textContent ?? '',
    // Only source pages (summaries) and the body evaluation need it: the article's own extraction does not.
    get text() {
      text ??= content ? articleText(content) : (parsed.textContent ?? '');
      return text;
    },
    content,
    keptAnchors: content ? keptOriginals(content, originals) : [],
  };
}

/** The reader's anchors behind the marked copies Readability kept. */
function keptOriginals(content: Element, originals: HTMLCollectionOf<Element>): Element[] {
  const kept: Element[] = [];
  // getElementsByTagName, not an attribute selector: nothing to compile or match per element.
  for (const a of Array.from(content.getElementsByTagName('a'))) {
    const original = originals[Number(a.getAttribute(MARK) ?? NaN)];
    if (original) kept.push(original);
  }
  return kept;
}
