import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalRow } from '../eval/table';
import { EXTENSION_DIR, launchWithExtension } from '../e2e/browser';
import { REFERENCE_ARTICLE_URL } from '../web/routes';
import { median, ms } from './measure';

const WAKES = 9;

interface WorkerFigures {
  bytes: number;
  /** A stopped worker woken by a message: start-up (script compile and top-level run) plus the answer. */
  cold: number;
  /** The same message to the running worker. */
  warm: number;
  /** The outlet table's fetch and parse on the first check ("source-lens:outlets"), when the build loads it lazily. */
  outlets: number | null;
}

async function measureWorker(dir: string): Promise<WorkerFigures> {
  const b = await launchWithExtension({ extensionDir: dir });
  try {
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/options.html`);
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const ask = () =>
      page.evaluate(async () => {
        const t = performance.now();
        await chrome.runtime.sendMessage({ type: 'cache/stats', payload: {} });
        return performance.now() - t;
      });
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < WAKES; i++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.waitForTimeout(300);
      cold.push(await ask());
      warm.push(await ask());
    }
    // A fresh worker checks the reference article: the first check loads the table.
    await cdp.send('ServiceWorker.stopAllWorkers');
    const tab = await b.openTab(REFERENCE_ARTICLE_URL);
    const popup = await b.openPopup(tab.tabId);
    await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'report/analyse', payload: { tabId: id, force: true } }), tab.tabId);
    await popup.waitForSelector('main[data-phase="done"]', { timeout: 60_000 });
    const worker = b.context.serviceWorkers().at(-1)!;
    const outlets = await worker.evaluate(() => performance.getEntriesByName('source-lens:outlets')[0]?.duration ?? null);
    return { bytes: statSync(join(dir, 'background.js')).size, cold: median(cold), warm: median(warm), outlets };
  } finally {
    await b.close();
  }
}

/**
 * The background worker's start-up and the outlet table's lazy load, in Chromium (wall time: on a
 * shared 2-core machine, compare the two builds of one run). BENCH_BEFORE=<another chrome-mv3 build>
 * measures that build beside this one.
 */
export async function workerStartBench(): Promise<EvalRow[]> {
  const before = process.env.BENCH_BEFORE;
  const now = await measureWorker(EXTENSION_DIR);
  const then = before ? await measureWorker(before) : null;
  const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  const was = (f: (x: WorkerFigures) => string) => (then ? `before: ${f(then)}; ` : '');
  const start = (x: WorkerFigures) => ms(x.cold - x.warm);
  return [
    { metric: 'Bytes of the background worker (background.js, minified)', value: kb(now.bytes), note: `${was((x) => kb(x.bytes))}the outlet table is packaged apart (outlets.json)` },
    {
      metric: 'Chromium: background worker start-up (woken by a message, minus the same message warm)',
      value: start(now),
      note: `${was(start)}median of ${WAKES} wakes; cold ${ms(now.cold)}, warm ${ms(now.warm)}`,
    },
    { metric: 'Chromium: outlet table fetch + parse on the first check (worker)', value: now.outlets === null ? 'n/a' : ms(now.outlets), note: 'once per worker lifetime, while the tab reads the page' },
  ];
}
