import type { EvalRow } from '../eval/table';

/** Timing helpers: interleaved runs so both sides see the same machine load. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Both sides measured alike: one warm-up each, then `runs` timed runs of each,
 * alternating which side goes first (a b, b a, a b, …). With `collect` (and
 * `--expose-gc`, which `npm run bench` sets) each timed run starts from a collected
 * heap: for long runs over a large live heap (the corpus row keeps 130 parsed pages,
 * ~470 MB), where otherwise the garbage one side or an earlier bench step leaves is
 * collected during whichever side runs next (a major collection there is ~0.4 s).
 * Each side still pays for the collections its own allocation causes. Not for runs
 * of a few milliseconds: right after a forced collection the extraction of the
 * reference page took 41 ms instead of 11 (Readability 5 ms either way).
 */
export async function sideBySide(runs: number, a: () => unknown, b: () => unknown, options: { collect?: boolean } = {}): Promise<{ a: number; b: number; ratio: number }> {
  const gc = options.collect ? (globalThis as { gc?: () => void }).gc : undefined;
  const time = async (f: () => unknown) => {
    gc?.();
    const t = performance.now();
    await f();
    return performance.now() - t;
  };
  const ta: number[] = [];
  const tb: number[] = [];
  await time(a);
  await time(b);
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      ta.push(await time(a));
      tb.push(await time(b));
    } else {
      tb.push(await time(b));
      ta.push(await time(a));
    }
  }
  const ma = median(ta);
  const mb = median(tb);
  return { a: ma, b: mb, ratio: ma / mb };
}

export const ms = (x: number) => `${x.toFixed(1)} ms`;

/** The floor row: Readability plus the work no extraction can skip, as a ratio to Readability alone. */
export function floorRow(where: string, page: string, unavoidable: number, readability: number): EvalRow {
  const floor = (readability + unavoidable) / readability;
  return {
    metric: `${where}: floor (Readability + sentence split + link parse) ÷ Readability, ${page}`,
    value: floor.toFixed(2),
    note: `${ms(unavoidable)} of unavoidable work; ${ms(Math.max(0, 1.3 * readability - readability - unavoidable))} left under 1.3 × for metadata, roles, attribution and claims`,
  };
}
