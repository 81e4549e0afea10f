import { z } from 'zod';
import { z as zm } from 'zod/mini';
import { checkOne, type SnapshotCache } from '../check/check-article';
import { checkSettingsFrom } from './check-page';
import { sourcesToCheck } from './select';
import { deltaOf } from './delta';
import { splitReport } from './parts';
import { keyedBatcher } from './throttle';
import type { FetchDeps } from '../check/fetch-source';
import { FetchFailure } from '../check/http';
import { createLimiter, type Limiter } from '../check/limiter';
import type { PortMessage } from '../messaging/protocol';
import type { KeyValueStore } from '../platform/kv';
import { TabReport, type BadgeProgress, type ReportWhy, type SourceProgress } from '../schema/report';
import type { Extraction } from '../schema/extraction';
import type { Settings } from '../schema/settings';
import type { CitedSource } from '../schema/source';

/** The tab's page read, or why it was not. */
export type ExtractReply =
  | { ok: true; extraction: Extraction }
  | { ok: false; reason: 'not-article' | 'disabled' | 'error'; detail: string; why?: ReportWhy };

export interface ServiceDeps {
  /** Reads the tab's page (its page script hands over a copy; the worker extracts it). */
  extractInTab(tabId: number, force: boolean): Promise<ExtractReply>;
  /** Sends the tab's badges the progress that changed; failures are ignored. */
  pushToTab(tabId: number, update: BadgeProgress): Promise<void>;
  tabUrl(tabId: number): Promise<string | null>;
  settings(): Promise<Settings>;
  /** Makes the outlet table available to the checks' lookups (the worker fetches its packaged copy). */
  ensureOutlets(): Promise<void>;
  fetch: FetchDeps;
  cache: SnapshotCache | null;
  /** Survives service-worker restarts (storage.session), so a late popup sees the result. */
  session: KeyValueStore;
  log(message: string): void;
}

/** Gets the whole report (its head and parts, in order), then what changed, at most once per batch window. */
type Listener = (message: PortMessage) => void;

interface TabState {
  report: TabReport;
  controller: AbortController;
  /** Each source's place in `report.progress`. */
  index: Map<string, number>;
  /** Claims the browser translated, per source URL (claim index → text in the source's language). */
  translations?: Map<string, Map<number, string>>;
}

// Progress comes about three times per source. Subscribers, the tab's badges and the
// stored copy get what changed at most once per window (at once when the report is finished),
// so a page with 1,000 sources costs a few small messages a second, not 3,000 whole reports.
const BATCH_MS = 150;
const FINISHED = new Set<TabReport['phase']>(['done', 'error', 'not-article']);

// The stored copy is cut into parts, so a batch writes only what changed.
const HEAD = (tabId: number) => `report:${tabId}`;
const PART = (tabId: number, part: 'extraction' | number) => `report:${tabId}:${part}`;
const StoredHead = zm.extend(zm.omit(TabReport, { extraction: true, progress: true }), { sources: zm.int().check(zm.nonnegative()) });
const partKeys = (tabId: number, sources: number) => [PART(tabId, 'extraction'), ...Array.from({ length: sources }, (_, i) => PART(tabId, i))];

