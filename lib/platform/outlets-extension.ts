import { browser } from 'wxt/browser';
import { OUTLETS_ASSET, parseOutlets } from '../outlets/asset';
import { outletsProvided, provideOutlets } from '../outlets/table';

let loading: Promise<void> | null = null;

/**
 * The packaged outlet table, fetched and parsed once per worker lifetime before the first
 * check that needs it, so the worker's bundle does not carry it (service workers cannot
 * import() a module later). The time it took is recorded as the performance measure
 * "source-lens:outlets" (read by the benchmark).
 */
export function ensureOutlets(): Promise<void> {
  if (outletsProvided()) return Promise.resolve();
  loading ??= (async () => {
    const start = performance.now();
    const res = await fetch(browser.runtime.getURL(`/${OUTLETS_ASSET}` as '/'));
    if (!res.ok) throw new Error(`outlet table asset: HTTP ${res.status}`);
    provideOutlets(parseOutlets(await res.text()));
    performance.measure('source-lens:outlets', { start });
  })();
  // A failed load is tried again at the next check rather than remembered.
  loading.catch(() => (loading = null));
  return loading;
}
