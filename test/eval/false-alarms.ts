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
 * The other side: each link is checked again against pages that do not back it but keep what a
 * careless checker would read (see swappedPage, hollowPage); every `supported` there is false.
 * A verdict is right when an expected page is not called mismatch/unreachable and a wrong page is
 * not called supported (unverifiable and partial are right on both: they claim nothing false);
 * the share is given over all verdicts and over two halves of the pages (alternate, by path).
 *
 *   npx tsx test/eval/false-alarms.ts     prints the section and every wrong verdict with its reason
 */
import { setMaxListeners } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { archivedOriginal } from '../../lib/check/compare/archived-copy';
import { hostIdentity } from '../../lib/check/compare/host-identity';
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
import { fmt, renderTable, type EvalRow, type EvalSection } from './table';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** What a page at a link says about itself, before it is written out as HTML. */
interface PageParts {
  lang: string;
  title: string;
  siteName: string | null;
  author: string | null;
  date: string | null;
  paragraphs: string[];
}

/** The page a reader of the article expects at this link. */
function expectedParts(source: CitedSource, extraction: Extraction): PageParts {
  const lang = extraction.article.lang ?? 'en';
  // An archive's copy carries the original page's name.
  const byDomain = outletForUrl(archivedOriginal(source.url) ?? source.url);
  const siteName = byDomain?.en ?? null;
  // "According to Reuters" linked to another outlet's page leads a reader to expect Reuters copy there.
  const named = source.attribution.outlet ? outletForName(source.attribution.outlet.name) : null;
  const wire = named?.type === 'agency' && named.id !== byDomain?.id ? named.en : null;
  const author = source.attribution.author ?? wire;
  const date = dateFromUrl(source.url);
  const paragraphs = [...new Set([source.context, ...claimsOf(source, extraction)].filter(Boolean))];
  return { lang, title: source.text || 'Untitled', siteName, author, date, paragraphs };
}

const claimsOf = (source: CitedSource, extraction: Extraction) => extraction.claims.filter((c) => c.sourceUrl === source.url).map((c) => c.text);

function html(p: PageParts): string {
  return `<!doctype html><html lang="${esc(p.lang)}"><head><meta charset="utf-8"><title>${esc(p.title)}</title>
${p.siteName ? `<meta property="og:site_name" content="${esc(p.siteName)}">` : ''}
${p.author ? `<meta name="author" content="${esc(p.author)}">` : ''}
${p.date ? `<meta property="article:published_time" content="${esc(p.date)}">` : ''}
</head><body><main><article><h1>${esc(p.title)}</h1>
${p.author ? `<p class="byline">By ${esc(p.author)}</p>` : ''}
${p.paragraphs.map((x) => `<p>${esc(x)}</p>`).join('\n')}
</article></main></body></html>`;
}

export function expectedPage(source: CitedSource, extraction: Extraction): string {
  return html(expectedParts(source, extraction));
}

/**
 * A page at this link that does not back it: another article's page (same language, another site,
 * another author) put on this link's site — the site name and the date in the address stay this
 * link's, since a wrong page at that address would carry them — with the other page's title,
 * author and text.
 */
export function swappedPage(source: CitedSource, extraction: Extraction, other: { source: CitedSource; extraction: Extraction }): string {
  const mine = expectedParts(source, extraction);
  const theirs = expectedParts(other.source, other.extraction);
  return html({ ...mine, title: theirs.title, author: theirs.author, paragraphs: theirs.paragraphs });
}

/** Every figure changed: 171 → 272, 3.5 → 4.6, 2019 → 3120 (each digit moved one up, 9 → 0). */
export const alterFigures = (text: string) => text.replace(/\d/g, (d) => String((Number(d) + 1) % 10));

/**
 * The expected page made wrong where only the text can tell: when every claim attributed to the link
 * carries a figure, every figure altered; otherwise the claims and the linking sentence removed, the
 * other page's text in their place. Title, site, author and date stay what the article leads one to
 * expect, so a checker that reads only those calls it supported. Null for a link with no claim.
 */
