import type { Outlet } from './outlet';

/**
 * The outlet table the lookups read, provided by each runtime: Node and the page extractor
 * import it with their code (./bundled.ts); the background worker fetches the packaged copy
 * before its first check (lib/platform/outlets-extension.ts), so its bundle does not carry it.
 */
let rows: readonly Outlet[] | null = null;

export function provideOutlets(table: readonly Outlet[]): void {
  rows = table;
}

export function outletsProvided(): boolean {
  return rows !== null;
}

/** The table; throws until one was provided: a silent "no outlet" would give wrong verdicts. */
export function outletTable(): readonly Outlet[] {
  if (!rows) {
    throw new Error('outlet table not loaded: the worker must await ensureOutlets() before reading a page or checking; Node imports lib/outlets/bundled');
  }
  return rows;
}
