import type { EvalRow } from '../eval/table';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../e2e/browser';
import { FRONT_PAGE_URL, REFERENCE_ARTICLE_URL } from '../web/routes';
import { median, ms } from './measure';
import { longTasks, startTrace, type LongTask, type TraceEvent } from './trace';

const PAGES = [
  ['non-article page (front page)', FRONT_PAGE_URL],
  ['reference article', REFERENCE_ARTICLE_URL],
  ['large page (1.4 MB, 2,000 links)', 'https://www.long-read.example-news.com/2024/01/15/water-year/'],
] as const;
type PageName = (typeof PAGES)[number][0];
// Loads per page: the first load of a script also compiles it, later ones may use the code cache.
const LOADS = 3;
// The extension's scripts in a tab: the one on every page, and the page script injected into articles (badges, the page's copy).
const SCRIPTS = ['page-reader.js', 'page-badges.js'] as const;
// A script task's thread time spent compiling (the rest of an evaluation is its top-level run).
const COMPILE = /compile/i;

interface Load {
  /** Evaluation task of each extension script (compile and top-level run), thread time. */
  evaluation: Record<string, { cpuMs: number; compileMs: number } | undefined>;
  /** Every task of the tab's thread that ran script after the page loaded (the fixture pages run none of their own). */
  scriptMs: number;
  /** The longest of those tasks other than the evaluation of the light script. */
  longest: LongTask | null;
  heap: number;
}

interface BuildFigures {
  bytes: Record<string, number>;
  loads: Map<PageName, Load[]>;
  /** Longest task on the tab while the popup's check runs the whole extraction. */
  extraction: Map<PageName, LongTask | null>;
}

/** An extension that adds nothing to pages: the baseline for the heap a build adds to a tab. */
function emptyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'source-lens-empty-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'empty', version: '1.0', background: { service_worker: 'bg.js' } }));
  writeFileSync(join(dir, 'bg.js'), '');
  return dir;
}

async function usedHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
}

function isExtensionScript(b: ExtensionBrowser, e: TraceEvent): string | null {
  const url = e.args?.data?.url ?? '';
  const prefix = `chrome-extension://${b.extensionId}/`;
  return url.startsWith(prefix) ? url.slice(prefix.length) : null;
}

/** Loads `url` in a fresh tab with a trace running, and reads the extension's work on the tab's thread. */
async function tracedLoad(b: ExtensionBrowser, url: string): Promise<{ load: Load; page: Page; cdp: CDPSession }> {
  const page = await b.context.newPage();
  const cdp = await b.context.newCDPSession(page);
  const stop = await startTrace(cdp);
  await page.goto(url, { waitUntil: 'load' });
  // The light script runs at document_idle; on an article the extractor follows, scans in slices and inserts badges.
  await page.waitForTimeout(3000);
  const events = await stop();
  const evaluations = events.filter((e) => e.name === 'EvaluateScript' && isExtensionScript(b, e));
  const first = evaluations[0];
  const onThread = (e: TraceEvent) => !!first && e.pid === first.pid && e.tid === first.tid;
  const evaluation: Load['evaluation'] = {};
  for (const ev of evaluations) {
    const inside = events.filter((e) => onThread(e) && e.ts >= ev.ts && e.ts + (e.dur ?? 0) <= ev.ts + (ev.dur ?? 0));
    const compileMs = inside.filter((e) => COMPILE.test(e.name) && e.ph === 'X').reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0) / 1000, 0);
    evaluation[isExtensionScript(b, ev)!] = { cpuMs: (ev.tdur ?? ev.dur ?? 0) / 1000, compileMs };
  }
  const tasks = longTasks(events, onThread, 0, true).filter((t) => t.inside.some((x) => /^(EvaluateScript|TimerFire|FunctionCall|RunMicrotasks|v8\.run)/.test(x)));
  const lightEvaluation = tasks.find((t) => t.inside.some((x) => x.startsWith('EvaluateScript page-reader.js')));
  const longest = tasks.filter((t) => t !== lightEvaluation)[0] ?? null;
  if (process.env.BENCH_VERBOSE) process.stderr.write(`${url}: ${JSON.stringify(tasks.slice(0, 4), null, 1)}\n`);
  return { load: { evaluation, scriptMs: tasks.reduce((sum, t) => sum + t.cpuMs, 0), longest, heap: await usedHeap(cdp) }, page, cdp };
}