export function hollowPage(source: CitedSource, extraction: Extraction, other: { source: CitedSource; extraction: Extraction }): { html: string; kind: 'figures' | 'claims removed' } | null {
  const claims = claimsOf(source, extraction);
  if (!claims.length) return null;
  const mine = expectedParts(source, extraction);
  if (claims.every((c) => /\d/.test(c))) return { html: html({ ...mine, paragraphs: mine.paragraphs.map(alterFigures) }), kind: 'figures' };
  return { html: html({ ...mine, paragraphs: expectedParts(other.source, other.extraction).paragraphs }), kind: 'claims removed' };
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

/** A labelled page with the sources the extractor found among its labelled cited links. */
interface Linked {
  path: string;
  extraction: Extraction;
  sources: CitedSource[];
  /** Which half of the pages (alternate pages in path order), for the spread of the accuracy. */
  half: 0 | 1;
}

function collect(): Linked[] {
  const found: Omit<Linked, 'half'>[] = [];
  for (const label of readLabels()) {
    const file = resolvePagePath(label.path);
    if (!file || !existsSync(file)) continue;
    const out = extractArticle(parseHtml(readPage(file)), label.url, { force: true });
    if (!out.ok) continue;
    const cited = new Set(label.cited.map((u) => normalizeUrl(u, label.url)).filter((u): u is string => !!u));
    const sources = out.extraction.sources.filter((s) => cited.has(normalizeUrl(s.url, label.url) ?? s.url));
    if (sources.length) found.push({ path: label.path, extraction: out.extraction, sources });
  }
  return found.sort((a, b) => a.path.localeCompare(b.path)).map((p, i) => ({ ...p, half: (i % 2) as 0 | 1 }));
}

const siteOf = (url: string) => {
  try {
    return hostIdentity(new URL(archivedOriginal(url) ?? url).hostname).site;
  } catch {
    return url;
  }
};

/**
 * For each link, another page's link to swap in: the next one, in a fixed order, from another
 * article in the same language, on another site, by another author, under another title.
 */
function partners(pages: Linked[]): Map<string, { source: CitedSource; extraction: Extraction }> {
  const all = pages.flatMap((p) => p.sources.map((source) => ({ page: p.path, source, extraction: p.extraction })));
  const out = new Map<string, { source: CitedSource; extraction: Extraction }>();
  all.forEach((a, i) => {
    for (let k = 1; k < all.length; k++) {
      const b = all[(i + k) % all.length]!;
      if (b.page === a.page || (b.extraction.article.lang ?? 'en') !== (a.extraction.article.lang ?? 'en')) continue;
      if (siteOf(b.source.url) === siteOf(a.source.url) || b.source.text === a.source.text) continue;
      if (a.source.attribution.author && b.source.attribution.author === a.source.attribution.author) continue;
      out.set(`${a.page} ${a.source.url}`, { source: b.source, extraction: b.extraction });
      break;
    }
  });
  return out;
}

/** One verdict given on one stub web. */
export interface Outcome {
  page: string;
  half: 0 | 1;
  url: string;
  /** Which page the stub web served: the expected one, or a wrong one and how it is wrong. */
  web: 'expected' | 'swapped' | 'figures' | 'claims removed';
  verdict: string;
  code: string;
  detail: string;
  /** The link's domain is a known outlet other than the one the text names. */
  byAddress: boolean;
}

/** Checks every page's links through the real pipeline against a stub web serving `pageAt` (null: no page, not counted). */
async function runWeb(pages: Linked[], web: (p: Linked, s: CitedSource) => { html: string; web: Outcome['web'] } | null): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const page of pages) {
    const stub = new Map<string, string>();
    const served = new Map<string, Outcome['web']>();
    for (const s of page.sources) {
      const w = web(page, s);
      if (!w) continue;
      const key = normalizeUrl(s.url, s.url) ?? s.url;
      stub.set(s.url, w.html);
      stub.set(key, w.html);
      served.set(s.url, w.web);
    }
    const sources = page.sources.filter((s) => served.has(s.url));
    if (!sources.length) continue;
    const report = await checkArticleReport({ ...page.extraction, sources }, {
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
      const f =
        c.verdict === 'unreachable'
          ? c.findings.find((x) => x.kind === 'reachability')
          : c.verdict === 'mismatch'
            ? c.findings.find((x) => x.ok === false && x.kind !== 'reachability')
            : (c.findings.find((x) => x.kind === 'claim') ?? c.findings.find((x) => x.ok === true && x.kind !== 'reachability'));
      const named = r.attribution.outlet ? outletForName(r.attribution.outlet.name) : r.attribution.publication ? outletForName(r.attribution.publication) : null;
      const domain = outletForUrl(archivedOriginal(r.url) ?? r.url);
      const byAddress = c.verdict === 'mismatch' && f?.kind === 'publication' && !!named && !!domain && named.id !== domain.id;
      outcomes.push({ page: page.path, half: page.half, url: r.url, web: served.get(r.url) ?? 'expected', verdict: c.verdict, code: f?.code ?? '?', detail: f?.detail ?? '', byAddress });
    }
  }
  return outcomes;
}

export interface Measured {
  pages: number;
  /** Verdicts on the expected pages. */
  expected: Outcome[];
  /** Verdicts on pages that do not back the link. */
  wrong: Outcome[];
}

