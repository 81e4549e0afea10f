import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readSource } from '../../lib/check/read-source';
import { summarize } from '../../lib/text/summarize';
import { corpusDir, readJsonLoose } from './corpora';
import { loadPage } from './pages';
import { fmt, type EvalSection } from './table';

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Summaries of real article pages (read as the checker reads a source): the
 * share of summary sentences that come from the article body rather than page
 * boilerplate, against the benchmark's own body text; and the time per page.
 */
export async function evaluate(): Promise<EvalSection> {
  const dir = corpusDir('article-extraction-benchmark');
  if (!dir) return { name: 'summaries', rows: [], skipped: 'article-extraction-benchmark corpus absent' };
  const gold = readJsonLoose<Record<string, { articleBody: string; url: string }>>(join(dir, 'ground-truth.json'));
  let inBody = 0;
  let total = 0;
  let pages = 0;
  let empty = 0;
  let time = 0;
  for (const file of readdirSync(join(dir, 'html')).filter((f) => f.endsWith('.html.gz'))) {
    const g = gold[file.replace('.html.gz', '')];
    if (!g) continue;
    const doc = loadPage(join(dir, 'html', file));
    const t = performance.now();
    const page = readSource(doc, g.url);
    const summary = summarize(page.text, { sentences: 3, lang: page.meta.lang });
    time += performance.now() - t;
    pages++;
    if (!summary.length) empty++;
    const body = squash(g.articleBody);
    for (const s of summary) {
      total++;
      if (body.includes(squash(s))) inBody++;
    }
  }
  return {
    name: 'summaries',
    rows: [
      { metric: 'summary sentences found in the article body', value: fmt(inBody / Math.max(1, total)), note: `${inBody}/${total} sentences, ${pages} pages, ${empty} without a summary` },
      { metric: 'time per page (read + summarise, Node)', value: `${(time / Math.max(1, pages)).toFixed(1)} ms` },
    ],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const s = await evaluate();
  console.log(s.rows.map((r) => `${r.metric}: ${r.value} ${r.note ?? ''}`).join('\n'));
}
