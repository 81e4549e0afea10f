/**
 * Work written as a generator that yields between steps runs either to the end at once (CLI,
 * worker, tests) or in slices on a page, pausing whenever a slice has run for `budgetMs`, so the
 * page's main thread is never blocked for long.
 */
export type Steps<T> = Generator<void, T>;

/** How work shares a thread: slices of about `budgetMs`, with `pause` (a timer, a frame) between them. */
export interface Pacing {
  budgetMs: number;
  pause: () => Promise<void>;
}

export function runToEnd<T>(steps: Steps<T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

export async function runInSlices<T>(steps: Steps<T>, { budgetMs, pause }: Pacing): Promise<T> {
  let sliceStart = performance.now();
  let step = steps.next();
  while (!step.done) {
    if (performance.now() - sliceStart > budgetMs) {
      await pause();
      sliceStart = performance.now();
    }
    step = steps.next();
  }
  return step.value;
}