/** The longest task on an article's tab while the popup's check extracts it (the whole extraction, in the content script). */
async function extractionTrace(b: ExtensionBrowser, url: string): Promise<LongTask | null> {
  const { page, cdp } = await tracedLoad(b, url);
  const tabId = await b.worker.evaluate(async (u: string) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, page.url());
  const stop = await startTrace(cdp);
  const popup = await b.openPopup(tabId);
  // The extraction is over once the popup shows sources being checked (or any final state).
  await popup.waitForSelector('main[data-phase="checking"], main[data-phase="done"], main[data-phase="not-article"], main[data-phase="error"]', { timeout: 60_000 });
  await page.waitForTimeout(1000);
  const events = await stop();
  // The tab's thread: where the extension's content scripts ran their message handlers.
  // (Only the content scripts' URLs: the popup's own scripts are extension URLs too, on the popup's thread.)
  const isContentScript = (e: TraceEvent) => (SCRIPTS as readonly string[]).includes(isExtensionScript(b, e) ?? '');
  const marker = events.find((e) => isContentScript(e) && e.name === 'FunctionCall') ?? events.find(isContentScript);
  const tasks = marker ? longTasks(events, (e) => e.pid === marker.pid && e.tid === marker.tid, 0, true) : [];
  await popup.close();
  await cdp.detach();
  await page.close();
  return tasks[0] ?? null;
}

async function measureBuild(dir: string): Promise<BuildFigures> {
  const bytes: Record<string, number> = {};
  for (const s of SCRIPTS) if (existsSync(join(dir, s))) bytes[s] = statSync(join(dir, s)).size;
  const b = await launchWithExtension({ devtools: true, extensionDir: dir });
  const loads = new Map<PageName, Load[]>();
  const extraction = new Map<PageName, LongTask | null>();
  try {
    for (const [name, url] of PAGES) {
      const runs: Load[] = [];
      for (let i = 0; i < LOADS; i++) {
        const { load, page, cdp } = await tracedLoad(b, url);
        runs.push(load);
        await cdp.detach();
        await page.close();
      }
      loads.set(name, runs);
      if (name !== PAGES[0][0]) extraction.set(name, await extractionTrace(b, url));
    }
  } finally {
    await b.close();
  }
  return { bytes, loads, extraction };
}

