import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createFetchClient } from '../../lib/check/fetch-client';
import { extractArticle } from '../../lib/extract/extract-article';
import { parseHtml } from '../../lib/platform/html';
import { memoryStore } from '../../lib/platform/kv';
import { createReportFollower } from '../../lib/report/delta';
import { splitReport } from '../../lib/report/parts';
import { createReportService, type ServiceDeps } from '../../lib/report/service';
import type { PortMessage } from '../../lib/messaging/protocol';
import { parseHostRules } from '../../lib/check/host-rules';
import { createNodeHttpClient } from '../../lib/platform/node-http';
import type { TabReport } from '../../lib/schema/report';
import { DEFAULT_SETTINGS } from '../../lib/schema/settings';
import { referenceArticle } from '../support/fixtures';
import { manySources, sourcePage } from '../web/generated';
import { REFERENCE_ARTICLE_URL, REFERENCE_SOURCE_URL } from '../web/routes';
import { startFixtureWeb, type FixtureWeb } from '../web/server';

let web: FixtureWeb;
beforeAll(async () => {
  web = await startFixtureWeb();
});
afterAll(() => web?.close());

function service(overrides: Partial<ServiceDeps> = {}) {
  const { doc, url } = referenceArticle();
  const session = memoryStore();
  const deps: ServiceDeps = {
    extractInTab: async () => {
      const out = extractArticle(doc, url);
      return out.ok ? { ok: true, extraction: out.extraction } : { ok: false, reason: 'not-article', detail: out.detail };
    },
    pushToTab: vi.fn(async () => undefined),
    tabUrl: async () => REFERENCE_ARTICLE_URL,
    settings: async () => DEFAULT_SETTINGS,
    // The table is provided with the code here (test/support/outlets.ts); outlets-table.test.ts covers the worker's load.
    ensureOutlets: async () => undefined,
    fetch: { http: createNodeHttpClient({ hostRules: parseHostRules(web.hostRules), insecure: true }), parseHtml, now: Date.now },
    cache: null,
    session,
    log: vi.fn(),
    ...overrides,
  };
  return { svc: createReportService(deps), deps, session };
}

/** Follows a tab's report as the popup does (its follower): whole reports from their parts, then deltas folded in. */
function follow(svc: ReturnType<typeof createReportService>, tabId: number, onReport: (r: TabReport | null, m: PortMessage) => void, start: TabReport | null = null): () => void {
  // The message that began what is shown: a whole report's head (its parts follow it at once) or a delta.
  let began: PortMessage | null = null;
  const feed = createReportFollower({
    onReport: (r) => began && onReport(r, began),
    log: (m) => {
      throw new Error(m);
    },
    resync: () => undefined,
  });
  for (const m of splitReport(start)) if (start) feed(m);
  return svc.subscribe(tabId, (m) => {
    if (m.type !== 'part') began = m;
    feed(m);
  });
}

const until = (svc: ReturnType<typeof createReportService>, tabId: number, phase: TabReport['phase'], start: TabReport | null = null) =>
  new Promise<TabReport>((resolve) => {
    const stop = follow(
      svc,
      tabId,
      (r) => {
        if (r?.phase === phase) {
          stop();
          resolve(r);
        }
      },
      start,
    );
  });

