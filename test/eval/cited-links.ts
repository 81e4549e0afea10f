/**
 * Cited-source extraction against hand-made labels (test/eval/cited-links/labels.json).
 *
 * For each labelled page: read the HTML in place (corpus pages under shared/corpora, fixture pages
 * under test/web/sites), decode it as a browser would, run extractArticle(…, { force: true }) and
 * compare every extracted source URL (all roles) with the page's `cited` and `chrome` labels, both
 * sides normalised with normalizeUrl. The labelling rules are in cited-links/README.md.
 *
 *   npx tsx test/eval/cited-links.ts     prints the section and every page's misses and extras
 */
import '../../lib/outlets/bundled'; // the outlet table, with the code (lib/outlets/table.ts), when run on its own
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { decodeBody } from '../../lib/check/decode';
import { extractArticle } from '../../lib/extract/extract-article';
import { normalizeUrl } from '../../lib/extract/links/normalize-url';
import { parseHtml } from '../../lib/platform/html';
import { CORPORA, corpusDir } from './corpora';
import { fmt, renderTable, type EvalRow, type EvalSection } from './table';

const HERE = dirname(fileURLToPath(import.meta.url));
export const LABELS_PATH = join(HERE, 'cited-links', 'labels.json');
const FIXTURES = join(HERE, '..', 'web', 'sites');

export interface LabelledPage {
  /** `corpora:<corpus>/<path in corpus>` or `fixture:<path under test/web/sites>`. */
  path: string;
  url: string;
  lang: string;
  cited: string[];
  chrome: string[];
  note: string;
}

export interface PageResult {
  path: string;
  url: string;
  lang: string;
  note: string;
  /** Normalised labelled cited links. */
  cited: string[];
  /** Normalised extracted source URLs (all roles, deduplicated). */
  extracted: string[];
  /** Cited but not extracted. */
  missed: string[];
  /** Extracted but not labelled cited. */
  extra: string[];
  /** Extracted, not cited, and in the page's labelled chrome sample. */
  chromeLeaked: string[];
  /** Set when reading, parsing or extracting threw. */
  error?: string;
  /** Set when extractArticle declined the page even with force. */
  notArticle?: string;
}

export function readLabels(): LabelledPage[] {
  return JSON.parse(readFileSync(LABELS_PATH, 'utf8')) as LabelledPage[];
}

/** The absolute file of a labelled page, or null when its corpus is absent. */
export function resolvePagePath(path: string): string | null {
  const colon = path.indexOf(':');
  const scheme = path.slice(0, colon);
  const rest = path.slice(colon + 1);
  if (scheme === 'fixture') return join(FIXTURES, rest);
  if (scheme === 'corpora') {
    const slash = rest.indexOf('/');
    const dir = corpusDir(rest.slice(0, slash));
    return dir ? join(dir, rest.slice(slash + 1)) : null;
  }
  throw new Error(`unknown page path scheme: ${path}`);
}

function readPage(file: string): string {
  let bytes: Uint8Array = readFileSync(file);
  if (file.endsWith('.gz')) bytes = gunzipSync(bytes);
  // BOM, then <meta charset>, else sniffed (UTF-8 for these pages): what a browser does without headers.
  return decodeBody(bytes).text;
}

function normalizeAll(urls: Iterable<string>, base: string): Set<string> {
  const out = new Set<string>();
  for (const u of urls) {
    const n = normalizeUrl(u, base);
    if (n) out.add(n);
  }
  return out;
}

