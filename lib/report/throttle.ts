/**
 * Per-key throttle with a leading and a trailing call: the first `run(key)` goes
 * at once, later ones within `ms` fold into one call at the end of the window,
 * so the last state is always delivered. `flush(key)` delivers it now.
 */
export function keyedThrottle<K>(ms: number, fn: (key: K) => void) {
  const windows = new Map<K, { timer: ReturnType<typeof setTimeout>; pending: boolean }>();

  const open = (key: K) => {
    const w = {
      pending: false,
      timer: setTimeout(() => {
        windows.delete(key);
        if (w.pending) run(key);
      }, ms),
    };
    windows.set(key, w);
  };

  function run(key: K): void {
    const w = windows.get(key);
    if (w) {
      w.pending = true;
      return;
    }
    fn(key);
    open(key);
  }

  function flush(key: K): void {
    const w = windows.get(key);
    if (w) {
      clearTimeout(w.timer);
      windows.delete(key);
    }
    fn(key);
  }

  return { run, flush };
}
