import { z } from 'zod';
import { Outlet } from './outlet';

/** Where the build puts the outlet table (from ./data.ts), relative to the extension's root. */
export const OUTLETS_ASSET = 'outlets.json';

/** The table as the build writes it. */
export function serialiseOutlets(table: readonly Outlet[]): string {
  return JSON.stringify(table);
}

const Table = z.array(Outlet).min(1);

/** The packaged table, checked row by row: a damaged file is an error that names the bad row. */
export function parseOutlets(text: string): Outlet[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`outlet table: not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const parsed = Table.safeParse(raw);
  if (!parsed.success) throw new Error(`outlet table: ${z.prettifyError(parsed.error).replace(/\s+/g, ' ').slice(0, 300)}`);
  return parsed.data;
}
