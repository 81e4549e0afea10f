/**
 * False alarms: on the labelled cited-link pages (cited-links/labels.json), every source the
 * extractor finds among a page's labelled cited links is checked against a stub web that serves,
 * at that link, the page the article leads a reader to expect — and 404 anywhere else (so a
 * soft-404 probe gets a real "not found"):
 *
 *   - title: the link's anchor text; language: the article's;
 *   - site name: the outlet table's name for the link's domain, else none (the real page's name is
 *     unknown, and a page naming itself after an outlet on a domain that is not the outlet's is
 *     exactly what look-alike detection refuses);
 *   - author: the author the article names for it, else the news agency it names when the link
 *     goes to another outlet's page (wire copy), else none;
 *   - date: the date in the link's own address, if any (what the real page most likely carries);
 *   - text: the sentence holding the link and every claim the article attributes to it.
 *
 * Such a page agrees with the article by construction, so every `mismatch` and every
 * `unreachable` verdict on it is an alarm the source would not justify — except a publication
 * mismatch where the link's own domain is a known outlet other than the one the text names
 * (the address itself contradicts the text; counted apart as "justified by the address").
 *
 *   npx tsx test/eval/false-alarms.ts     prints the section and every alarm with its reason
 */
import { setMaxListeners } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { archivedOriginal } from '../../lib/check/compare/archived-copy';
import { decodeBody } from '../../lib/check/decode';
import type { HttpClient } from '../../lib/check/http';
import { extractArticle } from '../../lib/extract/extract-article';
import { normalizeUrl } from '../../lib/extract/links/normalize-url';
import { outletForName, outletForUrl } from '../../lib/outlets/lookup';
import { parseHtml } from '../../lib/platform/html';
import { checkArticleReport } from '../../lib/report/check-page';
import type { CitedSource } from '../../lib/schema/source';
import type { Extraction } from '../../lib/schema/extraction';
import { dateFromUrl } from '../../lib/text/dates';
import { CORPORA } from './corpora';
import { readLabels, resolvePagePath } from './cited-links';
import { renderTable, type EvalRow, type EvalSection } from './table';

