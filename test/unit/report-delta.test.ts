import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyDelta, createReportFollower, deltaOf } from '../../lib/report/delta';
import { keyedBatcher } from '../../lib/report/throttle';
import type { SourceProgress, TabReport } from '../../lib/schema/report';

const queued = (url: string): SourceProgress => ({ url, status: 'queued', check: null, cached: false });
const report = (urls: string[]): TabReport => ({ tabId: 3, pageUrl: 'https://news.example/a', phase: 'checking', reason: null, extraction: null, progress: urls.map(queued), startedAt: 1000, updatedAt: 1000 });
const URLS = ['https://a.example/1', 'https://b.example/2', 'https://c.example/3'];

function follower() {
  const shown: (TabReport | null)[] = [];
  const log = vi.fn();
  const resync = vi.fn();
  return { feed: createReportFollower({ onReport: (r) => shown.push(r), log, resync }), shown, log, resync };
}

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
    f.feed({ type: 'report', report: base });
    f.feed({ type: 'delta', delta: { ...deltaOf(base, new Set()), phase: 'checking', updatedAt: 1500, progress: [{ ...queued(URLS[2]!), status: 'fetching' }] } });
    expect(f.shown).toHaveLength(2);
    expect(f.shown[1]!.progress.map((p) => p.status)).toEqual(['queued', 'queued', 'fetching']);
    expect(f.log).not.toHaveBeenCalled();
  });

  it('rejects a delta that fails its schema, with a logged reason, and asks for the whole report again', () => {
    const f = follower();
    f.feed({ type: 'report', report: report(URLS) });
    f.feed({ type: 'delta', delta: { tabId: 3, startedAt: 1000, phase: 'finished', reason: null, updatedAt: 2, progress: [{ url: URLS[0], status: 'done' }] } });
    expect(f.shown).toHaveLength(1);
    expect(f.log).toHaveBeenCalledWith(expect.stringMatching(/^rejected a report message from the background: .*phase/));
    expect(f.resync).toHaveBeenCalledTimes(1);
  });

  it('rejects a delta for another report or for sources it does not have, and waits for the whole report', () => {
    const f = follower();
    const base = report(URLS);
    f.feed({ type: 'report', report: base });
    f.feed({ type: 'delta', delta: { ...deltaOf(base, new Set()), startedAt: 999, progress: [] } });
    expect(f.log).toHaveBeenLastCalledWith(expect.stringMatching(/rejected a report change: a change for another report/));
    // Until the whole report arrives again, further changes are not applied on a report that may be stale.
    f.feed({ type: 'delta', delta: deltaOf({ ...base, phase: 'done' }, new Set()) });
    expect(f.shown).toHaveLength(1);
    f.feed({ type: 'report', report: base });
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
