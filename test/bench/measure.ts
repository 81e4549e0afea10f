import type { EvalRow } from '../eval/table';

/** Timing helpers: interleaved runs so both sides see the same machine load. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export async function sideBySide(runs: number, a: () => unknown, b: () => unknown): Promise<{ a: number; b: number; ratio: number }> {
  const ta: number[] = [];
  const tb: number[] = [];
  // One warm-up each, then alternate.
  await a();
  await b();
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    await a();
    ta.push(performance.now() - t);
    t = performance.now();
    await b();
    tb.push(performance.now() - t);
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
