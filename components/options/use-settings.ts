import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '@/lib/schema/settings';
import { loadSettings, saveSettings, watchSettings } from '@/lib/platform/settings-store';
import { readSettings } from '@/lib/settings/read-settings';

export type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

/**
 * The stored settings, kept current across pages and tabs, and a way to
 * change them: every change is saved at once.
 */
export function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const latest = useRef<Settings | null>(null);
  // Our own writes, in order, until the storage watcher echoes them back. An
  // echo is already on screen; applying a late one would undo a quicker later change.
  const echoes = useRef<string[]>([]);

  useEffect(() => {
    let live = true;
    void loadSettings().then((s) => {
      if (live && !latest.current) setSettings((latest.current = s));
    });
    const stop = watchSettings((s) => {
      if (!live) return;
      const own = echoes.current.indexOf(JSON.stringify(s));
      if (own >= 0) echoes.current.splice(0, own + 1);
      else setSettings((latest.current = s));
    });
    return () => {
      live = false;
      stop();
    };
  }, []);

  const replace = useCallback(async (next: Settings) => {
    setSettings((latest.current = next));
    echoes.current.push(JSON.stringify(readSettings(next)));
    // Empty first, so that a screen reader announces "Saved" again on every save.
    setStatus({ kind: 'saving' });
    try {
      await saveSettings(next);
      setStatus({ kind: 'saved' });
    } catch (e) {
      setStatus({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }, []);

  const update = useCallback(
    (patch: Partial<Settings>) => {
      if (latest.current) void replace({ ...latest.current, ...patch });
    },
    [replace],
  );

  return { settings, status, update, replace };
}
