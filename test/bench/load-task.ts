import type { ExtensionBrowser } from '../e2e/browser';

export interface LoadTasks {
  /** The longest stretch of the content script's own work at page load (ms), from long-animation-frame script timing. */
  contentScript: number;
  /** The longest task of any kind from the page's DOMContentLoaded until the scan is done. */
  longestTask: number;
  /** Which script entry point the longest content-script stretch was. */
  invoker: string;
}

/**
 * Loads `url` in a fresh tab with the real extension and reads what ran at page load: Chromium's
 * long-animation-frame entries name each script over 5 ms in a frame over 50 ms, with its URL, so
 * the content script's own tasks (module evaluation, the first scan slice) are told apart from the
 * page's. Waits for the scan to finish (settle ms without new entries).
 */
export async function loadTasks(b: ExtensionBrowser, url: string, settle = 1500): Promise<LoadTasks> {
  const page = await b.context.newPage();
  await page.addInitScript(() => {
    const g = globalThis as any;
    g.__loaf = [];
    g.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as any[])
        for (const s of e.scripts ?? []) g.__loaf.push({ url: String(s.sourceURL ?? ''), invoker: String(s.invoker ?? ''), duration: s.duration, start: s.startTime });
    }).observe({ type: 'long-animation-frame', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) g.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  let seen = -1;
  for (let waited = 0; waited < 20_000; waited += settle) {
    await page.waitForTimeout(settle);
    const n = await page.evaluate(() => (globalThis as any).__loaf.length + (globalThis as any).__longTasks.length);
    if (n === seen) break;
    seen = n;
  }
  const r = await page.evaluate(() => {
    const g = globalThis as any;
    const dcl = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventStart ?? 0;
    const ext = (g.__loaf as { url: string; invoker: string; duration: number }[]).filter((s) => s.url.startsWith('chrome-extension://'));
    const top = ext.reduce((m, s) => (s.duration > m.duration ? s : m), { duration: 0, invoker: '', url: '' });
    const longest = (g.__longTasks as { start: number; duration: number }[]).filter((t) => t.start >= dcl - 1).reduce((m, t) => Math.max(m, t.duration), 0);
    return { contentScript: top.duration, invoker: top.invoker, longestTask: longest };
  });
  await page.close();
  return r;
}
