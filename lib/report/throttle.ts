/**
 * Per-key throttle with a leading and a trailing call: the first `run(key)` goes
 * at once, later ones within `ms` fold into one call at the end of the window,
 * so the last state is always delivered. `flush(key)` delivers it now (and
 * starts a new window).
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
    // A new window from here, so what follows a flush still waits its turn.
    open(key);
  }

  return { run, flush };
}

/**
 * Collects items per key and delivers them at most once per `ms` window
 * (leading and trailing, as `keyedThrottle`): `whole` marks that the receiver
 * needs everything again, not just the items. `flush(key)` delivers now.
 */
export function keyedBatcher<K, T>(ms: number, deliver: (key: K, items: ReadonlySet<T>, whole: boolean) => void) {
  const pending = new Map<K, { items: Set<T>; whole: boolean }>();
  const throttle = keyedThrottle<K>(ms, (key) => {
    const batch = pending.get(key);
    if (!batch) return;
    pending.delete(key);
    deliver(key, batch.items, batch.whole);
  });
  const mark = (key: K, item: T | null, whole: boolean) => {
    let batch = pending.get(key);
    if (!batch) pending.set(key, (batch = { items: new Set(), whole: false }));
    if (item !== null) batch.items.add(item);
    if (whole) batch.whole = true;
  };
  return {
    /** One item changed (or, with `whole`, everything). */
    add(key: K, item: T | null, whole = false): void {
      mark(key, item, whole);
      throttle.run(key);
    },
    /** As `add`, delivered at once with whatever was waiting. */
    flush(key: K, item: T | null, whole = false): void {
      mark(key, item, whole);
      throttle.flush(key);
    },
  };
}
