/** Runs tasks with a global and a per-host cap on how many run at once, in arrival order. */
export interface Limiter {
  run<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** Tasks running and waiting, for progress displays and tests. */
  stats(): { active: number; queued: number };
}

interface Waiting {
  host: string;
  start: () => void;
  cancel: (reason: unknown) => void;
}

export function createLimiter(globalLimit: number, perHostLimit: number): Limiter {
  let active = 0;
  const byHost = new Map<string, number>();
  const queue: Waiting[] = [];

  const canStart = (host: string) => active < globalLimit && (byHost.get(host) ?? 0) < perHostLimit;
  const pump = () => {
    for (let i = 0; i < queue.length && active < globalLimit; ) {
      const w = queue[i]!;
      if (canStart(w.host)) {
        queue.splice(i, 1);
        w.start();
      } else i++;
    }
  };

  return {
    run<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const start = () => {
          active++;
          byHost.set(host, (byHost.get(host) ?? 0) + 1);
          task()
            .then(resolve, reject)
            .finally(() => {
              active--;
              const n = (byHost.get(host) ?? 1) - 1;
              if (n) byHost.set(host, n);
              else byHost.delete(host);
              pump();
            });
        };
        if (signal?.aborted) return reject(signal.reason);
        const waiting: Waiting = { host, start, cancel: reject };
        signal?.addEventListener('abort', () => {
          const at = queue.indexOf(waiting);
          if (at >= 0) {
            queue.splice(at, 1);
            reject(signal.reason);
          }
        }, { once: true });
        queue.push(waiting);
        pump();
      });
    },
    stats: () => ({ active, queued: queue.length }),
  };
}