export interface Alarm {
  page: string;
  url: string;
  verdict: string;
  code: string;
  detail: string;
  /** The link's domain is a known outlet other than the one the text names. */
  byAddress: boolean;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The page a reader of the article expects at this link. */
export function expectedPage(source: CitedSource, extraction: Extraction): string {
  const lang = extraction.article.lang ?? 'en';
  // An archive's copy carries the original page's name.
  const byDomain = outletForUrl(archivedOriginal(source.url) ?? source.url);
  const siteName = byDomain?.en ?? null;
  // "According to Reuters" linked to another outlet's page leads a reader to expect Reuters copy there.
  const named = source.attribution.outlet ? outletForName(source.attribution.outlet.name) : null;
  const wire = named?.type === 'agency' && named.id !== byDomain?.id ? named.en : null;
  const author = source.attribution.author ?? wire;
  const date = dateFromUrl(source.url);
  const claims = extraction.claims.filter((c) => c.sourceUrl === source.url).map((c) => c.text);
  const paragraphs = [...new Set([source.context, ...claims].filter(Boolean))];
  return `<!doctype html><html lang="${esc(lang)}"><head><meta charset="utf-8"><title>${esc(source.text || 'Untitled')}</title>
${siteName ? `<meta property="og:site_name" content="${esc(siteName)}">` : ''}
${author ? `<meta name="author" content="${esc(author)}">` : ''}
${date ? `<meta property="article:published_time" content="${esc(date)}">` : ''}
</head><body><main><article><h1>${esc(source.text || 'Untitled')}</h1>
${author ? `<p class="byline">By ${esc(author)}</p>` : ''}
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article></main></body></html>`;
}

/** Serves each expected page at its link (as linked, and normalised); everything else is a 404. */
function stubWeb(pages: Map<string, string>): HttpClient {
  return async ({ url }) => {
    const key = normalizeUrl(url, url) ?? url;
    const html = pages.get(url) ?? pages.get(key);
    const body = new TextEncoder().encode(html ?? '<!doctype html><title>404 Not Found</title><h1>Not Found</h1>');
    return { status: html ? 200 : 404, headers: { 'content-type': 'text/html; charset=utf-8' }, finalUrl: url, redirects: [], body, truncated: false, declaredLength: body.length };
  };
}

/** One signal shared by every fetch of a page (each adds a listener). */
function quietSignal(): AbortSignal {
  const c = new AbortController();
  setMaxListeners(1000, c.signal);
  return c.signal;
}

function readPage(file: string): string {
  let bytes: Uint8Array = readFileSync(file);
  if (file.endsWith('.gz')) bytes = gunzipSync(bytes);
  return decodeBody(bytes).text;
}

export async function findAlarms(): Promise<{ pages: number; checked: number; alarms: Alarm[] } | null> {
  if (!existsSync(CORPORA)) return null;
  const alarms: Alarm[] = [];
  let pages = 0;
  let checked = 0;
  for (const label of readLabels()) {
    const file = resolvePagePath(label.path);
    if (!file || !existsSync(file)) continue;
    const out = extractArticle(parseHtml(readPage(file)), label.url, { force: true });
    if (!out.ok) continue;
    const cited = new Set(label.cited.map((u) => normalizeUrl(u, label.url)).filter((u): u is string => !!u));
    const sources = out.extraction.sources.filter((s) => cited.has(normalizeUrl(s.url, label.url) ?? s.url));
    if (!sources.length) continue;
    pages++;
    const extraction = { ...out.extraction, sources };
    const stub = new Map<string, string>();
    for (const s of sources) {
      const html = expectedPage(s, out.extraction);
      stub.set(s.url, html);
      stub.set(normalizeUrl(s.url, s.url) ?? s.url, html);
    }
    const report = await checkArticleReport(extraction, {
      http: stubWeb(stub),
      parseHtml,
      settings: { timeoutMs: 10_000, maxBytes: 3 << 20, allowPrivateNetwork: true, wayback: false, summarySentences: 3 },
      concurrency: 4,
      perHostConcurrency: 4,
      signal: quietSignal(),
    });
    for (const r of report.sources) {
      const c = r.check;
      if (!c) continue;
      checked++;
      if (c.verdict !== 'mismatch' && c.verdict !== 'unreachable') continue;
      const f = c.verdict === 'unreachable' ? c.findings.find((x) => x.kind === 'reachability') : c.findings.find((x) => x.ok === false && x.kind !== 'reachability');
      const named = r.attribution.outlet ? outletForName(r.attribution.outlet.name) : r.attribution.publication ? outletForName(r.attribution.publication) : null;
      const domain = outletForUrl(archivedOriginal(r.url) ?? r.url);
      const byAddress = f?.kind === 'publication' && !!named && !!domain && named.id !== domain.id;
      alarms.push({ page: label.path, url: r.url, verdict: c.verdict, code: f?.code ?? '?', detail: f?.detail ?? '', byAddress });
    }
  }
  return { pages, checked, alarms };
}

export function summarize(result: { pages: number; checked: number; alarms: Alarm[] }): EvalRow[] {
  const falseAlarms = result.alarms.filter((a) => !a.byAddress);
  const byCode = new Map<string, number>();
  for (const a of falseAlarms) byCode.set(a.code, (byCode.get(a.code) ?? 0) + 1);
  return [
    {
      metric: 'false alarms (stub web of expected pages)',
      value: String(falseAlarms.length),
      target: '0',
      met: falseAlarms.length === 0,
      note: `${result.checked} labelled cited links on ${result.pages} pages checked against a page that agrees with the article; mismatch or unreachable on it${falseAlarms.length ? `: ${[...byCode].map(([c, n]) => `${c} ${n}`).join(', ')}` : ''}`,
    },
    {
      metric: 'mismatches justified by the address',
      value: String(result.alarms.length - falseAlarms.length),
      note: 'the link goes to a known outlet other than the one the text names',
    },
  ];
}

export async function evaluate(): Promise<EvalSection> {
  const name = 'false alarms (labelled cited links)';
  const result = await findAlarms();
  if (!result) return { name, rows: [], skipped: `corpora not found at ${CORPORA}` };
  return { name, rows: summarize(result) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await findAlarms();
  if (!result) console.log(`corpora not found at ${CORPORA}`);
  else {
    console.log(renderTable([{ name: 'false alarms (labelled cited links)', rows: summarize(result) }]));
    for (const a of result.alarms) console.log(`${a.byAddress ? '(address) ' : ''}${a.page}\n  ${a.url}\n  ${a.verdict} · ${a.code}: ${a.detail.slice(0, 300)}`);
  }
}
