import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseHostRules } from '../../lib/check/host-rules';
import { extractArticle } from '../../lib/extract/extract-article';
import { parseOutlets, serialiseOutlets } from '../../lib/outlets/asset';
import { OUTLETS } from '../../lib/outlets/data';
import { parseHtml } from '../../lib/platform/html';
import { memoryStore } from '../../lib/platform/kv';
import { createNodeHttpClient } from '../../lib/platform/node-http';
import type { ServiceDeps } from '../../lib/report/service';
import type { TabReport } from '../../lib/schema/report';
import { DEFAULT_SETTINGS } from '../../lib/schema/settings';
import { referenceArticle } from '../support/fixtures';
import { REFERENCE_ARTICLE_URL, REFERENCE_SOURCE_URL } from '../web/routes';
import { startFixtureWeb, type FixtureWeb } from '../web/server';

// The packaged table, as the build writes it and the worker reads it.
const packaged = () => parseOutlets(serialiseOutlets(OUTLETS));

describe('the outlet table asset', () => {
  it('is the table of lib/outlets/data.ts, row for row', () => {
    expect(packaged()).toEqual(OUTLETS);
  });

  it('rejects a damaged file with an error naming what is wrong', () => {
    expect(() => parseOutlets('{"not":')).toThrow(/outlet table: not JSON/);
    const rows = JSON.parse(serialiseOutlets(OUTLETS)) as Record<string, unknown>[];
    rows[3] = { ...rows[3], type: 'tabloid-of-record' };
    expect(() => parseOutlets(JSON.stringify(rows))).toThrow(/outlet table:.*3.*type/);
    expect(() => parseOutlets('[]')).toThrow(/outlet table/);
  });
});

describe('lookups in a runtime that has not loaded the table (the worker before its first check)', () => {
  it('fail loudly instead of answering "no outlet", and answer once the table is provided', async () => {
    vi.resetModules();
    const lookup = await import('../../lib/outlets/lookup');
    const table = await import('../../lib/outlets/table');
    expect(table.outletsProvided()).toBe(false);
    expect(() => lookup.outletForUrl('https://www.reuters.com/world/')).toThrow(/outlet table not loaded/);
    expect(() => lookup.outletForName('Foreign Policy')).toThrow(/outlet table not loaded/);
    expect(() => lookup.findOutletMentions('Reuters reported the vote.')).toThrow(/outlet table not loaded/);
    table.provideOutlets(packaged());
    expect(lookup.outletForUrl('https://www.reuters.com/world/')?.en).toBe('Reuters');
    expect(lookup.outletForUrl('not a url')).toBeNull();
    expect(lookup.outletForName('外交政策')?.en).toBe('Foreign Policy');
    expect(lookup.findOutletMentions('Reuters reported the vote.').map((m) => m.name)).toEqual(['Reuters']);
  });
});

describe('the report service in the worker', () => {
  let web: FixtureWeb;
  beforeAll(async () => {
    web = await startFixtureWeb();
  });
  afterAll(() => web?.close());

  // A fresh module graph stands for the worker: its lookups have no table until ensureOutlets provides one.
  // The page's extraction runs in the test's own graph, which has the table, as the page extractor does.
  async function workerService(ensureOutlets: ServiceDeps['ensureOutlets']) {
    vi.resetModules();
    const { createReportService } = await import('../../lib/report/service');
    const table = await import('../../lib/outlets/table');
    const { doc, url } = referenceArticle();
    const client = createNodeHttpClient({ hostRules: parseHostRules(web.hostRules), insecure: true });
    const fetched: string[] = [];
    const log = vi.fn();
    const svc = createReportService({
      extractInTab: async () => {
        const out = extractArticle(doc, url);
        return out.ok ? { ok: true, extraction: out.extraction } : { ok: false, reason: 'not-article', detail: out.detail };
      },
      pushToTab: async () => undefined,
      tabUrl: async () => REFERENCE_ARTICLE_URL,
      settings: async () => DEFAULT_SETTINGS,
      ensureOutlets: () => ensureOutlets.call(null),
      fetch: { http: (req) => (fetched.push(req.url), client(req)), parseHtml, now: Date.now },
      cache: null,
      session: memoryStore(),
      log,
    });
    return { svc, table, fetched, log };
  }

  async function settled(svc: { get(tabId: number): Promise<TabReport | null> }, tabId: number): Promise<TabReport> {
    for (;;) {
      const r = await svc.get(tabId);
      if (r && ['done', 'error', 'not-article'].includes(r.phase)) return r;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('waits for the table before checking, and judges the publication with it', async () => {
    let provide: (() => void) | null = null;
    let loads = 0;
    const { svc, table, fetched } = await workerService(() => {
      loads++;
      // Loaded later than the page is read: a check that did not wait would meet an empty registry.
      return table.outletsProvided() ? Promise.resolve() : new Promise<void>((resolve) => (provide = () => (table.provideOutlets(packaged()), resolve())));
    });
    await svc.analyse(5, false);
    // The page is read and its sources are queued while the table is still loading; nothing is fetched
    // (a check that did not wait would fetch now, and meet an empty registry when judging).
    await vi.waitFor(async () => expect((await svc.get(5))?.phase).toBe('checking'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fetched).toEqual([]);
    provide!();
    const report = await settled(svc, 5);
    expect(report.phase).toBe('done');
    const check = report.progress.find((p) => p.url === REFERENCE_SOURCE_URL)?.check;
    expect(check?.findings.find((f) => f.kind === 'publication')).toMatchObject({ ok: true, code: 'publication.match' });
    // A recheck finds the table loaded.
    await svc.recheck(5, REFERENCE_SOURCE_URL);
    expect((await settled(svc, 5)).phase).toBe('done');
    expect(loads).toBe(2);
  });

  it('says so, and fetches nothing, when the table cannot load', async () => {
    const { svc, fetched, log } = await workerService(() => Promise.reject(new Error('outlet table asset: HTTP 404')));
    await svc.analyse(6, false);
    const report = await settled(svc, 6);
    expect(report.phase).toBe('error');
    expect(report.reason).toBe('Source Lens cannot check this page: outlet table asset: HTTP 404');
    expect(fetched).toEqual([]);
    expect(log).toHaveBeenCalledWith('cannot load the outlet table: outlet table asset: HTTP 404');
  });
});
