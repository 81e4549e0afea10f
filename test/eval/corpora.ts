import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared corpora, read in place (never copied into the project). */
export const CORPORA = process.env.SOURCE_LENS_CORPORA ?? resolve(fileURLToPath(import.meta.url), '../../../../shared/corpora');

export function corpusDir(name: string): string | null {
  const dir = join(CORPORA, name);
  return existsSync(dir) ? dir : null;
}

/** Reads an HTML file from a corpus, gunzipping .gz and decoding bytes the way a browser would. */
export function readCorpusHtml(path: string, decode: (bytes: Uint8Array) => string): string {
  let bytes: Uint8Array = readFileSync(path);
  if (path.endsWith('.gz')) bytes = gunzipSync(bytes);
  return decode(bytes);
}

/** JSON as the corpora store it: some files write NaN for a missing value. */
export function readJsonLoose<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8').replace(/:\s*NaN\b/g, ': null')) as T;
}
