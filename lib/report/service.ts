import { z } from 'zod';
import { checkOne, type SnapshotCache } from '../check/check-article';
import { checkSettingsFrom } from './check-page';
import { sourcesToCheck } from './select';
import { keyedThrottle } from './throttle';
import type { FetchDeps } from '../check/fetch-source';
import { FetchFailure } from '../check/http';
import { createLimiter, type Limiter } from '../check/limiter';
import type { ResponseOf } from '../messaging/protocol';
import type { KeyValueStore } from '../platform/kv';
import { TabReport, type SourceProgress } from '../schema/report';
import type { Settings } from '../schema/settings';

export type ExtractReply = ResponseOf<'page/extract'>;

export interface ServiceDeps {
  /** Asks the tab's content script to read the page. */
  extractInTab(tabId: number, force: boolean): Promise<ExtractReply>;
  /** Sends the report to the tab for its badges; failures are ignored. */
  pushToTab(tabId: number, report: TabReport): Promise<void>;
  tabUrl(tabId: number): Promise<string | null>;
  settings(): Promise<Settings>;
  fetch: FetchDeps;
  cache: SnapshotCache | null;
  /** Survives service-worker restarts (storage.session), so a late popup sees the result. */
  session: KeyValueStore;
  log(message: string): void;
}

type Listener = (report: TabReport | null) => void;

interface TabState {
  report: TabReport;
  controller: AbortController;
}

const KEY = (tabId: number) => `report:${tabId}`;
// Progress comes about three times per source: the tab's badges and the stored copy
// get the latest state at most this often (and at once when the report is finished).
const PUBLISH_MS = 200;
const FINISHED = new Set<TabReport['phase']>(['done', 'error', 'not-article']);

/** A source's new progress folded into the report; done when every source is. */
function withProgress(report: TabReport, p: SourceProgress): TabReport {
  const progress = report.progress.map((x) => (x.url === p.url ? p : x));
  return { ...report, progress, phase: progress.every((x) => x.status === 'done') ? 'done' : 'checking' };
}


/**
 * The background's per-tab reports: extraction through the content script,
 * checks under the limits, progress to subscribers, cancellation when the tab
 * navigates. Browser APIs come in through `deps`, so it runs under Vitest.
 */
