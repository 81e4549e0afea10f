import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '@/lib/platform/send';

export interface CacheStats {
  entries: number;
  bytes: number;
}

export type CacheState =
  | { kind: 'loading' }
  | { kind: 'ready'; stats: CacheStats }
  | { kind: 'clearing'; stats: CacheStats | null }
  | { kind: 'unavailable'; error?: string };

/** The source cache's size, from the background, and a way to empty it. */
export function useCacheStats() {
  const [state, setState] = useState<CacheState>({ kind: 'loading' });

  const refresh = useCallback(async () => {
    try {
      setState({ kind: 'ready', stats: await sendToBackground('cache/stats', {}) });
    } catch {
      setState({ kind: 'unavailable' });
    }
  }, []);

  useEffect(() => {
    void refresh();
    // Sources checked in other tabs while this page was hidden change the count.
    const onVisible = () => document.visibilityState === 'visible' && void refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refresh]);

  const clear = useCallback(async () => {
    setState((s) => ({ kind: 'clearing', stats: s.kind === 'ready' ? s.stats : null }));
    try {
      setState({ kind: 'ready', stats: await sendToBackground('cache/clear', {}) });
    } catch (e) {
      setState({ kind: 'unavailable', error: e instanceof Error ? e.message : String(e) });
    }
  }, []);

  return { state, clear };
}
