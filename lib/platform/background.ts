import { loadPackagedLexicon } from './lexicon-extension';
import { ensureOutlets } from './outlets-extension';
import { browser } from 'wxt/browser';
import { createSourceCache, isCacheKey } from '../check/cache';
import { createFetchClient } from '../check/fetch-client';
import { withRetry } from '../check/retry';
import { extractCopy, scanCopy, type PageSources } from '../extract/page-copy';
import type { Pacing } from '../extract/steps';
import { createReportService, type ExtractReply } from '../report/service';
import type { TabReport } from '../schema/report';
import { listenForMessages, log, storageArea } from './extension';
import { sendToTab } from './send';
import { Protocol } from '../messaging/protocol';
import { badgeView } from '../report/badge-view';
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
// page script (badges, the page's copy) is injected on demand: into articles, and before any check.
const PAGE_SCRIPT = '/page-badges.js';
// The worker reads a page's copy in slices, so report ports and other checks are served meanwhile.
const READ_PACING: Pacing = { budgetMs: 20, pause: () => new Promise<void>((resolve) => setTimeout(resolve, 0)) };
// Starting a check answers only that it started; the report itself follows through the report port.
const started = (r: TabReport) => ({ phase: r.phase, startedAt: r.startedAt });

async function dropOldCache(local: KeyValueStore): Promise<void> {
  const old = Object.keys(await local.getAll()).filter(isCacheKey);
  if (old.length) await local.remove(old);
}

/**
 * Runs the page script in a tab's top frame (where the light script runs), in the content scripts'
 * isolated world, unless a copy runs there already.
 */
async function injectPageScript(tabId: number): Promise<void> {
  const target = { tabId, frameIds: [0] };
  const [probe] = await browser.scripting.executeScript({ target, func: isRunning, args: ['page-badges'] as const });
  if (probe?.result === true) return;
  await browser.scripting.executeScript({ target, files: [PAGE_SCRIPT] });
}

// The page script parses each message it receives in one task: sources go in parts of this many.
const SOURCES_PER_MESSAGE = 200;

/** A list in parts of at most `size`, in order; an empty list is one empty part (its message still says something). */
function partsOf<T>(list: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < list.length || i === 0; i += size) parts.push(list.slice(i, i + size));
  return parts;
}

/** Sends the page its sources for the badges, in parts, so no message costs the page a long parse. */
async function sendSources(tabId: number, badges: PageSources): Promise<void> {
  for (const sources of partsOf(badges.sources, SOURCES_PER_MESSAGE)) await sendToTab(tabId, 'page/sources', { pageUrl: badges.pageUrl, sources });
}

/** The tab's page, serialised by its page script (injected first: also into tabs opened before the extension). */
async function copyOfTab(tabId: number) {
  try {
    await injectPageScript(tabId);
  } catch {
    throw new Error('this kind of page is closed to extensions (browser pages, the extension store, PDFs)');
  }
  return sendToTab(tabId, 'page/html', {});
}

/** Reads the tab's page in the worker and sends the page its sources for the badges. */
async function extractInTab(tabId: number, force: boolean): Promise<ExtractReply> {
  const copy = await copyOfTab(tabId);
  if (!copy.ok) return copy;
  // Roles and named publications come from the outlet table: the worker loads it once.
  await ensureOutlets();
  const out = await extractCopy(copy, parseHtml, { ...READ_PACING, force });
  if (!out.ok) return out;
  void sendSources(tabId, out.badges).catch((e: unknown) => log(`cannot show badges in tab ${tabId}: ${String(e)}`));
  return { ok: true, extraction: out.extraction };
}

/** The page-load scan of an article (its source links, for the badges), without a check. */
async function scanTab(tabId: number): Promise<void> {
  const copy = await copyOfTab(tabId);
  if (!copy.ok) return;
  await ensureOutlets();
  // Only articles are scanned: the light script has already decided so on the live page.
  await sendSources(tabId, await scanCopy(copy, parseHtml, { ...READ_PACING, readerable: true }));
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
    extractInTab,
    async pushToTab(tabId, update) {
      // The page script keeps its own settings and sources; only what the badges show travels.
      // In parts, like the sources: the first carries `reset`, the others only add to it.
      const parts = partsOf(update.progress.map(badgeView), SOURCES_PER_MESSAGE);
      for (const [i, views] of parts.entries()) {
        const ok = await sendToTab(tabId, 'page/report', { pageUrl: update.pageUrl, reset: update.reset && i === 0, views }).then(() => true, () => false);
        if (!ok) return;
      }
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

  listenForMessages(Protocol, {
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
      // An article: a check reads it now (automatic checks), or its source links get badges.
      const analyse = settings.checkMode === 'auto';
      if (analyse) void service.analyse(tabId, false);
      else void scanTab(tabId).catch((e: unknown) => log(`cannot read the sources of tab ${tabId}: ${String(e)}`));
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
