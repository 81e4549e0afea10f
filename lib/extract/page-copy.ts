import { dropDeadWeight } from '../check/trim-html';
import type { AnchorRef } from '../schema/anchor';
import type { Extraction } from '../schema/extraction';
import type { ReportWhy } from '../schema/report';
import type { BadgeSource } from '../schema/badge';
import { anchorRefs } from './dom/anchor-refs';
import { extractArticleInSlices } from './extract-article';
import { scanPage } from './scan';
import type { Pacing } from './steps';

/** The reader's page as its content script hands it over: address and serialised document. */
export interface PageCopy {
  url: string;
  html: string;
}

/** The page's sources for its inline badges, each with where its links sit on the page. */
export interface PageSources {
  pageUrl: string;
  sources: { source: BadgeSource; anchors: AnchorRef[] }[];
}

export type CopyExtraction =
  | { ok: true; extraction: Extraction; badges: PageSources }
  | { ok: false; reason: 'not-article' | 'error'; detail: string; why: ReportWhy };

/**
 * The most markup the worker parses, without scripts and styles (characters): a long article with
 * its comments is under 2 million; a page beyond this would hold the worker for seconds.
 */
export const MAX_READ_CHARS = 8_000_000;

/** Thrown when a page's copy is too large to read; the message says so in words. */
export class PageTooLarge extends Error {}

/**
 * Parses the copy as the worker reads it: without scripts (JSON-LD kept), styles, SVG, <noscript>
 * and <template>, which carry no text the extraction reads and would number the links differently.
 */
function parseCopy(copy: PageCopy, parse: (html: string) => Document): Document {
  const lean = dropDeadWeight(copy.html);
  if (lean.length > MAX_READ_CHARS) {
    throw new PageTooLarge(`the page is too large to read (${(lean.length / 1e6).toFixed(1)} million characters of markup without its scripts; the limit is ${MAX_READ_CHARS / 1e6} million)`);
  }
  return parse(`<!doctype html>${lean}`);
}

function badgesOf(pageUrl: string, doc: Document, found: { source: BadgeSource; anchors: readonly Element[] }[]): PageSources {
  const refs = anchorRefs(doc, new Map(found.map((f) => [f.source.url, f.anchors])));
  return {
    pageUrl,
    sources: found.map(({ source: { url, role, outlet } }) => ({ source: { url, role, outlet }, anchors: refs.get(url) ?? [] })),
  };
}

/**
 * The work the content script once did on the reader's page, done on its copy in the background
 * worker: the page pays only for serialising itself, never for Readability or the claims.
 */
export async function extractCopy(copy: PageCopy, parse: (html: string) => Document, options: Pacing & { force: boolean }): Promise<CopyExtraction> {
  let doc: Document;
  try {
    doc = parseCopy(copy, parse);
  } catch (e) {
    if (!(e instanceof PageTooLarge)) throw e;
    return { ok: false, reason: 'error', detail: `Source Lens cannot read this page: ${e.message}.`, why: { code: 'unreadable', message: e.message } };
  }
  const out = await extractArticleInSlices(doc, copy.url, options);
  if (!out.ok) return out;
  const found = out.extraction.sources.map((source) => ({ source, anchors: out.anchors.get(source.url) ?? [] }));
  return { ok: true, extraction: out.extraction, badges: badgesOf(copy.url, doc, found) };
}

/** The page-load scan (does it look like an article, unless `readerable` says; its source links, for the badges), on the copy. */
export async function scanCopy(copy: PageCopy, parse: (html: string) => Document, pacing: Pacing & { readerable?: boolean }): Promise<PageSources> {
  const doc = parseCopy(copy, parse);
  const scan = await scanPage(doc, copy.url, pacing);
  return badgesOf(copy.url, doc, scan.sources);
}
