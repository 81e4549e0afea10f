import type { Extraction } from '../schema/extraction';
import { primaryLanguage } from '../text/language';
import { looksLikeArticle, readBody } from './body';
import { collectClaims } from './claims';
import { readBlocks } from './dom/blocks';
import { findContentRoot } from './dom/content-root';
import { readMetadata } from './metadata/read-metadata';
import { baseUrlOf, readBodyText } from './page-text';
import { collectSources } from './sources';

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
      /** Extra metadata the checker uses on sources (paywall flag). */
      accessibleForFree: boolean | null;
      /** Readability's plain text of the body (for summaries of sources). */
      text: string;
    }
  | { ok: false; reason: 'not-article'; detail: string };

/**
 * Reads an article page: metadata, cited sources with their attribution, and
 * the claims attributed to sources. Takes the document as a parameter so the
 * content script, the background worker and the CLI run the same code.
 */
export function extractArticle(doc: Document, pageUrl: string, options: ExtractOptions = {}): ExtractOutcome {
  const readerable = looksLikeArticle(doc);
  if (!readerable && !options.force) {
    return { ok: false, reason: 'not-article', detail: notArticleDetail(doc) };
  }
  const body = readBody(doc);
  if (!body && !options.force) {
    return { ok: false, reason: 'not-article', detail: 'Reader view finds no article text on this page.' };
  }
  const meta = readMetadata(doc, pageUrl, body);
  const lang = primaryLanguage(meta.lang);
  const root = findContentRoot(doc);
  const text = readBodyText(readBlocks(root), baseUrlOf(doc, pageUrl), lang);
  const occurrences = collectSources(text, pageUrl, lang);
  const sources = occurrences.map((o) => o.source);
  const claims = collectClaims(text, sources, lang);
  const { accessibleForFree, from: _from, ...article } = meta;
  return {
    ok: true,
    extraction: {
      article,
      sources,
      claims,
      readerable,
      bodyLength: (body?.text ?? '').replace(/\s+/g, '').length,
    },
    anchors: new Map(occurrences.map((o) => [o.source.url, o.anchors])),
    accessibleForFree,
    text: body?.text ?? '',
  };
}

function notArticleDetail(doc: Document): string {
  const paragraphs = Array.from(doc.querySelectorAll('p')).filter((p) => (p.textContent ?? '').trim().length >= 80).length;
  return paragraphs === 0
    ? 'The page has no paragraphs of running text.'
    : `The page has only ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'} of running text; it looks like an index or app page, not an article.`;
}
