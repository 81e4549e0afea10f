import type { SourceMeta } from '../schema/check';
import { readBody } from '../extract/body';
import { sourceText } from '../extract/dom/article-text';
import { readMetadata } from '../extract/metadata/read-metadata';
import { readWireCredits } from '../extract/metadata/wire-credit';
import { cleanText } from '../text/clean';
import { primaryLanguage } from '../text/language';

/** A fetched source page, read with the same extractors as the citing page. */
export interface ReadSource {
  meta: SourceMeta;
  /** The address the page declares as its own (rel=canonical, og:url). */
  canonicalUrl: string | null;
  accessibleForFree: boolean | null;
  /** Readability's article text, paragraphs separated by blank lines. */
  text: string;
  /** The page's <title> and first <h1>, for not-found detection. */
  pageTitle: string;
  heading: string;
  /** Visible text length of the whole page. */
  pageTextLength: number;
  /** Classes and ids that mark paywalls ("paywall", "meteredContent"). */
  paywallMarkers: boolean;
}

const PAYWALL_MARKERS = '[class*="paywall" i], [id*="paywall" i], [class*="piano-" i], [class*="meteredContent" i], [class*="subscriber-only" i], [class*="premium-content" i], [data-paywall], .tp-modal, #gateway-content';

export function readSource(doc: Document, url: string): ReadSource {
  const pageTitle = cleanText(doc.querySelector('title')?.textContent);
  const heading = cleanText(doc.querySelector('h1')?.textContent);
  const pageTextLength = cleanText(doc.body?.textContent).length;
  let paywallMarkers = false;
  try {
    paywallMarkers = !!doc.querySelector(PAYWALL_MARKERS);
  } catch {
    paywallMarkers = false;
  }
  const body = readBody(doc);
  const meta = readMetadata(doc, url, body);
  // Tables and definition lists as statements with their headers and units.
  const text = body?.content ? sourceText(body.content) : (body?.text ?? '');
  return {
    meta: {
      title: meta.title,
      byline: meta.byline,
      authors: meta.authors,
      siteName: meta.siteName,
      publishedTime: meta.publishedTime,
      lang: primaryLanguage(meta.lang),
      publishedFrom: meta.from.publishedTime ?? null,
      wire: readWireCredits(meta, text),
    },
    canonicalUrl: meta.canonicalUrl,
    accessibleForFree: meta.accessibleForFree,
    // Readability's article, one paragraph per block, furniture and captions left out.
    text,
    pageTitle,
    heading,
    pageTextLength,
    paywallMarkers,
  };
}