/** Checks every labelled cited link three times: on its expected page, a swapped page, and a hollowed one. */
export async function measureVerdicts(): Promise<Measured | null> {
  if (!existsSync(CORPORA)) return null;
  const pages = collect();
  const other = partners(pages);
  const partner = (p: Linked, s: CitedSource) => other.get(`${p.path} ${s.url}`);
  const expected = await runWeb(pages, (p, s) => ({ html: expectedPage(s, p.extraction), web: 'expected' }));
  const swapped = await runWeb(pages, (p, s) => {
    const o = partner(p, s);
    return o ? { html: swappedPage(s, p.extraction, o), web: 'swapped' } : null;
  });
  const hollowed = await runWeb(pages, (p, s) => {
    const o = partner(p, s);
    const h = o ? hollowPage(s, p.extraction, o) : null;
    return h ? { html: h.html, web: h.kind } : null;
  });
  return { pages: pages.length, expected, wrong: [...swapped, ...hollowed] };
}

/** On the expected page a verdict is right unless it is mismatch or unreachable; on a wrong page, unless it is supported. */
export const isRight = (o: Outcome) => (o.web === 'expected' ? o.verdict !== 'mismatch' && o.verdict !== 'unreachable' : o.verdict !== 'supported');

const isAlarm = (o: Outcome) => o.web === 'expected' && !isRight(o) && !o.byAddress;
const share = (os: Outcome[]) => `${fmt(os.filter(isRight).length / os.length)} (${os.filter(isRight).length}/${os.length})`;
const tally = (os: Outcome[], key: (o: Outcome) => string) => {
  const m = new Map<string, number>();
  for (const o of os) m.set(key(o), (m.get(key(o)) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
};

export function summarize(m: Measured): EvalRow[] {
  const falseAlarms = m.expected.filter(isAlarm);
  const byAddress = m.expected.filter((o) => o.byAddress);
  const falseSupported = m.wrong.filter((o) => !isRight(o));
  // The address-justified mismatches are left out: the labels cannot tell whether they are right.
  const scored = [...m.expected.filter((o) => !o.byAddress), ...m.wrong];
  const accuracy = scored.filter(isRight).length / scored.length;
  const halves = ([0, 1] as const).map((h) => scored.filter((o) => o.half === h));
  return [
    {
      metric: 'false alarms (stub web of expected pages)',
      value: String(falseAlarms.length),
      target: '0',
      met: falseAlarms.length === 0,
      note: `${m.expected.length} labelled cited links on ${m.pages} pages checked against a page that agrees with the article (verdicts: ${tally(m.expected, (o) => o.verdict)}); mismatch or unreachable on it${falseAlarms.length ? `: ${tally(falseAlarms, (o) => o.code)}` : ''}`,
    },
    {
      metric: 'mismatches justified by the address',
      value: String(byAddress.length),
      note: 'the link goes to a known outlet other than the one the text names',
    },
    {
      metric: 'false supported (stub webs of wrong pages)',
      value: String(falseSupported.length),
      target: '0',
      met: falseSupported.length === 0,
      note: `${m.wrong.length} links checked against a page that does not back them (${tally(m.wrong, (o) => o.web)}); verdicts: ${tally(m.wrong, (o) => o.verdict)}${falseSupported.length ? `; supported on: ${tally(falseSupported, (o) => o.web)}` : ''}`,
    },
    {
      metric: 'verdicts right (both stub webs)',
      value: fmt(accuracy),
      target: '≥ 0.90',
      met: accuracy >= 0.9,
      note: `${scored.filter(isRight).length}/${scored.length}: expected page not mismatch/unreachable ${share(m.expected.filter((o) => !o.byAddress))}, wrong page not supported ${share(m.wrong)}; by halves of the pages: ${halves.map(share).join(' · ')}; ${byAddress.length} address-justified mismatches left out`,
    },
  ];
}

export async function evaluate(): Promise<EvalSection> {
  const name = 'verdicts (labelled cited links)';
  const m = await measureVerdicts();
  if (!m) return { name, rows: [], skipped: `corpora not found at ${CORPORA}` };
  return { name, rows: summarize(m) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const m = await measureVerdicts();
  if (!m) console.log(`corpora not found at ${CORPORA}`);
  else {
    console.log(renderTable([{ name: 'verdicts (labelled cited links)', rows: summarize(m) }]));
    for (const o of [...m.expected, ...m.wrong].filter((x) => !isRight(x) || x.byAddress)) {
      console.log(`${o.byAddress ? '(address) ' : ''}[${o.web}] ${o.page}\n  ${o.url}\n  ${o.verdict} · ${o.code}: ${o.detail.slice(0, 300)}`);
    }
  }
}
