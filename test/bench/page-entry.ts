// Bundled into the fixture page by the benchmark: the same lib/ code the
// content script and the background worker run, callable from page.evaluate.
import '../../lib/outlets/bundled'; // the outlet table, with the code (lib/outlets/table.ts)
import { Readability } from '@mozilla/readability';
import { fetchSource } from '../../lib/check/fetch-source';
import type { HttpClient } from '../../lib/check/http';
import { judgeSource } from '../../lib/check/judge-source';
import { extractArticle, extractArticleInSlices } from '../../lib/extract/extract-article';
import { serializeInSlices } from '../../lib/extract/dom/serialize';
import { MAX_PAGE_HTML } from '../../lib/messaging/page-protocol';
import { parseHtml } from '../../lib/platform/html';
import { unavoidableWork } from './floor';

const pause = () => new Promise<void>((r) => setTimeout(r, 0));

async function sourceCpu(html: string, useDomParser: boolean): Promise<number> {
  const url = 'https://src7.example-source7.com/article';
  const http: HttpClient = async (req) => ({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, finalUrl: req.url, redirects: [], body: new TextEncoder().encode(html), truncated: false, declaredLength: null });
  const parse = useDomParser ? (h: string) => new DOMParser().parseFromString(h, 'text/html') : parseHtml;
  const t = performance.now();
  const snap = await fetchSource(url, null, { timeoutMs: 10_000, maxBytes: 3 << 20, allowPrivateNetwork: false, wayback: false }, { http, parseHtml: parse, now: Date.now }, new AbortController().signal);
  judgeSource(snap, { source: { url, text: 'report', context: 'The agency reported that water use fell.', role: 'citation', attribution: { publication: null, publicationEn: null, author: null, affiliation: null, outlet: null }, outlet: null, occurrences: 1 }, claims: [{ index: 0, claim: { text: 'Water use fell 17 percent in 2007.', cue: 'reported', speaker: 'The agency', sourceUrl: url, quotes: [], continuation: false, via: 'named-source' } }], article: { url: 'https://x/', title: null, byline: null, authors: [], siteName: null, publishedTime: '2024-02-01', modifiedTime: null, lang: 'en', canonicalUrl: null, description: null, image: null }, settings: { summarySentences: 3 } });
  return performance.now() - t;
}

/** Runs `work` with a pause that measures the slices between pauses: busy time (summed slices) and the longest slice. */
async function inSlices<T>(work: (pause: () => Promise<void>) => Promise<T>): Promise<{ total: number; maxSlice: number; result: T }> {
  let maxSlice = 0;
  let busy = 0;
  let sliceStart = performance.now();
  const end = () => {
    const slice = performance.now() - sliceStart;
    maxSlice = Math.max(maxSlice, slice);
    busy += slice;
  };
  const measuredPause = async () => {
    end();
    await pause();
    sliceStart = performance.now();
  };
  const result = await work(measuredPause);
  end();
  return { total: busy, maxSlice, result };
}

/** The page's share of a scan or a check: the page script serialising it for the worker (lib/platform/content.ts). */
async function serializeSlices(): Promise<{ total: number; maxSlice: number; chars: number }> {
  const { total, maxSlice, result } = await inSlices((p) => serializeInSlices(document, { budgetMs: 8, pause: p, maxChars: MAX_PAGE_HTML }));
  return { total, maxSlice, chars: result.html.length };
}

/** The whole extraction in slices as the worker runs it on the page's copy (lib/platform/background.ts), here on the live page. */
async function extractSlices(): Promise<{ total: number; maxSlice: number; claims: number }> {
  const { total, maxSlice, result } = await inSlices((p) => extractArticleInSlices(document, location.href, { budgetMs: 20, pause: p }));
  return { total, maxSlice, claims: result.ok ? result.extraction.claims.length : -1 };
}

(globalThis as Record<string, unknown>).__sourceLensBench = {
  extract: () => extractArticle(document, location.href),
  readability: () => new Readability(document.cloneNode(true) as Document).parse(),
  floor: unavoidableWork(document, location.href),
  serializeSlices,
  extractSlices,
  sourceCpu,
};