export function evaluatePage(page: LabelledPage): PageResult {
  const cited = normalizeAll(page.cited, page.url);
  const chrome = normalizeAll(page.chrome, page.url);
  const result: PageResult = {
    path: page.path,
    url: page.url,
    lang: page.lang,
    note: page.note,
    cited: [...cited],
    extracted: [],
    missed: [...cited],
    extra: [],
    chromeLeaked: [],
  };
  try {
    const file = resolvePagePath(page.path);
    if (!file || !existsSync(file)) throw new Error(`page file not found: ${page.path}`);
    const doc = parseHtml(readPage(file));
    const outcome = extractArticle(doc, page.url, { force: true });
    if (!outcome.ok) {
      result.notArticle = outcome.detail;
      return result;
    }
    const extracted = normalizeAll(
      outcome.extraction.sources.map((s) => s.url),
      page.url,
    );
    result.extracted = [...extracted];
    result.missed = [...cited].filter((u) => !extracted.has(u));
    result.extra = [...extracted].filter((u) => !cited.has(u));
    result.chromeLeaked = result.extra.filter((u) => chrome.has(u));
  } catch (e) {
    result.error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
  return result;
}

/** Per-page details (missed and extra URLs) for debugging; null when the corpora are absent. */
export async function pageDetails(): Promise<PageResult[] | null> {
  if (!corporaPresent()) return null;
  return readLabels().map(evaluatePage);
}

function corporaPresent(): boolean {
  if (!existsSync(CORPORA)) return false;
  const needed = new Set(
    readLabels()
      .filter((p) => p.path.startsWith('corpora:'))
      .map((p) => p.path.slice('corpora:'.length).split('/')[0]!),
  );
  return [...needed].every((name) => corpusDir(name) !== null);
}

const ratio = (num: number, den: number) => (den > 0 ? num / den : Number.NaN);

function f1(r: PageResult): number {
  const tp = r.cited.length - r.missed.length;
  if (r.cited.length === 0 && r.extracted.length === 0) return 1;
  const p = ratio(tp, r.extracted.length);
  const rec = ratio(tp, r.cited.length);
  if (!(p > 0) || !(rec > 0)) return 0;
  return (2 * p * rec) / (p + rec);
}

export function summarize(results: PageResult[]): EvalRow[] {
  const sum = (xs: PageResult[], f: (r: PageResult) => number) => xs.reduce((n, r) => n + f(r), 0);
  const tp = (r: PageResult) => r.cited.length - r.missed.length;
  const microRecall = (xs: PageResult[]) => ratio(sum(xs, tp), sum(xs, (r) => r.cited.length));
  const withCited = results.filter((r) => r.cited.length > 0);
  const macroRecall = ratio(
    sum(withCited, (r) => tp(r) / r.cited.length),
    withCited.length,
  );
  const extracted = sum(results, (r) => r.extracted.length);
  const precision = ratio(sum(results, tp), extracted);
  const chromeLeak = ratio(sum(results, (r) => r.chromeLeaked.length), extracted);
  const notCited = ratio(sum(results, (r) => r.extra.length), extracted);
  const en = results.filter((r) => r.lang === 'en');
  const zh = results.filter((r) => r.lang === 'zh');
  const errors = results.filter((r) => r.error);
  const declined = results.filter((r) => r.notArticle);
  const worst = [...results]
    .sort((a, b) => f1(a) - f1(b) || b.missed.length + b.extra.length - (a.missed.length + a.extra.length))
    .slice(0, 5)
    .map((r) => `${r.path.replace(/^corpora:|^fixture:/, '')} (F1 ${fmt(f1(r), 2)}, missed ${r.missed.length}/${r.cited.length}, extra ${r.extra.length})`)
    .join('; ');
  const citedTotal = sum(results, (r) => r.cited.length);
  return [
    {
      metric: 'pages',
      value: String(results.length),
      note: `en ${en.length}, zh ${zh.length}; ${citedTotal} cited links; ${results.filter((r) => r.cited.length === 0).length} pages cite nothing`,
    },
    {
      metric: 'pages that threw',
      value: String(errors.length),
      target: '0',
      met: errors.length === 0,
      note: errors.length ? errors.map((r) => `${r.path}: ${r.error}`).join('; ').slice(0, 300) : undefined,
    },
    ...(declined.length
      ? [{ metric: 'pages declined as not-article (force)', value: String(declined.length), note: declined.map((r) => r.path).join('; ') }]
      : []),
    { metric: 'cited recall (micro)', value: fmt(microRecall(results)), target: '≥ 0.95', met: microRecall(results) >= 0.95, note: `${sum(results, tp)}/${citedTotal}` },
    { metric: 'cited precision (micro)', value: fmt(precision), note: `${sum(results, tp)}/${extracted} extracted` },
    { metric: 'cited recall (macro, pages citing ≥ 1)', value: fmt(macroRecall), note: `${withCited.length} pages` },
    { metric: 'cited recall, English', value: fmt(microRecall(en)), target: '≥ 0.95', met: microRecall(en) >= 0.95 },
    { metric: 'cited recall, Chinese', value: fmt(microRecall(zh)), target: '≥ 0.95', met: microRecall(zh) >= 0.95 },
    {
      metric: 'chrome leak: labelled chrome leaked',
      value: fmt(chromeLeak),
      target: '≤ 0.02',
      met: chromeLeak <= 0.02,
      note: `${sum(results, (r) => r.chromeLeaked.length)} of ${extracted} extracted links are in a page's labelled chrome sample`,
    },
    {
      metric: 'chrome leak: not in cited',
      value: fmt(notCited),
      target: '≤ 0.02',
      met: notCited <= 0.02,
      note: `${sum(results, (r) => r.extra.length)} of ${extracted} extracted links are not labelled cited`,
    },
    { metric: 'worst pages', value: '5', note: worst },
  ];
}

export async function evaluate(): Promise<EvalSection> {
  const name = 'cited links (labelled)';
  const results = await pageDetails();
  if (!results) return { name, rows: [], skipped: `corpora not found at ${CORPORA}` };
  return { name, rows: summarize(results) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await pageDetails();
  const section: EvalSection = results
    ? { name: 'cited links (labelled)', rows: summarize(results) }
    : { name: 'cited links (labelled)', rows: [], skipped: `corpora not found at ${CORPORA}` };
  console.log(renderTable([section]));
  for (const r of results ?? []) {
    if (!r.missed.length && !r.extra.length && !r.error && !r.notArticle) continue;
    console.log(`\n## ${r.path} [${r.lang}] — cited ${r.cited.length}, extracted ${r.extracted.length}, F1 ${fmt(f1(r), 2)}`);
    if (r.error) console.log(`  ERROR ${r.error}`);
    if (r.notArticle) console.log(`  NOT-ARTICLE ${r.notArticle}`);
    for (const u of r.missed) console.log(`  - missed ${u}`);
    for (const u of r.extra) console.log(`  + extra${r.chromeLeaked.includes(u) ? ' (chrome)' : ''} ${u}`);
  }
}
