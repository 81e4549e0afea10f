import '../outlets/bundled'; // the outlet table, with the code (lib/outlets/table.ts)
import { readFileSync } from 'node:fs';
import { extractArticle } from '../extract/extract-article';
import { parseHtml } from '../platform/html';
import { parseCommand, usageError } from './args';
import { fail, httpUrlProblem, readHtmlFile, runMain, writeOut } from './io';

const USAGE = `usage: extract <page.html> --url <page-url> [--force]
       extract --batch <list.tsv> [--force]

Reads a saved article page and prints its metadata, cited sources and claims as JSON.

  --url <page-url>     the page's address
  --batch <list.tsv>   one "<path>\\t<url>" per line; prints one JSON line per input line
  --force              read the page even if it does not look like an article
  -h, --help           print this help and exit
  --version            print the version and exit`;

function extractFile(path: string, url: string, force: boolean): string {
  let html: string;
  try {
    html = readHtmlFile(path);
  } catch (e) {
    throw new Error(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const problem = httpUrlProblem(url);
  if (problem) throw new Error(`--url must be an absolute http(s) URL: ${problem}`);
  // parseHtml's errors already say why the page could not be read.
  const out = extractArticle(parseHtml(html), url, { force });
  if (!out.ok) throw new Error(`no article in ${path}: ${out.detail}`);
  return JSON.stringify(out.extraction);
}

async function main() {
  const args = parseCommand({ usage: USAGE, options: { url: { type: 'string' }, batch: { type: 'string' }, force: { type: 'boolean', default: false } } });
  const { values, positionals } = args;
  if (values.batch) {
    let list: string;
    try {
      list = readFileSync(values.batch, 'utf8');
    } catch (e) {
      fail(`cannot read ${values.batch}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
    // One process for the whole list; one JSON line per input line, errors included.
    for (const line of list.split('\n')) {
      if (!line.trim()) continue;
      const [path, url] = line.split('\t');
      let out: string;
      try {
        if (!path || !url) throw new Error(`expected "<path>\\t<url>", got "${line.slice(0, 80)}"`);
        out = extractFile(path.trim(), url.trim(), values.force);
      } catch (e) {
        out = JSON.stringify({ error: (e as Error).message });
      }
      await writeOut(out + '\n');
    }
    return;
  }
  const [path] = positionals;
  if (!path || !values.url) usageError('extract: a page file and --url are required', USAGE);
  try {
    await writeOut(extractFile(path, values.url, values.force) + '\n');
  } catch (e) {
    fail((e as Error).message);
  }
}

runMain('extract', main);
