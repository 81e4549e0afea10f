import { setMaxListeners } from 'node:events';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { checkArticle } from '../../lib/check/check-article';
import type { HttpClient } from '../../lib/check/http';
import { judgeSource } from '../../lib/check/judge-source';
import { createLimiter } from '../../lib/check/limiter';
import { fetchSource } from '../../lib/check/fetch-source';
import { extractArticle } from '../../lib/extract/extract-article';
import { parseHtml } from '../../lib/platform/html';
import type { Extraction } from '../../lib/schema/extraction';
import { corpusDir } from '../eval/corpora';
import type { EvalRow } from '../eval/table';
import { fixtureHtml } from '../support/fixtures';
import { REFERENCE_ARTICLE_URL } from '../web/routes';
import { longRead, manySources, sourcePage } from '../web/generated';
import { unavoidableWork } from './floor';
import { floorRow, ms, sideBySide } from './measure';

/** One signal shared by many checks: raise Node's listener warning limit for it. */
function quietSignal(): AbortSignal {
  const c = new AbortController();
  setMaxListeners(1000, c.signal);
  return c.signal;
}

/**
 * Whole extraction vs Readability alone over Mozilla Readability's 130 test pages, in Node:
 * the totals of one pass over every page each, interleaved, each from a collected heap, median of a few passes.
 */
export async function corpusVsReadability(): Promise<EvalRow[]> {
  const metric = 'Node: whole extraction ÷ Readability alone, Readability test pages';
  const dir = corpusDir('readability');
  if (!dir) return [{ metric, value: 'skipped', note: 'corpus readability not found' }];
  const docs = readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'source.html')))
    .map((name) => parseHtml(readFileSync(join(dir, name, 'source.html'), 'utf8')));
  const runs = 3;
  const r = await sideBySide(
    runs,
    () => docs.forEach((doc) => extractArticle(doc, 'https://example.com/article')),
    () => docs.forEach((doc) => new Readability(doc.cloneNode(true) as Document).parse()),
    { collect: true },
  );
  return [{ metric, value: r.ratio.toFixed(2), target: '≤ 2.0', met: r.ratio <= 2, note: `${docs.length} pages: ${ms(r.a)} vs ${ms(r.b)} per pass (median of ${runs})` }];
}

/** Whole extraction vs Readability alone, in Node (linkedom), interleaved. */
export async function extractionVsReadability(): Promise<EvalRow[]> {
  const pages: [string, string, string][] = [
    ['reference page', fixtureHtml('chinese.aljazeera.net/kazakhstan-russia.html'), REFERENCE_ARTICLE_URL],
    ['large page (1.4 MB, 2,000 links)', longRead(2000), 'https://www.long-read.example-news.com/2024/01/15/water-year/'],
  ];
  const rows: EvalRow[] = [];
  for (const [name, html, url] of pages) {
    const doc = parseHtml(html);
    const runs = name.startsWith('large') ? 5 : 30;
    const r = await sideBySide(
      runs,
      () => extractArticle(doc, url),
      () => new Readability(doc.cloneNode(true) as Document).parse(),
    );
    rows.push({ metric: `Node: whole extraction ÷ Readability alone, ${name}`, value: r.ratio.toFixed(2), target: '≤ 1.3', met: r.ratio <= 1.3, note: `${ms(r.a)} vs ${ms(r.b)} (median of ${runs})` });
    const f = await sideBySide(runs, unavoidableWork(doc, url), () => new Readability(doc.cloneNode(true) as Document).parse());
    rows.push(floorRow('Node', name, f.a, f.b));
  }
  return rows;
}

