import type { Extraction } from '../schema/extraction';
import type { ReportWhy } from '../schema/report';
import { primaryLanguage } from '../text/language';
import { charWeight } from '../text/script';
import { forgetSentences } from '../text/sentence-memo';
import { looksLikeArticle } from './article-gate';
import { readBody } from './body';
import { claimSteps } from './claims';
import { attachEntries, readReferences } from './references/read-references';
import { readBlocks, type Block } from './dom/blocks';
import { isInChrome } from './dom/chrome';
import { contentRootSteps } from './dom/content-root';
import { withOutsideSources } from './dom/outside-body';
import { inOtherStory } from './dom/titled-story';
import { readMetadata } from './metadata/read-metadata';
import { baseUrlOf, bodyTextSteps } from './page-text';
import { sourceSteps } from './sources';
import { normalizeUrl } from './links/normalize-url';
import { runInSlices, runToEnd, type Pacing, type Steps } from './steps';

export interface ExtractOptions {
  /** Analyse even when the page does not look like an article ("analyse anyway"). */
  force?: boolean;
}

export type ExtractOutcome =
  | {
      ok: true;
      extraction: Extraction;
      /** The page's anchors for each source URL, for inline badges. */
      anchors: Map<string, Element[]>;
    }
  | { ok: false; reason: 'not-article'; detail: string; why: ReportWhy };

/**
 * Reads an article page: metadata, cited sources with their attribution, and
 * the claims attributed to sources. Takes the document as a parameter so the
 * content script, the background worker and the CLI run the same code.
 */
export function extractArticle(doc: Document, pageUrl: string, options: ExtractOptions = {}): ExtractOutcome {
  return runToEnd(extractionSteps(doc, pageUrl, options));
}

/** The same in slices of about `budgetMs`, pausing between them: how the content script runs it on the reader's page. */
export function extractArticleInSlices(doc: Document, pageUrl: string, options: ExtractOptions & Pacing): Promise<ExtractOutcome> {
  return runInSlices(extractionSteps(doc, pageUrl, options), options);
}

/** The extraction as steps: it yields between stages and inside the long ones. */
function* extractionSteps(doc: Document, pageUrl: string, options: ExtractOptions): Steps<ExtractOutcome> {
  forgetSentences();
  const readerable = looksLikeArticle(doc);
  if (!readerable && !options.force) {
    return { ok: false, reason: 'not-article', ...notArticle(doc) };
  }
  yield;
  const body = readBody(doc);
  if (!body && !options.force) {
    return { ok: false, reason: 'not-article', detail: 'Reader view finds no article text on this page.', why: { code: 'no-reader-text' } };
  }
  yield;
  const meta = readMetadata(doc, pageUrl, body);
  const lang = primaryLanguage(meta.lang);
  yield;
  const root = yield* contentRootSteps(doc);
  const own = readBlocks(root);
  yield;
  const blocks = withReadabilityBlocks(withOutsideSources(own, root), root, body?.keptAnchors ?? []);
  yield;
  const text = yield* bodyTextSteps(blocks, baseUrlOf(doc, pageUrl), lang, pageUrl);
  const occurrences = yield* sourceSteps(text, pageUrl, lang);
  const sources = occurrences.map((o) => o.source);
  const references = readReferences(text, normalizeUrl(pageUrl, pageUrl) ?? pageUrl);
  attachEntries(sources, references);
  yield;
  const claims = yield* claimSteps(text, sources, lang, references);
  const { accessibleForFree: _free, jsonLdCredits: _credits, from, ...rest } = meta;
  const article = { ...rest, publishedFrom: from.publishedTime ?? null };
  return {
    ok: true,
    extraction: {
      article,
      sources,
      claims,
      readerable,
    },
    anchors: new Map(occurrences.map((o) => [o.source.url, o.anchors])),
  };
}

const BLOCK_TAGS = new Set(['p', 'li', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'dd', 'dt', 'figcaption', 'pre']);

/**
 * Readability's article is a second opinion on what the body is: paragraphs it
 * kept outside our content root (articles split over sibling containers) are
 * added, unless they sit in page chrome or in another story of the page.
 * Blocks stay in document order.
 */
function withReadabilityBlocks(blocks: Block[], root: Element, kept: Element[]): Block[] {
  const extra: Element[] = [];
  for (const a of kept) {
    if (root.contains(a)) continue;
    let block: Element | null = a.parentElement;
    while (block && !BLOCK_TAGS.has(block.localName)) block = block.parentElement;
    if (!block || extra.includes(block) || isInChrome(block) || inOtherStory(block, root)) continue;
    extra.push(block);
  }
  if (!extra.length) return blocks;
  const added = extra.flatMap((el) => readBlocks(el).filter((b) => !b.chrome));
  const all = [...blocks, ...added];
  const order = documentOrder(all.map((b) => b.el));
  return all.sort((x, y) => order.get(x.el)! - order.get(y.el)!);
}

function documentOrder(elements: Element[]): Map<Element, number> {
  const wanted = new Set(elements);
  const order = new Map<Element, number>();
  const doc = elements[0]?.ownerDocument;
  if (!doc) return order;
  // querySelectorAll, not getElementsByTagName('*'): linkedom answers the latter with nothing.
  const all = doc.querySelectorAll('*');
  for (let i = 0; i < all.length && order.size < wanted.size; i++) if (wanted.has(all[i]!)) order.set(all[i]!, i);
  return order;
}

function notArticle(doc: Document): { detail: string; why: ReportWhy } {
  // 80 Latin characters, fewer in scripts that carry more per character.
  const paragraphs = Array.from(doc.querySelectorAll('p')).filter((p) => {
    const text = (p.textContent ?? '').trim();
    return text.length * charWeight(text) >= 80;
  }).length;
  return paragraphs === 0
    ? { detail: 'The page has no paragraphs of running text.', why: { code: 'no-paragraphs' } }
    : {
        detail: `The page has only ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'} of running text; it looks like an index or app page, not an article.`,
        why: { code: 'few-paragraphs', count: paragraphs },
      };
}
