import { z } from 'zod';
import { SourceSnapshot } from '../schema/check';
import type { KeyValueStore } from '../platform/kv';
import type { SnapshotCache } from './check-article';

const PREFIX = 'cache:';
const INDEX = 'cache-index';
/** Whether a stored key is the cache's (an entry or its index). */
export const isCacheKey = (key: string) => key.startsWith(PREFIX) || key === INDEX;

/** A stored entry: the snapshot and when it was stored. */
const Entry = z.object({ snapshot: SourceSnapshot, storedAt: z.number() });
/** Per URL: size and age, so eviction never has to read the entries themselves. */
const Index = z.record(z.string(), z.object({ bytes: z.number().int().nonnegative(), storedAt: z.number() }));
type Index = z.infer<typeof Index>;

export interface CacheOptions {
  ttlMs: number;
  maxEntries: number;
  /** Total bytes kept; storage.local allows 10 MB without extra permissions. */
  maxBytes: number;
  now: () => number;
  log: (message: string) => void;
}

export interface SourceCache extends SnapshotCache {
  stats(): Promise<{ entries: number; bytes: number }>;
  clear(): Promise<{ entries: number; bytes: number }>;
}

/**
 * Source snapshots in storage, keyed by normalised URL, with a lifetime and a
 * size bound (oldest evicted first). A corrupt entry or index is dropped and
 * rebuilt, never fatal.
 */
export function createSourceCache(store: KeyValueStore, options: CacheOptions): SourceCache {
  // Writes are serialised: two checks finishing together must not lose index updates.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = queue.then(fn, fn);
    queue = next.catch(() => undefined);
    return next;
  };

  const readIndex = async (): Promise<Index> => {
    const raw = (await store.get([INDEX]))[INDEX];
    if (raw === undefined) return {};
    const parsed = Index.safeParse(raw);
    if (parsed.success) return parsed.data;
    options.log('cache: the index was corrupt; rebuilding it');
    const all = await store.getAll();
    const rebuilt: Index = {};
    for (const [key, value] of Object.entries(all)) {
      if (!key.startsWith(PREFIX)) continue;
      const entry = Entry.safeParse(value);
      if (entry.success) rebuilt[key.slice(PREFIX.length)] = { bytes: JSON.stringify(value).length * 2, storedAt: entry.data.storedAt };
      else await store.remove([key]);
    }
    await store.set({ [INDEX]: rebuilt });
    return rebuilt;
  };
  const totals = (index: Index) => ({ entries: Object.keys(index).length, bytes: Object.values(index).reduce((n, e) => n + e.bytes, 0) });

  return {
    async get(url) {
      const key = PREFIX + url;
      const raw = (await store.get([key]))[key];
      if (raw === undefined) return null;
      const parsed = Entry.safeParse(raw);
      const expired = parsed.success && options.now() - parsed.data.storedAt > options.ttlMs;
      if (!parsed.success || expired) {
        if (!parsed.success) options.log(`cache: dropped a corrupt entry for ${url}`);
        await serial(async () => {
          const index = await readIndex();
          delete index[url];
          await store.remove([key]);
          await store.set({ [INDEX]: index });
        });
        return null;
      }
      return parsed.data.snapshot;
    },
    set(snapshot) {
      return serial(async () => {
        if (options.ttlMs <= 0) return;
        // Failures are not worth keeping: a flaky source should be tried again next time.
        if (snapshot.state === 'timeout' || snapshot.state === 'unreachable' || snapshot.state === 'unavailable') return;
        const entry = { snapshot, storedAt: options.now() };
        const bytes = JSON.stringify(entry).length * 2;
        if (bytes > options.maxBytes / 4) return;
        const index = await readIndex();
        index[snapshot.url] = { bytes, storedAt: entry.storedAt };
        const evict: string[] = [];
        let { entries, bytes: total } = totals(index);
        for (const [url, e] of Object.entries(index).sort((a, b) => a[1].storedAt - b[1].storedAt)) {
          const expired = options.now() - e.storedAt > options.ttlMs;
          if (!expired && entries <= options.maxEntries && total <= options.maxBytes) break;
          evict.push(url);
          entries--;
          total -= e.bytes;
          delete index[url];
        }
        await store.set({ [PREFIX + snapshot.url]: entry, [INDEX]: index });
        if (evict.length) await store.remove(evict.map((u) => PREFIX + u));
      });
    },
    async stats() {
      return totals(await readIndex());
    },
    clear() {
      return serial(async () => {
        const index = await readIndex();
        const before = totals(index);
        await store.remove([...Object.keys(index).map((u) => PREFIX + u), INDEX]);
        return before;
      });
    },
  };
}
