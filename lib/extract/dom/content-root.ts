import { visibleLength } from '../../text/whitespace';
import { isChromeElement } from './chrome';
import { titledStory } from './titled-story';

// Where publishers put the article text; checked before any scoring.
const KNOWN_BODY = [
  '[itemprop="articleBody"]',
  '[data-testid="article-body"]',
  '.article-body', '.article__body', '.articleBody', '.article-content', '.article__content', '.article-text',
  '.story-body', '.story-content', '.story__body', '.entry-content', '.post-content', '.post-body', '.post__content',
  '.c-entry-content', '.rich-text', '.body-content', '.content-ungated', '.wysiwyg', '#article-body', '#articleBody',
  '#js_content', '.TRS_Editor', '#artibody', '.article_content', '#content_main', '.main-text', '.caas-body',
].join(',');

const PARAGRAPHS = 'p, pre, blockquote, li, td, dd';

function textLength(el: Element, enough = Infinity): number {
  return visibleLength(el.textContent ?? '', enough);
}

/** Whether an element sits in chrome below `stop`; ancestors are judged once and remembered. */
function chromeChecker(stop: Element | null): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  const check = (el: Element | null): boolean => {
    if (!el || el === stop) return false;
    let v = memo.get(el);
    if (v === undefined) memo.set(el, (v = isChromeElement(el) || check(el.parentElement)));
    return v;
  };
  return check;
}

/**
 * The element that holds the article's text. Known containers first; otherwise
 * the ancestor that gathers most paragraph text (Readability's idea, kept cheap:
 * one pass over paragraphs, no DOM changes).
 */
export function findContentRoot(doc: Document): Element {
  const steps = contentRootSteps(doc);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

// Paragraphs read between two yields: on a 1.4 MB page the whole pass takes 30-70 ms.
const PARAGRAPHS_PER_STEP = 100;

/** `findContentRoot` as steps (it yields every PARAGRAPHS_PER_STEP paragraphs), for the page-load scan's slices. */
export function* contentRootSteps(doc: Document): Generator<void, Element> {
  const body = doc.body ?? doc.documentElement;
  if (!body) throw new Error('document has no body');
  const inChrome = chromeChecker(body);

  const scores = new Map<Element, number>();
  const prose: Prose[] = [];
  let total = 0;
  // Stories come from the same pass as paragraphs: one walk of the document, not two.
  const found = Array.from(body.querySelectorAll(`${PARAGRAPHS}, article`));
  const stories = found.filter((el) => el.localName === 'article');
  const paragraphs = stories.length ? found.filter((el) => el.localName !== 'article') : found;
  for (const [i, p] of paragraphs.slice(0, 5000).entries()) {
    if (i % PARAGRAPHS_PER_STEP === PARAGRAPHS_PER_STEP - 1) yield;
    const len = textLength(p);
    if (len < 25) continue;
    // getElementsByTagName, not querySelector: no selector to compile for each of thousands of paragraphs.
    if (p.localName !== 'p' && p.getElementsByTagName('p').length) continue; // the inner <p>s count instead
    if (inChrome(p)) continue;
    let links = 0;
    for (const a of Array.from(p.getElementsByTagName('a'))) links += textLength(a);
    if (links / len > 0.6) continue; // a list of links, not prose
    const weight = Math.min(len, 800) * (1 - links / len);
    total += weight;
    prose.push({ p, weight });
    let level = 0;
    for (let cur = p.parentElement; cur && level < 3; cur = cur.parentElement, level++) {
      scores.set(cur, (scores.get(cur) ?? 0) + weight / (level === 0 ? 1 : level * 2));
      if (cur === body) break;
    }
  }

  const known = Array.from(body.querySelectorAll(KNOWN_BODY)).filter((el) => !inChrome(el));
  for (const el of known) {
    // A known container counts when it holds a good part of the prose.
    if (textLength(el, 141) > 140 && (total === 0 || proseIn(el, prose) >= total * 0.3)) return inTitledStory(doc, widen(el, prose, total), stories, scores, prose, total);
  }

  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (!best) return doc.querySelector('article, main, [role="main"]') ?? body;
  return inTitledStory(doc, widen(best, prose, total), stories, scores, prose, total);
}

/** On a page of several stories, the root moved into the story the page is about. */
function inTitledStory(doc: Document, root: Element, stories: Element[], scores: Map<Element, number>, prose: Prose[], total: number): Element {
  if (stories.length < 2) return root;
  const withProse = new Set<Element>();
  for (const { p } of prose) for (let a = p.closest('article'); a && !withProse.has(a); a = a.parentElement?.closest('article') ?? null) withProse.add(a);
  const story = titledStory(doc, root, stories, (s) => withProse.has(s));
  if (!story) return root;
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore && story.contains(el)) {
      best = el;
      bestScore = score;
    }
  }
  return best ? widen(best, prose, total, story) : story;
}

interface Prose {
  p: Element;
  weight: number;
}

/** The weight of prose paragraphs inside `el`. */
function proseIn(el: Element, prose: Prose[]): number {
  let w = 0;
  for (const { p, weight } of prose) if (el === p || el.contains(p)) w += weight;
  return w;
}

/**
 * Climbs while the parent gathers clearly more prose than the candidate —
 * articles whose paragraphs are split across sibling containers — but not past `stop`.
 */
function widen(el: Element, prose: Prose[], total: number, stop: Element | null = null): Element {
  let cur = el;
  let mine = proseIn(cur, prose);
  for (let i = 0; i < 3 && cur !== stop; i++) {
    const parent = cur.parentElement;
    if (!parent || parent.localName === 'body' || parent.localName === 'html') break;
    const theirs = proseIn(parent, prose);
    if (theirs > mine * 1.25 && theirs <= total) {
      cur = parent;
      mine = theirs;
    } else break;
  }
  return cur;
}
