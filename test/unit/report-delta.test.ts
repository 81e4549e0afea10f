import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyDelta, createReportFollower, deltaOf } from '../../lib/report/delta';
import { splitReport } from '../../lib/report/parts';
import { extractArticle } from '../../lib/extract/extract-article';
import { parseHtml } from '../../lib/platform/html';
import { manySources } from '../web/generated';
import { keyedBatcher } from '../../lib/report/throttle';
import { PART_SIZE } from '../../lib/schema/report';
import type { SourceProgress, TabReport } from '../../lib/schema/report';

const queued = (url: string): SourceProgress => ({ url, status: 'queued', check: null, cached: false });
const report = (urls: string[]): TabReport => ({ tabId: 3, pageUrl: 'https://news.example/a', phase: 'checking', reason: null, why: null, extraction: null, progress: urls.map(queued), startedAt: 1000, updatedAt: 1000 });
const URLS = ['https://a.example/1', 'https://b.example/2', 'https://c.example/3'];

function follower() {
  const shown: (TabReport | null)[] = [];
  const log = vi.fn();
  const resync = vi.fn();
  return { feed: createReportFollower({ onReport: (r) => shown.push(r), log, resync }), shown, log, resync };
}

/** A whole report as the background sends it: its head, then its parts. */
const whole = (f: ReturnType<typeof follower>, r: TabReport | null) => splitReport(r).forEach((m) => f.feed(m));

describe('whole reports in parts', () => {
  // A real extraction of a page citing n sources, as the content script sends it.
  const big = (n: number): TabReport => {
    const out = extractArticle(parseHtml(manySources(n)), 'https://www.many-sources.example-news.com/scale/');
    if (!out.ok) throw new Error(out.detail);
    return { ...report(out.extraction.sources.map((s) => s.url)), extraction: out.extraction };
  };

  it('a report citing 250 sources travels as a head and parts of at most PART_SIZE each, and is shown whole once the last arrives', () => {
    const r = big(250);
    expect(r.extraction!.sources).toHaveLength(250);
    const messages = splitReport(r);
    const parts = Math.ceil(Math.max(250, r.extraction!.claims.length) / PART_SIZE);
    expect(messages.map((m) => m.type)).toEqual(['report', ...Array(parts).fill('part')]);
    for (const m of messages) if (m.type === 'part') for (const list of [m.part.sources, m.part.claims, m.part.progress]) expect(list.length).toBeLessThanOrEqual(PART_SIZE);
    const f = follower();
    messages.slice(0, -1).forEach((m) => f.feed(m));
    expect(f.shown).toHaveLength(0);
    f.feed(messages.at(-1));
    expect(f.shown).toEqual([r]);
    expect(f.log).not.toHaveBeenCalled();
  });

  it('rejects a part out of order or of another report, shows nothing half-built, and asks again', () => {
    const r = big(250);
    const [head, p0, p1, p2] = splitReport(r);
    const f = follower();
    f.feed(head);
    f.feed(p0);
    f.feed(p2);
    expect(f.log).toHaveBeenLastCalledWith(expect.stringMatching(/rejected a report part: report part 2 arrived where part 1 of \d+ was expected/));
    expect(f.resync).toHaveBeenCalledTimes(1);
    // The rest of the abandoned report is dropped quietly; deltas wait for the whole report.
    f.feed(p1);
    f.feed({ type: 'delta', delta: deltaOf(r, new Set()) });
    expect(f.shown).toHaveLength(0);
    f.feed(head);
    f.feed({ ...p0, part: { ...(p0 as { part: object }).part, startedAt: 5 } });
    expect(f.log).toHaveBeenLastCalledWith(expect.stringMatching(/a part of another report/));
    whole(f, r);
    expect(f.shown).toEqual([r]);
  });

  it('rejects a part larger than PART_SIZE by its schema', () => {
    const r = big(250);
    const [head, p0] = splitReport(r);
    const f = follower();
    f.feed(head);
    f.feed({ ...p0, part: { ...(p0 as { part: object }).part, sources: r.extraction!.sources.slice(0, PART_SIZE + 1) } });
    expect(f.log).toHaveBeenLastCalledWith(expect.stringMatching(/^rejected a report message from the background: .*sources/));
    expect(f.shown).toHaveLength(0);
  });
});

