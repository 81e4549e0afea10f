import { loadPackagedLexicon } from './lexicon-extension';
import { ensureOutlets } from './outlets-extension';
import { browser } from 'wxt/browser';
import { createSourceCache, isCacheKey } from '../check/cache';
import { createFetchClient } from '../check/fetch-client';
import { withRetry } from '../check/retry';
import { createReportService } from '../report/service';
import type { TabReport } from '../schema/report';
import { listenForMessages, log, sendToTab, storageArea } from './extension';
import { parseHtml } from './html';
import { isRunning } from './content-lifetime';
import { indexedDbStore } from './idb-store';
import type { KeyValueStore } from './kv';
import { watchNetworkRequests } from './net-log';
import { serveReportPorts } from './report-port';
import { guardPrivateNetwork } from './private-guard';
import { loadSettings, watchSettings } from './settings-store';
import { isSiteDisabled } from '../settings/read-settings';

// The light script on every page is declared in wxt.config.ts (entrypoints/page-reader.ts); the
// extractor is injected on demand: into pages that look like articles, and before any extraction.
const EXTRACTOR_SCRIPT = '/page-extractor.js';
// Starting a check answers only that it started; the report itself follows through the report port.
const started = (r: TabReport) => ({ phase: r.phase, startedAt: r.startedAt });

async function dropOldCache(local: KeyValueStore): Promise<void> {
  const old = Object.keys(await local.getAll()).filter(isCacheKey);
  if (old.length) await local.remove(old);
}

/**
 * Runs the extractor script in a tab's frame, in the content scripts' isolated world, unless a copy
 * runs there already: asking costs a tiny function, evaluating the extractor again a long task.
 */
async function injectExtractor(tabId: number, frameId: number): Promise<void> {
  const target = { tabId, frameIds: [frameId] };
  const [probe] = await browser.scripting.executeScript({ target, func: isRunning, args: ['page-extractor'] as const });
  if (probe?.result === true) return;
  await browser.scripting.executeScript({ target, files: [EXTRACTOR_SCRIPT] });
}

/** Wires the report service to the browser: messages, ports, tabs, storage. */
export function startBackground(): void {
  const network = watchNetworkRequests();
  void loadSettings().then((s) => guardPrivateNetwork(s.allowPrivateNetwork)).catch((e) => log(`private-network guard: ${String(e)}`));
  watchSettings((s) => void guardPrivateNetwork(s.allowPrivateNetwork).catch((e) => log(`private-network guard: ${String(e)}`)));
  // The cache lives in IndexedDB, not storage.local (see idb-store.ts); drop what older versions kept there.
  void dropOldCache(storageArea('local')).catch((e) => log(`cannot remove the old cache: ${String(e)}`));
  let cacheSettings = { ttlMs: 24 * 3600_000, maxEntries: 500 };
  void loadSettings().then((s) => (cacheSettings = { ttlMs: s.cacheHours * 3600_000, maxEntries: s.cacheMaxEntries }));
  const cache = createSourceCache(indexedDbStore('source-cache'), {
    get ttlMs() {
      return cacheSettings.ttlMs;
    },
    get maxEntries() {
      return cacheSettings.maxEntries;
    },
    maxBytes: 8 * 1024 * 1024,
    now: Date.now,
    log,
  });

  const service = createReportService({
    async extractInTab(tabId, force) {
      try {
        // Also in tabs opened before the extension was installed or reloaded.
        await injectExtractor(tabId, 0);
      } catch {
        throw new Error('this kind of page is closed to extensions (browser pages, the extension store, PDFs)');
      }
      return sendToTab(tabId, 'page/extract', { force });
    },
    async pushToTab(tabId, update) {
      // The content script keeps its own copy of the settings and the extraction; only progress travels.
      await sendToTab(tabId, 'page/report', update).catch(() => undefined);
    },
    async tabUrl(tabId) {
      return (await browser.tabs.get(tabId).catch(() => null))?.url ?? null;
    },
    settings: loadSettings,
    ensureOutlets,
    fetch: { http: withRetry(createFetchClient(network)), parseHtml, now: Date.now, loadLexicon: loadPackagedLexicon },
    cache,
    session: storageArea('session'),
    log,
  });

  listenForMessages({
    'report/get': ({ tabId }) => service.get(tabId),
    'report/analyse': async ({ tabId, force }) => started(await service.analyse(tabId, force)),
    'report/recheck': async ({ tabId, url }) => started(await service.recheck(tabId, url)),
    'report/translated': async ({ tabId, url, translations }) => started(await service.translated(tabId, url, translations)),
    'cache/stats': () => cache.stats(),
    'cache/clear': () => cache.clear(),
    'page/loaded': async ({ url, readerable }, sender) => {
      const settings = await loadSettings();
      const tabId = sender.tab?.id;
      if (!readerable || tabId === undefined || isSiteDisabled(settings, url)) return { analyse: false };
      // An article: the extractor finds its sources for the badges (and reads it when a check starts).
      await injectExtractor(tabId, sender.frameId ?? 0).catch((e: unknown) => log(`cannot load the extractor into tab ${tabId}: ${String(e)}`));
      const analyse = settings.checkMode === 'auto';
      if (analyse) void service.analyse(tabId, false);
      return { analyse };
    },
  });
  serveReportPorts(service.subscribe, service.get);

  browser.tabs.onUpdated.addListener((tabId: number, change: { url?: string }) => {
    // A new address (a page load or a single-page-app navigation) ends the old report.
    if (change.url) void service.get(tabId).then((r) => r && r.pageUrl !== change.url && service.forget(tabId));
  });
  browser.tabs.onRemoved.addListener((tabId: number) => service.forget(tabId));
}
