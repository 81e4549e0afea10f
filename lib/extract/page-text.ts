import { splitSentences, type SentenceSpan } from '../text/sentences';
import { cleanText } from '../text/clean';
import { elementsByTag } from './dom/by-tag';
import { isChromeLink, isSelfLinkList } from './dom/chrome';
import type { Block } from './dom/blocks';
import { normalizeLink, siteOf, type LinkTarget } from './links/normalize-url';

/** A link as it sits in a sentence of the article body. */
export interface SentenceLink extends LinkTarget {
  a: Element;
  text: string;
  /** Offsets within the sentence. */
  start: number;
  end: number;
  imageOnly: boolean;
}

export interface Sentence extends SentenceSpan {
  /** Index of the block (paragraph) in the body. */
  block: number;
  links: SentenceLink[];
}

export interface BodyText {
  blocks: Block[];
  sentences: Sentence[];
  /** Sentence indices per block. */
  byBlock: number[][];
}

/** The page's base URL: <base href> resolved against the address. */
export function baseUrlOf(doc: Document, pageUrl: string): string {
  const href = elementsByTag(doc, 'base').find((b) => b.hasAttribute('href'))?.getAttribute('href');
  if (!href) return pageUrl;
  try {
    return new URL(href, pageUrl).href;
  } catch {
    return pageUrl;
  }
}

/**
 * Splits the article's non-chrome blocks into sentences and places each body
 * link in its sentence, with its normalised URL. Chrome links are dropped here.
 */
export function readBodyText(blocks: Block[], base: string, lang: string | null, pageUrl: string = base): BodyText {
  const steps = bodyTextSteps(blocks, base, lang, pageUrl);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** The same, yielding after each block, for work done in slices at page load. */
export function* bodyTextSteps(blocks: Block[], base: string, lang: string | null, pageUrl: string = base): Generator<void, BodyText> {
  const sentences: Sentence[] = [];
  const byBlock: number[][] = [];
  let pageSite = '';
  try {
    pageSite = siteOf(new URL(pageUrl).hostname);
  } catch {
    pageSite = '';
  }
  const ours = (host: string) => host === 'relative.invalid' || siteOf(host) === pageSite;
  const listVerdict = new Map<Element, boolean>();
  const inSelfList = (el: Element) => {
    const list = el.closest('ul, ol');
    if (!list) return false;
    let v = listVerdict.get(list);
    if (v === undefined) listVerdict.set(list, (v = isSelfLinkList(list, ours)));
    return v;
  };
  for (let bi = 0; bi < blocks.length; bi++) {
    const block = blocks[bi]!;
    const ids: number[] = [];
    byBlock.push(ids);
    if (block.chrome || (block.kind === 'list-item' && inSelfList(block.el))) continue;
    yield;
    const spans = splitSentences(block.text, lang);
    const links = block.links
      .map((l) => {
        const target = normalizeLink(l.a.getAttribute('href'), base);
        if (!target || isChromeLink(l.a, target, block.text)) return null;
        const text = cleanText(block.text.slice(l.start, l.end));
        const imageOnly = !text && !!l.a.querySelector('img, picture, svg, video');
        return { a: l.a, ...target, text: text || cleanText(l.a.getAttribute('title') ?? l.a.querySelector('img')?.getAttribute('alt') ?? ''), start: l.start, end: l.end, imageOnly };
      })
      .filter((l): l is NonNullable<typeof l> => !!l);
    let placed = 0;
    for (const span of spans.length ? spans : [{ text: block.text, start: 0, end: block.text.length }]) {
      const inside: SentenceLink[] = [];
      for (const l of links) {
        if (l.start < span.start || l.start >= span.end) continue;
        inside.push({ ...l, start: l.start - span.start, end: Math.min(l.end, span.end) - span.start });
        placed++;
      }
      ids.push(sentences.length);
      sentences.push({ text: span.text, start: span.start, end: span.end, block: bi, links: inside });
    }
    if (placed === links.length || !ids.length) continue;
    // A link whose text is empty (image link) sits at the block's end: give it the last sentence.
    const last = sentences[ids[ids.length - 1]!]!;
    const seen = new Set(ids.flatMap((i) => sentences[i]!.links.map((l) => l.a)));
    for (const l of links) if (!seen.has(l.a)) last.links.push({ ...l, start: last.text.length, end: last.text.length });
  }
  return { blocks, sentences, byBlock };
}