describe('report deltas', () => {
  it('carry only the sources named, and fold back into the same report', () => {
    const base = report(URLS);
    const next: TabReport = { ...base, updatedAt: 2000, progress: base.progress.map((p, i) => (i === 1 ? { ...p, status: 'fetching' } : p)) };
    const delta = deltaOf(next, new Set([URLS[1]!]));
    expect(delta.progress.map((p) => p.url)).toEqual([URLS[1]]);
    const applied = applyDelta(base, delta);
    expect(applied.ok && applied.report).toEqual(next);
    // Untouched sources keep their objects: the popup redraws only the changed card.
    expect(applied.ok && applied.report.progress[0]).toBe(base.progress[0]);
  });

  it('the follower shows the whole report, then each change folded in', () => {
    const f = follower();
    const base = report(URLS);
    whole(f, base);
    f.feed({ type: 'delta', delta: { ...deltaOf(base, new Set()), phase: 'checking', updatedAt: 1500, progress: [{ ...queued(URLS[2]!), status: 'fetching' }] } });
    expect(f.shown).toHaveLength(2);
    expect(f.shown[1]!.progress.map((p) => p.status)).toEqual(['queued', 'queued', 'fetching']);
    expect(f.log).not.toHaveBeenCalled();
  });

  it('rejects a delta that fails its schema, with a logged reason, and asks for the whole report again', () => {
    const f = follower();
    whole(f, report(URLS));
    f.feed({ type: 'delta', delta: { tabId: 3, startedAt: 1000, phase: 'finished', reason: null, updatedAt: 2, progress: [{ url: URLS[0], status: 'done' }] } });
    expect(f.shown).toHaveLength(1);
    expect(f.log).toHaveBeenCalledWith(expect.stringMatching(/^rejected a report message from the background: .*phase/));
    expect(f.resync).toHaveBeenCalledTimes(1);
  });

  it('rejects a delta for another report or for sources it does not have, and waits for the whole report', () => {
    const f = follower();
    const base = report(URLS);
    whole(f, base);
    f.feed({ type: 'delta', delta: { ...deltaOf(base, new Set()), startedAt: 999, progress: [] } });
    expect(f.log).toHaveBeenLastCalledWith(expect.stringMatching(/rejected a report change: a change for another report/));
    // Until the whole report arrives again, further changes are not applied on a report that may be stale.
    f.feed({ type: 'delta', delta: deltaOf({ ...base, phase: 'done' }, new Set()) });
    expect(f.shown).toHaveLength(1);
    whole(f, base);
    f.feed({ type: 'delta', delta: { ...deltaOf(base, new Set()), progress: [queued('https://elsewhere.example/')] } });
    expect(f.log).toHaveBeenLastCalledWith(expect.stringMatching(/names 1 source\(s\) the report does not have, e\.g\. https:\/\/elsewhere\.example\//));
    expect(f.resync).toHaveBeenCalledTimes(2);
    expect(f.shown.every((r) => r?.progress.length === 3)).toBe(true);
  });
});

describe('the batcher', () => {
  afterEach(() => vi.useRealTimers());

  it('delivers at most once per window, with everything that changed in it', () => {
    vi.useFakeTimers();
    const out: { at: number; items: string[]; whole: boolean }[] = [];
    const b = keyedBatcher<number, string>(150, (_k, items, whole) => out.push({ at: Date.now(), items: [...items], whole }));
    const start = Date.now();
    // 300 changes, one every 2 ms, over 600 ms.
    for (let i = 0; i < 300; i++) {
      b.add(1, `u${i % 40}`);
      vi.advanceTimersByTime(2);
    }
    vi.advanceTimersByTime(200);
    expect(out.length).toBeLessThanOrEqual(Math.ceil(600 / 150) + 1);
    for (let i = 1; i < out.length; i++) expect(out[i]!.at - out[i - 1]!.at).toBeGreaterThanOrEqual(150);
    // Nothing lost: every item reached the receiver, the last change last.
    expect(new Set(out.flatMap((o) => o.items)).size).toBe(40);
    expect(out.at(-1)!.items).toContain('u19');
    expect(out[0]!.at).toBe(start);
  });

  it('flush delivers at once, with `whole` when anything asked for it, and keys do not share windows', () => {
    vi.useFakeTimers();
    const out: [number, string[], boolean][] = [];
    const b = keyedBatcher<number, string>(150, (k, items, whole) => out.push([k, [...items], whole]));
    b.add(1, 'a');
    b.add(2, 'x');
    b.add(1, 'b');
    b.add(1, null, true);
    b.flush(1, 'c');
    expect(out).toEqual([
      [1, ['a'], false],
      [2, ['x'], false],
      [1, ['b', 'c'], true],
    ]);
  });
});
