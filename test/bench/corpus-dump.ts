/**
 * Dumps extractArticle's outcome for every Readability test page as JSON lines,
 * to diff before and after a performance change (outputs must not move):
 *   npx tsx test/bench/corpus-dump.ts > before.jsonl
 */
import '../../lib/outlets/bundled';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../lib/extract/extract-article';
import { parseHtml } from '../../lib/platform/html';
import { corpusDir } from '../eval/corpora';

const dir = corpusDir('readability');
if (!dir) throw new Error('corpus readability not found');
for (const name of readdirSync(dir).filter((n) => existsSync(join(dir, n, 'source.html')))) {
  const out = extractArticle(parseHtml(readFileSync(join(dir, name, 'source.html'), 'utf8')), 'https://example.com/article');
  const anchors = out.ok ? [...out.anchors].map(([url, els]) => [url, els.map((el) => el.outerHTML)]) : null;
  console.log(JSON.stringify({ name, ...out, anchors }));
}