const indexOf = (report: TabReport) => new Map(report.progress.map((p, i) => [p.url, i]));


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

  /** How many progress parts each tab has in storage, so stale ones can be removed. */
  const stored = new Map<number, number>();

  const store = (tabId: number, state: TabState, urls: ReadonlySet<string>, whole: boolean) => {
    const { report } = state;
    const { extraction, progress, ...head } = report;
    const items: Record<string, unknown> = { [HEAD(tabId)]: { ...head, sources: progress.length } };
    let stale: string[] = [];
    if (whole) {
      items[PART(tabId, 'extraction')] = extraction;
      progress.forEach((p, i) => (items[PART(tabId, i)] = p));
      stale = partKeys(tabId, stored.get(tabId) ?? 0).slice(1 + progress.length);
      stored.set(tabId, progress.length);
    } else {
      for (const url of urls) {
        const i = state.index.get(url);
        if (i !== undefined) items[PART(tabId, i)] = progress[i];
      }
    }
    void deps.session.set(items).catch((e) => deps.log(`cannot store report: ${String(e)}`));
    if (stale.length) void deps.session.remove(stale).catch(() => undefined);
  };

  /** One batch out: subscribers get the whole report or the delta, the tab its badges' progress, storage the changed parts. */
  const publish = (tabId: number, urls: ReadonlySet<string>, whole: boolean) => {
    const state = tabs.get(tabId);
    const report = state?.report ?? null;
    const delta = whole || !report ? null : deltaOf(report, urls);
    const subscribers = listeners.get(tabId);
    if (subscribers?.size) {
      const messages: PortMessage[] = delta ? [{ type: 'delta', delta }] : splitReport(report);
      for (const l of subscribers) {
        try {
          for (const m of messages) l(m);
        } catch (e) {
          deps.log(`report listener failed: ${String(e)}`);
        }
      }
    }
    if (!state || !report) return;
    const progress = delta ? delta.progress : report.progress;
    void deps.pushToTab(tabId, { pageUrl: report.pageUrl, reset: whole, progress }).catch(() => undefined);
    store(tabId, state, urls, whole);
  };
  const batches = keyedBatcher<number, string>(BATCH_MS, publish);

  /** Something changed: `url` names the source (null: only the report's state), `whole` a new report. */
  const emit = (tabId: number, url: string | null, whole = false) => {
    const phase = tabs.get(tabId)?.report.phase;
    if (!phase || FINISHED.has(phase)) batches.flush(tabId, url, whole);
    else batches.add(tabId, url, whole);
  };

  const update = (tabId: number, fn: (r: TabReport) => TabReport, url: string | null = null) => {
    const state = tabs.get(tabId);
    if (!state) return;
    state.report = { ...fn(state.report), updatedAt: Date.now() };
    emit(tabId, url);
  };

  /** A source's new progress folded into the report; done when every source is. */
  const progressed = (tabId: number, p: SourceProgress) =>
    update(
      tabId,
      (r) => {
        const i = tabs.get(tabId)!.index.get(p.url);
        if (i === undefined) return r;
        const progress = r.progress.slice();
        progress[i] = p;
        return { ...r, progress, phase: progress.every((x) => x.status === 'done') ? 'done' : 'checking' };
      },
      p.url,
    );

  const restore = async (tabId: number): Promise<TabReport | null> => {
    const rawHead = (await deps.session.get([HEAD(tabId)]))[HEAD(tabId)];
    if (rawHead === undefined) return null;
    const drop = async (why: string, sources: number) => {
      deps.log(`dropped a stored report for tab ${tabId}: ${why}`);
      await deps.session.remove([HEAD(tabId), ...partKeys(tabId, sources)]);
      return null;
    };
    const head = StoredHead.safeParse(rawHead);
    if (!head.success) return drop(z.prettifyError(head.error).replace(/\s+/g, ' '), 0);
    const { sources, ...rest } = head.data;
    const parts = await deps.session.get(partKeys(tabId, sources));
    const parsed = TabReport.safeParse({
      ...rest,
      extraction: parts[PART(tabId, 'extraction')] ?? null,
      progress: Array.from({ length: sources }, (_, i) => parts[PART(tabId, i)]),
    });
    if (!parsed.success) return drop(z.prettifyError(parsed.error).replace(/\s+/g, ' ').slice(0, 500), sources);
    stored.set(tabId, sources);
    // A worker restart lost the checks that were running: say so instead of spinning.
    const report = parsed.data;
    if (report.phase === 'extracting' || report.phase === 'checking') {
      return { ...report, phase: 'error', reason: 'Checking was interrupted (the browser stopped the background worker). Run it again.', why: { code: 'interrupted' } };
    }
    return report;
  };

  async function get(tabId: number): Promise<TabReport | null> {
    const live = tabs.get(tabId)?.report;
    if (live) return live;
    const restored = await restore(tabId);
    if (restored) tabs.set(tabId, { report: restored, controller: new AbortController(), index: indexOf(restored) });
    return restored;
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
      report: { tabId, pageUrl, phase: 'extracting', reason: null, why: null, extraction: null, progress: [], startedAt: now, updatedAt: now },
      index: new Map(),
    };
    tabs.set(tabId, state);
    emit(tabId, null, true);
    void run(tabId, state, force, recheck);
    return state.report;
  }

  async function run(tabId: number, state: TabState, force: boolean, recheck: (url: string) => boolean) {
    const { signal } = state.controller;
    const current = () => tabs.get(tabId) === state && !signal.aborted;
    // The outlet table loads while the tab copies its page (the reading and the checks wait for it).
    const outlets = deps.ensureOutlets();
    outlets.catch(() => undefined);
    let reply: ExtractReply;
    try {
      reply = await deps.extractInTab(tabId, force);
    } catch (e) {
      if (current()) {
        const message = e instanceof Error ? e.message : String(e);
        update(tabId, (r) => ({ ...r, phase: 'error', reason: `Source Lens cannot read this page: ${message}`, why: { code: 'unreadable', message } }));
      }
      return;
    }
    if (!current()) return;
    if (!reply.ok) {
      update(tabId, (r) => ({ ...r, phase: reply.reason === 'not-article' ? 'not-article' : 'error', reason: reply.detail, why: reply.why ?? null }));
      return;
    }
    const extraction = reply.extraction;
    const sources = sourcesToCheck(extraction);
    state.report = {
      ...state.report,
      phase: sources.length ? 'checking' : 'done',
      extraction,
      progress: sources.map((s) => ({ url: s.url, status: 'queued', check: null, cached: false })),
      updatedAt: Date.now(),
    };
    state.index = indexOf(state.report);
    emit(tabId, null, true);
    if (!sources.length) return;
    if (!(await outletsReady(tabId, outlets, current)) || !current()) return;
    const settings = await deps.settings();
    const options = {
      settings: checkSettingsFrom(settings),
      deps: deps.fetch,
      limiter: limiterFor(settings),
      cache: deps.cache,
      bypassCache: recheck,
      signal,
      onProgress: (p: SourceProgress) => {
        if (current()) progressed(tabId, p);
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

  /** Waits for the outlet table; when it cannot load, the tab's report says so instead of checking without it. */
  async function outletsReady(tabId: number, loading: Promise<void>, current: () => boolean): Promise<boolean> {
    try {
      await loading;
      return true;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      deps.log(`cannot load the outlet table: ${message}`);
      if (current()) update(tabId, (r) => ({ ...r, phase: 'error', reason: `Source Lens cannot check this page: ${message}`, why: { code: 'unreadable', message } }));
      return false;
    }
  }

  async function recheck(tabId: number, url: string | null): Promise<TabReport> {
    const report = await get(tabId);
    if (!report?.extraction || url === null) return analyse(tabId, true, () => true);
    const extraction = report.extraction;
    const source = extraction.sources.find((s) => s.url === url);
    if (!source) throw new Error('that source is not in this page’s report');
    const state = tabs.get(tabId)!;
    update(tabId, (r) => ({ ...r, phase: 'checking', progress: r.progress.map((p) => (p.url === url ? { url, status: 'queued', check: null, cached: false } : p)) }), url);
    await checkAgain(tabId, state, extraction, source, true);
    return tabs.get(tabId)!.report;
  }

  /** Checks one source of a tab's report again, in the background: fetched anew, or judged anew from the cache. */
  async function checkAgain(tabId: number, state: TabState, extraction: Extraction, source: CitedSource, bypassCache: boolean): Promise<void> {
    if (!(await outletsReady(tabId, deps.ensureOutlets(), () => tabs.get(tabId) === state))) return;
    const settings = await deps.settings();
    void checkOne(extraction, source, {
      settings: checkSettingsFrom(settings),
      deps: deps.fetch,
      limiter: limiterFor(settings),
      cache: deps.cache,
      bypassCache: () => bypassCache,
      signal: state.controller.signal,
      onProgress: (p: SourceProgress) => progressed(tabId, p),
      // Claims the reader had translated stay translated when the source is checked again.
      translationsFor: (u) => state.translations?.get(u),
    }).catch((e) => deps.log(`check of ${source.url} failed: ${String(e)}`));
  }

  /**
   * The popup had the browser translate some of a source's claims into the source's language:
   * judge that source again with them, from the cache (nothing is fetched again).
   */
  async function translated(tabId: number, url: string, items: readonly { claim: number; text: string }[]): Promise<TabReport> {
    const report = await get(tabId);
    const extraction = report?.extraction;
    const source = extraction?.sources.find((s) => s.url === url);
    const state = tabs.get(tabId);
    if (!extraction || !source || !state) throw new Error('that source is not in this page’s report');
    state.translations ??= new Map();
    state.translations.set(url, new Map(items.map((i) => [i.claim, i.text])));
    await checkAgain(tabId, state, extraction, source, false);
    return state.report;
  }

  /** The tab went to another page (or closed): stop its checks and forget its report. */
  function forget(tabId: number) {
    cancel(tabId);
    const sources = Math.max(tabs.get(tabId)?.report.progress.length ?? 0, stored.get(tabId) ?? 0);
    tabs.delete(tabId);
    stored.delete(tabId);
    emit(tabId, null, true);
    void deps.session.remove([HEAD(tabId), ...partKeys(tabId, sources)]).catch(() => undefined);
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

  return { get, analyse, recheck, translated, forget, subscribe };
}

export type ReportService = ReturnType<typeof createReportService>;