/** 30 sources that each answer after 300 ms, checked under the default limits (6 at once, 2 per host). */
export async function checkThroughput(): Promise<EvalRow[]> {
  const out = extractArticle(parseHtml(manySources(30)), 'https://www.many-sources.example-news.com/30/');
  if (!out.ok) throw new Error(out.detail);
  const delayed: HttpClient = async (req) => {
    await new Promise((r) => setTimeout(r, 300));
    const host = new URL(req.url).hostname;
    return { status: 200, headers: { 'content-type': 'text/html' }, finalUrl: req.url, redirects: [], body: new TextEncoder().encode(sourcePage(host)), truncated: false, declaredLength: null };
  };
  const started = performance.now();
  await checkArticle(out.extraction, {
    settings: { timeoutMs: 10_000, maxBytes: 3 << 20, allowPrivateNetwork: false, wayback: false, summarySentences: 3 },
    deps: { http: delayed, parseHtml, now: Date.now },
    limiter: createLimiter(6, 2),
    cache: null,
    bypassCache: () => true,
    signal: quietSignal(),
    onProgress: () => undefined,
  });
  const took = performance.now() - started;
  // Distinct hosts: the global limit binds. 30 / 6 = 5 waves of 300 ms.
  const ideal = Math.ceil(30 / 6) * 300;
  return [{ metric: '30 sources answering after 300 ms: time ÷ ideal for the limits', value: (took / ideal).toFixed(2), target: '≤ 1.3', met: took / ideal <= 1.3, note: `${ms(took)} vs ideal ${ideal} ms (6 at once, 2 per host)` }];
}

/** CPU per source on a ~200 KB page: parse, metadata, text, summary, comparison (no network). */
export async function perSourceCpu(): Promise<EvalRow[]> {
  const url = 'https://src7.example-source7.com/article?large';
  const html = sourcePage('src7.example-source7.com', true);
  const out = extractArticle(parseHtml(manySources(10)), 'https://www.many-sources.example-news.com/10/');
  if (!out.ok) throw new Error(out.detail);
  const extraction: Extraction = out.extraction;
  const source = { ...extraction.sources[7]!, url };
  const claims = extraction.claims.filter((c) => c.sourceUrl === extraction.sources[7]!.url).map((claim, index) => ({ index, claim }));
  const http: HttpClient = async (req) => ({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, finalUrl: req.url, redirects: [], body: new TextEncoder().encode(html), truncated: false, declaredLength: null });
  const runs = 15;
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const t = performance.now();
    const snap = await fetchSource(url, null, { timeoutMs: 10_000, maxBytes: 3 << 20, allowPrivateNetwork: false, wayback: false }, { http, parseHtml, now: Date.now }, new AbortController().signal);
    judgeSource(snap, { source, claims, article: extraction.article, settings: { summarySentences: 3 } });
    if (i) times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return [{ metric: 'Node: CPU per source, 200 KB page (parse, read, summary, compare)', value: ms(times[times.length >> 1]!), note: `${(html.length / 1024).toFixed(0)} KB, median of ${runs}` }];
}

/** Heap after 200 source checks through the real pipeline (Node, as a proxy for the worker). */
export async function memoryAfterChecks(): Promise<EvalRow[]> {
  const out = extractArticle(parseHtml(manySources(200)), 'https://www.many-sources.example-news.com/200/');
  if (!out.ok) throw new Error(out.detail);
  const http: HttpClient = async (req) => ({ status: 200, headers: { 'content-type': 'text/html' }, finalUrl: req.url, redirects: [], body: new TextEncoder().encode(sourcePage(new URL(req.url).hostname)), truncated: false, declaredLength: null });
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const checks = await checkArticle(out.extraction, {
    settings: { timeoutMs: 10_000, maxBytes: 3 << 20, allowPrivateNetwork: false, wayback: false, summarySentences: 3 },
    deps: { http, parseHtml, now: Date.now },
    limiter: createLimiter(6, 2),
    cache: null,
    bypassCache: () => true,
    signal: quietSignal(),
    onProgress: () => undefined,
  });
  gc?.();
  const after = process.memoryUsage().heapUsed;
  const reportBytes = JSON.stringify(checks).length;
  return [{ metric: 'Node: heap growth after 200 checks (report kept)', value: `${((after - before) / 1e6).toFixed(1)} MB`, note: `${checks.length} checks; the report itself is ${(reportBytes / 1e6).toFixed(2)} MB of JSON${gc ? '' : '; run with --expose-gc for exact figures'}` }];
}