async function baselineHeap(): Promise<Map<PageName, number>> {
  const dir = emptyExtension();
  const b = await launchWithExtension({ devtools: true, extensionDir: dir });
  const heaps = new Map<PageName, number>();
  try {
    for (const [name, url] of PAGES) {
      const runs: number[] = [];
      for (let i = 0; i < LOADS; i++) {
        const page = await b.context.newPage();
        const cdp = await b.context.newCDPSession(page);
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForTimeout(3000);
        runs.push(await usedHeap(cdp));
        await cdp.detach();
        await page.close();
      }
      heaps.set(name, median(runs));
    }
  } finally {
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return heaps;
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;

/**
 * The content scripts at page load and during extraction, from Chromium traces (devtools.timeline) of
 * loading pages in fresh tabs, by thread time (on a shared 2-core machine wall time is mostly other
 * work). With BENCH_BEFORE=<dir of another chrome-mv3 build> (e.g. main's), the same figures for that
 * build are measured in the same run and given beside each row.
 */
export async function pageLoadBench(): Promise<EvalRow[]> {
  const before = process.env.BENCH_BEFORE;
  const now = await measureBuild(EXTENSION_DIR);
  const then = before ? await measureBuild(before) : null;
  const base = await baselineHeap();
  const rows: EvalRow[] = [];
  const was = (f: (x: BuildFigures) => string) => (then ? `before: ${f(then)}; ` : '');

  const total = (x: BuildFigures, s: string) => (x.bytes[s] === undefined ? '-' : kb(x.bytes[s]!));
  rows.push({
    metric: 'Bytes of the script injected into every page (page-reader.js, minified)',
    value: total(now, 'page-reader.js'),
    target: '≤ 60 kB',
    met: (now.bytes['page-reader.js'] ?? Infinity) <= 60_000,
    note: `${was((x) => total(x, 'page-reader.js'))}the page script (page-badges.js, on demand) ${total(now, 'page-badges.js')}; background.js ${kb(statSync(join(EXTENSION_DIR, 'background.js')).size)}`,
  });
  for (const [name] of PAGES) {
    const worst = (x: BuildFigures, pick: (l: Load) => number) => Math.max(...x.loads.get(name)!.map(pick));
    const med = (x: BuildFigures, pick: (l: Load) => number) => median(x.loads.get(name)!.map(pick));
    const evalOf = (s: string) => (l: Load) => l.evaluation[s]?.cpuMs ?? 0;
    const compileOf = (s: string) => (l: Load) => l.evaluation[s]?.compileMs ?? 0;
    const describeEval = (x: BuildFigures) =>
      SCRIPTS.filter((s) => x.loads.get(name)!.some((l) => l.evaluation[s])).map((s) => `${s} ${ms(worst(x, evalOf(s)))} (compile ${ms(worst(x, compileOf(s)))})`).join(', ') || 'none';
    rows.push({
      metric: `Chromium: evaluation of the content scripts at page load (compile + top-level run), ${name}`,
      value: ms(worst(now, evalOf('page-reader.js'))),
      target: '< 50 ms',
      met: SCRIPTS.every((s) => worst(now, evalOf(s)) < 50),
      note: `${was(describeEval)}after: ${describeEval(now)}; thread time, worst of ${LOADS} loads`,
    });
    const cost = (x: BuildFigures) => ms(med(x, (l) => l.scriptMs));
    rows.push({
      metric: `Chromium: page-load cost of the extension (thread time of every script task on the tab), ${name}`,
      value: cost(now),
      note: `${was(cost)}median of ${LOADS} loads; evaluation, scan, badges`,
    });
    const longest = (x: BuildFigures) => worst(x, (l) => l.longest?.cpuMs ?? 0);
    rows.push({
      metric: `Chromium: longest page-load task after the light script's evaluation, ${name}`,
      value: ms(longest(now)),
      target: '< 50 ms',
      met: longest(now) < 50,
      note: `${was((x) => ms(longest(x)))}worst of ${LOADS} loads; inside: ${now.loads.get(name)!.map((l) => l.longest).sort((p, q) => (q?.cpuMs ?? 0) - (p?.cpuMs ?? 0))[0]?.inside.slice(1, 3).join('; ') ?? '-'}`,
    });
    const added = (x: BuildFigures) => med(x, (l) => l.heap) - base.get(name)!;
    rows.push({
      metric: `Chromium: JS heap the extension adds to the tab, ${name}`,
      value: mb(added(now)),
      note: `${was((x) => mb(added(x)))}used heap after a GC minus the same page with an empty extension (${mb(base.get(name)!)}), median of ${LOADS}`,
    });
    if (now.extraction.has(name)) {
      const ext = (x: BuildFigures) => x.extraction.get(name)?.cpuMs ?? 0;
      rows.push({
        metric: `Chromium: longest task on the tab while the popup's check extracts the page, ${name}`,
        value: ms(ext(now)),
        target: '< 50 ms',
        met: ext(now) < 50,
        note: `${was((x) => ms(ext(x)))}thread time; inside: ${now.extraction.get(name)?.inside.slice(1, 3).join('; ') ?? '-'}`,
      });
    }
  }
  return rows;
}