describe('the per-tab report service', () => {
  it('extracts, checks and reports progress until done, and keeps the report for a late popup', async () => {
    const { svc, deps, session } = service();
    const phases: string[] = [];
    follow(svc, 7, (r) => r && phases.push(r.phase));
    const done = until(svc, 7, 'done');
    await svc.analyse(7, false);
    const report = await done;
    expect(phases[0]).toBe('extracting');
    expect(phases).toContain('checking');
    expect(report.progress).toHaveLength(1);
    expect(report.progress[0]!.check?.source?.title).toBe('Kazakhstan Is Quietly Breaking Away From Russia');
    expect(deps.pushToTab).toHaveBeenCalled();
    // A popup opened later (even after a worker restart) gets the final state at once.
    const restarted = createReportService({ ...deps, session });
    expect((await restarted.get(7))?.phase).toBe('done');
  });

  it('says when a page is not an article and why', async () => {
    const { svc } = service({ extractInTab: async () => ({ ok: false, reason: 'not-article', detail: 'The page has no paragraphs of running text.' }) });
    const done = until(svc, 3, 'not-article');
    await svc.analyse(3, false);
    expect((await done).reason).toBe('The page has no paragraphs of running text.');
  });

  it('reports a page it cannot read as an error, never a spinner', async () => {
    const { svc } = service({ extractInTab: async () => Promise.reject(new Error('Could not establish connection')) });
    const failed = until(svc, 4, 'error');
    await svc.analyse(4, false);
    expect((await failed).reason).toMatch(/cannot read this page/);
  });

  it('stops a tab’s checks when it navigates away', async () => {
    let seen: AbortSignal | null = null;
    let fetching!: () => void;
    // Wait for the fetch itself, not for a "checking" report: with batched updates a fast check can
    // go from checking to done within one batch, and a listener would never see "checking".
    const started = new Promise<void>((resolve) => (fetching = resolve));
    const hang = createFetchClient();
    const { svc } = service({
      fetch: {
        http: async (req) => {
          seen = req.signal;
          fetching();
          return hang(req);
        },
        parseHtml,
        now: Date.now,
      },
    });
    await svc.analyse(9, false);
    await started;
    svc.forget(9);
    expect(seen!.aborted).toBe(true);
    expect(await svc.get(9)).toBeNull();
  });

  it('drops a corrupt stored report with a logged reason', async () => {
    const { svc, session, deps } = service();
    await session.set({ 'report:5': { tabId: 'five' } });
    expect(await svc.get(5)).toBeNull();
    expect(deps.log).toHaveBeenCalledWith(expect.stringMatching(/dropped a stored report for tab 5/));
  });

  it('rechecks one source, bypassing the cache', async () => {
    const { svc } = service();
    const done = until(svc, 11, 'done');
    await svc.analyse(11, false);
    const first = await done;
    const again = until(svc, 11, 'done', first);
    const during = await svc.recheck(11, REFERENCE_SOURCE_URL);
    expect(during.progress[0]!.status).not.toBe('done');
    expect((await again).progress[0]!.check?.httpStatus).toBe(200);
  });

  it('sends what changed in batches (at most one per window) to subscribers, the tab and storage, and always the final state', async () => {
    const url = 'https://www.many-sources.example-news.com/40/';
    const doc = parseHtml(manySources(40));
    const writes: Record<string, unknown>[] = [];
    const session = memoryStore();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const { svc, deps } = service({
        extractInTab: async () => {
          const out = extractArticle(doc, url);
          return out.ok ? { ok: true, extraction: out.extraction } : { ok: false, reason: 'not-article', detail: out.detail };
        },
        tabUrl: async () => url,
        // Sources answer 30–90 ms apart (fake time): about 120 progress events over a second or so.
        fetch: {
          http: async (req) => {
            await new Promise((r) => setTimeout(r, 30 + (Number(/src(\d+)/.exec(req.url)?.[1]) % 7) * 10));
            return { status: 200, headers: { 'content-type': 'text/html' }, finalUrl: req.url, redirects: [], body: new TextEncoder().encode(sourcePage(new URL(req.url).hostname)), truncated: false, declaredLength: null };
          },
          parseHtml,
          now: Date.now,
        },
        session: { ...session, set: async (items) => (writes.push(items), session.set(items)) },
      });
      const sent: { at: number; message: PortMessage }[] = [];
      let final: TabReport | null = null;
      follow(svc, 12, (r, message) => {
        sent.push({ at: Date.now(), message });
        if (r?.phase === 'done') final = r;
      });
      await svc.analyse(12, false);
      for (let i = 0; i < 2000 && !final; i++) await vi.advanceTimersByTimeAsync(10);
      const report = final as TabReport | null;
      expect(report?.progress).toHaveLength(40);
      expect(report!.progress.every((p) => p.status === 'done' && p.check?.verdict)).toBe(true);
      // Whole reports only when a report starts or its list of sources arrives; the rest are deltas.
      expect(sent.filter((s) => s.message.type === 'report')).toHaveLength(2);
      const deltas = sent.filter((s) => s.message.type === 'delta');
      expect(deltas.length).toBeGreaterThan(1);
      // At most one message per 150 ms window, except the final state, which goes at once.
      for (let i = 1; i < sent.length - 1; i++) expect(sent[i]!.at - sent[i - 1]!.at).toBeGreaterThanOrEqual(150);
      // Each delta carries only sources that changed, far fewer than the whole list.
      const sizes = deltas.map((d) => (d.message.type === 'delta' ? d.message.delta.progress.length : 0));
      expect(Math.max(...sizes)).toBeLessThan(40);
      // The tab gets the same batches: every source on a new report, then only changes.
      const pushes = vi.mocked(deps.pushToTab).mock.calls.map((c) => c[1]);
      expect(pushes).toHaveLength(sent.length);
      expect(pushes.filter((p) => !p.reset).every((p) => p.progress.length < 40)).toBe(true);
      // Storage: the extraction written once, then the head and the changed sources only.
      expect(writes.filter((w) => 'report:12:extraction' in w)).toHaveLength(2);
      expect(writes.filter((w) => !('report:12:extraction' in w)).every((w) => Object.keys(w).length - 1 < 40)).toBe(true);
      // And the stored parts are the final report again.
      const restarted = createReportService({ ...deps, session });
      const restored = await restarted.get(12);
      expect(restored?.phase).toBe('done');
      expect(restored?.progress.map((p) => p.check?.verdict)).toEqual(report!.progress.map((p) => p.check?.verdict));
    } finally {
      vi.useRealTimers();
    }
  }, 60_000);
});
