import type { CDPSession } from 'playwright-core';

/** One Chromium trace event (the fields read here). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event: what the task cost, without the time the OS ran other work. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string; type?: string; frame?: string } };
}

// The main-thread tasks (RunTask) and what ran inside them: script compile and evaluation, function calls, events, layout.
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'];

/** Starts a Chromium trace (browser-wide) through a page's DevTools session. */
export async function startTrace(cdp: CDPSession, extra: string[] = []): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: unknown[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: [...CATEGORIES, ...extra], recordMode: 'recordContinuously' }, transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', collect);
    return events;
  };
}

export interface LongTask {
  ms: number;
  /** The task's thread time. On a loaded machine wall time is several times this. */
  cpuMs: number;
  /** What took the time inside the task: event name (and script URL or function), summed, longest first. */
  inside: string[];
}

/**
 * The tasks of more than `minMs` of thread time in which `touches` is true of some event (e.g. a
 * script URL of the extension), longest (thread time) first, each with what ran inside it (thread time). With
 * `wholeThread`, every long task of a thread where `touches` held anywhere (a page's
 * own thread: its rendering and message tasks run no script of a known URL).
 */
export function longTasks(events: TraceEvent[], touches: (e: TraceEvent) => boolean, minMs = 20, wholeThread = false): LongTask[] {
  const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of complete) {
    const key = `${e.pid}:${e.tid}`;
    const list = byThread.get(key);
    if (list) list.push(e);
    else byThread.set(key, [e]);
  }
  const out: LongTask[] = [];
  for (const list of byThread.values()) {
    if (wholeThread && !list.some(touches)) continue;
    list.sort((a, b) => a.ts - b.ts);
    for (const task of list) {
      if (task.name !== 'RunTask' || (task.tdur ?? task.dur!) < minMs * 1000) continue;
      const end = task.ts + task.dur!;
      const inner = list.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= end);
      if (!wholeThread && !inner.some(touches)) continue;
      const sums = new Map<string, number>();
      for (const e of inner) {
        if (e.name === 'RunTask') continue;
        const d = e.args?.data;
        const label = `${e.name}${d?.url ? ` ${d.url.replace(/^.*\//, '')}` : ''}${d?.functionName ? ` ${d.functionName}` : ''}${d?.type ? ` ${d.type}` : ''}`;
        sums.set(label, (sums.get(label) ?? 0) + (e.tdur ?? e.dur!) / 1000);
      }
      const inside = [...sums].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v.toFixed(0)} ms`);
      out.push({ ms: task.dur! / 1000, cpuMs: (task.tdur ?? task.dur!) / 1000, inside });
    }
  }
  return out.sort((a, b) => b.cpuMs - a.cpuMs);
}
