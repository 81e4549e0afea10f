import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { looksLikeArticle } from '../../lib/extract/article-gate';
import { readBody } from '../../lib/extract/body';
import { extractArticle } from '../../lib/extract/extract-article';
import { readMetadata } from '../../lib/extract/metadata/read-metadata';
import { parseHtml } from '../../lib/platform/html';
import { cleanText } from '../../lib/text/clean';
import { corpusDir } from './corpora';
import { fmt, type EvalSection } from './table';

interface Expected {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  readerable: boolean;
}

const norm = (s: string | null | undefined) => cleanText(s).toLowerCase();

/**
 * Readability's own test pages: every page must go through the whole
 * extraction without an exception, and our metadata is compared with what
 * Readability expects (a conformance check: Readability generated it).
 */
export async function evaluate(): Promise<EvalSection> {
  const dir = corpusDir('readability');
  if (!dir) return { name: 'readability corpus', rows: [], skipped: 'readability corpus absent' };
  const pages = readdirSync(dir).filter((d) => existsSync(join(dir, d, 'source.html')));
  let errors = 0;
  const fields = ['title', 'byline', 'siteName', 'publishedTime', 'lang', 'readerable'] as const;
  const agree = Object.fromEntries(fields.map((f) => [f, { same: 0, total: 0 }])) as Record<(typeof fields)[number], { same: number; total: number }>;
  const count = (k: keyof typeof agree, ok: boolean) => {
    agree[k].total++;
    if (ok) agree[k].same++;
  };
  for (const name of pages) {
    const html = readFileSync(join(dir, name, 'source.html'), 'utf8');
    const expected = JSON.parse(readFileSync(join(dir, name, 'expected-metadata.json'), 'utf8')) as Expected;
    const url = 'http://fakehost/test/page.html';
    try {
      const doc = parseHtml(html);
      extractArticle(doc, url, { force: true });
      const meta = readMetadata(doc, url, readBody(doc));
      if (expected.title) count('title', norm(meta.title) === norm(expected.title) || norm(expected.title).startsWith(norm(meta.title)));
      if (expected.byline) count('byline', !!meta.byline && (norm(expected.byline).includes(norm(meta.authors[0] ?? meta.byline)) || norm(meta.byline).includes(norm(expected.byline))));
      if (expected.siteName) count('siteName', norm(meta.siteName) === norm(expected.siteName));
      if (expected.publishedTime) count('publishedTime', (meta.publishedTime ?? '').slice(0, 10) === expected.publishedTime.slice(0, 10));
      if (expected.lang) count('lang', (meta.lang ?? '').toLowerCase().split('-')[0] === expected.lang.toLowerCase().split('-')[0]);
      count('readerable', looksLikeArticle(parseHtml(html)) === expected.readerable);
    } catch {
      errors++;
    }
  }
  const rate = (k: keyof typeof agree) => `${fmt(agree[k].same / Math.max(1, agree[k].total))} (${agree[k].same}/${agree[k].total})`;
  return {
    name: 'readability corpus',
    rows: [
      { metric: 'pages that threw (whole extraction)', value: String(errors), target: '0', met: errors === 0, note: `${pages.length} pages` },
      { metric: 'agreement with Readability: title (ours drops site suffixes)', value: rate('title') },
      { metric: 'agreement with Readability: byline', value: rate('byline') },
      { metric: 'agreement with Readability: site name', value: rate('siteName') },
      { metric: 'agreement with Readability: published day', value: rate('publishedTime') },
      { metric: 'agreement with Readability: language', value: rate('lang') },
      { metric: 'agreement with Readability: readerable', value: rate('readerable') },
    ],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const s = await evaluate();
  console.log(s.rows.map((r) => `${r.metric}: ${r.value} ${r.note ?? ''}`).join('\n'));
}
