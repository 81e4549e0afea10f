// The readerable test alone (3 kB), not the package's index, which brings all of Readability: this
// gate runs in the script injected into every page (entrypoints/page-reader.ts).
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { charWeight } from '../text/script';

// Readability's thresholds, in Latin characters: a paragraph counts from 120, the page from a score of 20.
const MIN_PARAGRAPH = 120;
const MIN_SCORE = 20;

/** The text of the page's first paragraphs, enough to tell its script. */
function paragraphSample(doc: Document): string {
  let text = '';
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    text += p.textContent ?? '';
    if (text.length > 3000) break;
  }
  return text;
}

/**
 * Cheap check made at page load: does this page look like an article at all?
 * Readability's test counts characters; a character of Chinese, Japanese or
 * Korean carries several Latin ones, so on such pages the thresholds shrink by
 * that weight w (paragraph ≥ 120/w; √(w·len − 120) summed ≥ 20 ⇔ √(len − 120/w) summed ≥ 20/√w).
 */
export function looksLikeArticle(doc: Document): boolean {
  try {
    if (isProbablyReaderable(doc, { minContentLength: MIN_PARAGRAPH, minScore: MIN_SCORE })) return true;
    const weight = charWeight(paragraphSample(doc));
    if (weight === 1) return false;
    return isProbablyReaderable(doc, { minContentLength: Math.ceil(MIN_PARAGRAPH / weight), minScore: MIN_SCORE / Math.sqrt(weight) }) || hasProseRun(doc, weight);
  } catch {
    return false;
  }
}

// A body told in many short paragraphs, as CJK blogs and news often write one sentence a line:
// this much running text (in Latin characters) under one parent, in at least this many paragraphs.
const PROSE_RUN = 1200;
const PROSE_PARAGRAPHS = 5;

/** Paragraphs of one container that add up to an article, outside lists and page chrome. */
function hasProseRun(doc: Document, weight: number): boolean {
  const runs = new Map<Element, { length: number; count: number }>();
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const parent = p.parentElement;
    if (!parent || p.closest('li, nav, header, footer, aside, form')) continue;
    const length = (p.textContent ?? '').trim().length * weight;
    if (length < 30) continue;
    const run = runs.get(parent) ?? { length: 0, count: 0 };
    run.length += length;
    run.count++;
    if (run.length >= PROSE_RUN && run.count >= PROSE_PARAGRAPHS) return true;
    runs.set(parent, run);
  }
  return false;
}