export function createReportService(deps: ServiceDeps) {
  const tabs = new Map<number, TabState>();
  const listeners = new Map<number, Set<Listener>>();
  let limiter: { key: string; limiter: Limiter } | null = null;

  const limiterFor = (s: Settings) => {
    const key = `${s.concurrency}/${s.perHostConcurrency}`;
    if (limiter?.key !== key) limiter = { key, limiter: createLimiter(s.concurrency, s.perHostConcurrency) };
    return limiter.limiter;
  };

  const publisher = keyedThrottle<number>(PUBLISH_MS, (tabId) => {
    const report = tabs.get(tabId)?.report;
    if (!report) return;
    void deps.pushToTab(tabId, report).catch(() => undefined);
    void deps.session.set({ [KEY(tabId)]: report }).catch((e) => deps.log(`cannot store report: ${String(e)}`));
  });

  const emit = (tabId: number) => {
    const report = tabs.get(tabId)?.report ?? null;
    for (const l of listeners.get(tabId) ?? []) {
      try {
        l(report);
      } catch (e) {
        deps.log(`report listener failed: ${String(e)}`);
      }
    }
    if (!report) return;
    if (FINISHED.has(report.phase)) publisher.flush(tabId);
    else publisher.run(tabId);
  };

  const update = (tabId: number, fn: (r: TabReport) => TabReport) => {
    const state = tabs.get(tabId);
    if (!state) return;
    state.report = { ...fn(state.report), updatedAt: Date.now() };
    emit(tabId);
  };

  const restore = async (tabId: number): Promise<TabReport | null> => {
    const raw = (await deps.session.get([KEY(tabId)]))[KEY(tabId)];
    if (raw === undefined) return null;
    const parsed = TabReport.safeParse(raw);
    if (!parsed.success) {
      deps.log(`dropped a stored report for tab ${tabId}: ${z.prettifyError(parsed.error).replace(/\s+/g, ' ')}`);
      await deps.session.remove([KEY(tabId)]);
      return null;
    }
    // A worker restart lost the checks that were running: say so instead of spinning.
    const report = parsed.data;
    if (report.phase === 'extracting' || report.phase === 'checking') {
      return { ...report, phase: 'error', reason: 'Checking was interrupted (the browser stopped the background worker). Run it again.' };
    }
    return report;
  };

  async function get(tabId: number): Promise<TabReport | null> {
    const live = tabs.get(tabId)?.report;
    if (live) return live;
    const stored = await restore(tabId);
    if (stored) tabs.set(tabId, { report: stored, controller: new AbortController() });
    return stored;
  }

  function cancel(tabId: number) {
    tabs.get(tabId)?.controller.abort(new FetchFailure('aborted', 'the tab navigated away'));
  }

  async function analyse(tabId: number, force: boolean, recheck: (url: string) => boolean = () => false): Promise<TabReport> {
    cancel(tabId);
    const pageUrl = (await deps.tabUrl(tabId)) ?? '';
    const controller = new AbortController();
    const now = Date.now();
    const state: TabState = {
      controller,
      report: { tabId, pageUrl, phase: 'extracting', reason: null, extraction: null, progress: [], startedAt: now, updatedAt: now },
    };
    tabs.set(tabId, state);
    emit(tabId);
    void run(tabId, state, force, recheck);
    return state.report;
  }

  async function run(tabId: number, state: TabState, force: boolean, recheck: (url: string) => boolean) {
    const { signal } = state.controller;
    const current = () => tabs.get(tabId) === state && !signal.aborted;
    let reply: ExtractReply;
    try {
      reply = await deps.extractInTab(tabId, force);
    } catch (e) {
      if (current()) update(tabId, (r) => ({ ...r, phase: 'error', reason: `Source Lens cannot read this page: ${e instanceof Error ? e.message : String(e)}` }));
      return;
    }
    if (!current()) return;
    if (!reply.ok) {
      update(tabId, (r) => ({ ...r, phase: reply.reason === 'not-article' ? 'not-article' : 'error', reason: reply.detail }));
      return;
    }
    const extraction = reply.extraction;
    const sources = sourcesToCheck(extraction);
    update(tabId, (r) => ({
      ...r,
      phase: sources.length ? 'checking' : 'done',
      extraction,
      progress: sources.map((s) => ({ url: s.url, status: 'queued', check: null, cached: false })),
    }));
    const settings = await deps.settings();
    const options = {
      settings: checkSettingsFrom(settings),
      deps: deps.fetch,
      limiter: limiterFor(settings),
      cache: deps.cache,
      bypassCache: recheck,
      signal,
      onProgress: (p: SourceProgress) => {
        if (current()) update(tabId, (r) => withProgress(r, p));
      },
    };
    await Promise.all(
      sources.map((source) =>
        checkOne(extraction, source, options).catch((e) => {
          if (!current()) return;
          deps.log(`check of ${source.url} failed: ${e instanceof Error ? e.message : String(e)}`);
        }),
      ),
    );
  }

  async function recheck(tabId: number, url: string | null): Promise<TabReport> {
    const report = await get(tabId);
    if (!report?.extraction || url === null) return analyse(tabId, true, () => true);
    const extraction = report.extraction;
    const source = extraction.sources.find((s) => s.url === url);
    if (!source) throw new Error('that source is not in this page’s report');
    const state = tabs.get(tabId)!;
    const settings = await deps.settings();
    update(tabId, (r) => ({ ...r, phase: 'checking', progress: r.progress.map((p) => (p.url === url ? { url, status: 'queued', check: null, cached: false } : p)) }));
    void checkOne(extraction, source, {
      settings: checkSettingsFrom(settings),
      deps: deps.fetch,
      limiter: limiterFor(settings),
      cache: deps.cache,
      bypassCache: () => true,
      signal: state.controller.signal,
      onProgress: (p: SourceProgress) => update(tabId, (r) => withProgress(r, p)),
    }).catch((e) => deps.log(`recheck of ${url} failed: ${String(e)}`));
    return tabs.get(tabId)!.report;
  }

  /** The tab went to another page (or closed): stop its checks and forget its report. */
  function forget(tabId: number) {
    cancel(tabId);
    tabs.delete(tabId);
    emit(tabId);
    void deps.session.remove([KEY(tabId)]).catch(() => undefined);
  }

  function subscribe(tabId: number, listener: Listener): () => void {
    let set = listeners.get(tabId);
    if (!set) listeners.set(tabId, (set = new Set()));
    set.add(listener);
    return () => {
      set!.delete(listener);
      if (!set!.size) listeners.delete(tabId);
    };
  }

  return { get, analyse, recheck, forget, subscribe };
}

export type ReportService = ReturnType<typeof createReportService>;
