import { describe, expect, it, vi } from 'vitest';
import { createSourceCache } from '../../lib/check/cache';
import { memoryStore } from '../../lib/platform/kv';
import type { SourceSnapshot } from '../../lib/schema/check';

const snap = (url: string, extra: Partial<SourceSnapshot> = {}): SourceSnapshot => ({
  url, state: 'ok', reason: null, httpStatus: 200, finalUrl: url, redirects: [], canonicalUrl: null, archivedUrl: null, contentType: 'text/html', bytes: 100,
  error: null, meta: null, text: 'Some text.', fetchedAt: 0, durationMs: 5, ...extra,
});

function setup(over: Partial<Parameters<typeof createSourceCache>[1]> = {}) {
  let now = 1_000_000;
  const store = memoryStore();
  const log = vi.fn();
  const cache = createSourceCache(store, { ttlMs: 60_000, maxEntries: 3, maxBytes: 1_000_000, now: () => now, log, ...over });
  return { cache, store, log, advance: (ms: number) => (now += ms) };
}

describe('source cache', () => {
  it('returns what was stored, keyed by URL, until the lifetime ends', async () => {
    const { cache, advance } = setup();
    await cache.set(snap('https://a.example/1'));
    expect((await cache.get('https://a.example/1'))?.httpStatus).toBe(200);
    expect(await cache.get('https://a.example/2')).toBeNull();
    advance(61_000);
    expect(await cache.get('https://a.example/1')).toBeNull();
    expect((await cache.stats()).entries).toBe(0);
  });

  it('evicts the oldest entries beyond the size bound', async () => {
    const { cache, advance } = setup();
    for (const n of [1, 2, 3, 4]) {
      await cache.set(snap(`https://a.example/${n}`));
      advance(10);
    }
    expect(await cache.get('https://a.example/1')).toBeNull();
    expect(await cache.get('https://a.example/4')).not.toBeNull();
    expect((await cache.stats()).entries).toBe(3);
  });

  it('does not keep timeouts and connection failures', async () => {
    const { cache } = setup();
    await cache.set(snap('https://a.example/t', { state: 'timeout' }));
    expect(await cache.get('https://a.example/t')).toBeNull();
  });

  it('drops a corrupt entry and a corrupt index without failing', async () => {
    const { cache, store, log } = setup();
    await cache.set(snap('https://a.example/ok'));
    await store.set({ 'cache:https://a.example/bad': { snapshot: { url: 42 }, storedAt: 'yesterday' } });
    expect(await cache.get('https://a.example/bad')).toBeNull();
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/corrupt entry/));
    expect((await store.get(['cache:https://a.example/bad']))['cache:https://a.example/bad']).toBeUndefined();
    await store.set({ 'cache-index': 'garbage' });
    expect(await cache.stats()).toMatchObject({ entries: 1 });
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/index was corrupt/));
  });

  it('clears everything and reports what it removed', async () => {
    const { cache } = setup();
    await cache.set(snap('https://a.example/1'));
    await cache.set(snap('https://a.example/2'));
    const cleared = await cache.clear();
    expect(cleared.entries).toBe(2);
    expect(cleared.bytes).toBeGreaterThan(0);
    expect(await cache.stats()).toEqual({ entries: 0, bytes: 0 });
  });
});
