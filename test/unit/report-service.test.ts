import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createFetchClient } from '../../lib/check/fetch-client';
import { extractArticle } from '../../lib/extract/extract-article';
import { parseHtml } from '../../lib/platform/html';
import { memoryStore } from '../../lib/platform/kv';
import { createReportService, type ServiceDeps } from '../../lib/report/service';
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
    fetch: { http: createNodeHttpClient({ hostRules: parseHostRules(web.hostRules), insecure: true }), parseHtml, now: Date.now },
    cache: null,
    session,
    log: vi.fn(),
    ...overrides,
  };
  return { svc: createReportService(deps), deps, session };
}

const until = (svc: ReturnType<typeof createReportService>, tabId: number, phase: TabReport['phase']) =>
  new Promise<TabReport>((resolve) => {
    const stop = svc.subscribe(tabId, (r) => {
      if (r?.phase === phase) {
        stop();
        resolve(r);
      }
    });
  });

describe('the per-tab report service', () => {
  it('extracts, checks and reports progress until done, and keeps the report for a late popup', async () => {
    const { svc, deps, session } = service();
    const phases: string[] = [];
    svc.subscribe(7, (r) => r && phases.push(r.phase));
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
    const hang = createFetchClient();
    const { svc } = service({
      fetch: {
        http: async (req) => {
          seen = req.signal;
          return hang(req);
        },
        parseHtml,
        now: Date.now,
      },
    });
    const checking = until(svc, 9, 'checking');
    await svc.analyse(9, false);
    await checking;
    await new Promise((r) => setTimeout(r, 20));
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
    await done;
    const again = until(svc, 11, 'done');
    const during = await svc.recheck(11, REFERENCE_SOURCE_URL);
    expect(during.progress[0]!.status).not.toBe('done');
    expect((await again).progress[0]!.check?.httpStatus).toBe(200);
  });

  it('sends progress to the tab and the stored copy at a bounded rate, and always the final state', async () => {
    const url = 'https://www.many-sources.example-news.com/40/';
    const doc = parseHtml(manySources(40));
    const writes: TabReport[] = [];
    const session = memoryStore();
    const { svc, deps } = service({
      extractInTab: async () => {
        const out = extractArticle(doc, url);
        return out.ok ? { ok: true, extraction: out.extraction } : { ok: false, reason: 'not-article', detail: out.detail };
      },
      tabUrl: async () => url,
      // Every source answers at once, a few milliseconds apart: about 120 progress events.
      fetch: {
        http: async (req) => {
          await new Promise((r) => setTimeout(r, 2));
          return { status: 200, headers: { 'content-type': 'text/html' }, finalUrl: req.url, redirects: [], body: new TextEncoder().encode(sourcePage(new URL(req.url).hostname)), truncated: false, declaredLength: null };
        },
        parseHtml,
        now: Date.now,
      },
      session: { ...session, set: async (items) => { writes.push(items['report:12'] as TabReport); return session.set(items); } },
    });
    let events = 0;
    svc.subscribe(12, () => events++);
    const done = until(svc, 12, 'done');
    await svc.analyse(12, false);
    const report = await done;
    expect(report.progress).toHaveLength(40);
    // The popup's port sees every step; the tab and storage see a handful.
    expect(events).toBeGreaterThan(40);
    expect(writes.length).toBeLessThan(events / 4);
    expect(vi.mocked(deps.pushToTab).mock.calls.length).toBe(writes.length);
    expect(writes.at(-1)!.phase).toBe('done');
    expect(writes.at(-1)!.progress.every((p) => p.status === 'done')).toBe(true);
  });
});
