import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { looksLikeArticle } from '../../lib/extract/article-gate';
import { parseHtml } from '../../lib/platform/html';
import { scriptCounts } from '../../lib/text/script';
import { NON_ARTICLE_PAGES } from './cjk-non-articles';
import { corpusDir, readJsonLoose } from './corpora';
import { loadHtml } from './pages';
import { fmt, type EvalSection } from './table';

type Cjk = 'zh' | 'ja' | 'ko';

/** The CJK language a page is written in, from the letters of its paragraphs (or its whole text), else null. */
export function cjkLanguage(doc: Document): Cjk | null {
  const paragraphs = Array.from(doc.querySelectorAll('p'), (p) => p.textContent ?? '').join(' ');
  const text = paragraphs.length > 200 ? paragraphs : `${paragraphs} ${doc.body?.textContent ?? ''}`;
  const counts = scriptCounts(text, 20_000);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const han = counts.get('han') ?? 0;
  const kana = counts.get('kana') ?? 0;
  const hangul = counts.get('hangul') ?? 0;
  if (!total || (han + kana + hangul) / total < 0.5) return null;
  if (hangul > han + kana) return 'ko';
  return kana > 0.05 * (han + kana) ? 'ja' : 'zh';
}

interface Page {
  corpus: string;
  id: string;
  html: string;
}

/** Every page the corpora's gold marks as an article, read as a browser would decode it. */
function articlePages(): { pages: Page[]; absent: string[] } {
  const pages: Page[] = [];
  const absent: string[] = [];
  const htmldate = corpusDir('htmldate');
  if (htmldate) {
    const gold = readJsonLoose<Record<string, { file: string; date: string | null }>>(join(htmldate, 'gold.json'));
    for (const { file, date } of Object.values(gold)) if (date) pages.push({ corpus: 'htmldate', id: file, html: loadHtml(join(htmldate, 'pages', file)) });
  } else absent.push('htmldate');
  const trafilatura = corpusDir('trafilatura');
  if (trafilatura) {
    const gold = readJsonLoose<Record<string, { file: string; with?: string[] | null }>>(join(trafilatura, 'gold.json'));
    for (const g of Object.values(gold)) {
      const path = join(trafilatura, 'pages', g.file);
      if (g.with?.length && existsSync(path)) pages.push({ corpus: 'trafilatura', id: g.file, html: loadHtml(path) });
    }
  } else absent.push('trafilatura');
  const aeb = corpusDir('article-extraction-benchmark');
  if (aeb) {
    const gold = readJsonLoose<Record<string, { articleBody: string }>>(join(aeb, 'ground-truth.json'));
    for (const [id, g] of Object.entries(gold)) {
      const path = join(aeb, 'html', `${id}.html.gz`);
      if (g.articleBody && existsSync(path)) pages.push({ corpus: 'article-extraction-benchmark', id, html: loadHtml(path) });
    }
  } else absent.push('article-extraction-benchmark');
  const readability = corpusDir('readability');
  if (readability) {
    for (const name of readdirSync(readability)) {
      const meta = join(readability, name, 'expected-metadata.json');
      if (!existsSync(meta)) continue;
      if ((JSON.parse(readFileSync(meta, 'utf8')) as { readerable: boolean }).readerable) {
        pages.push({ corpus: 'readability', id: name, html: loadHtml(join(readability, name, 'source.html')) });
      }
    }
  } else absent.push('readability');
  return { pages, absent };
}

/** The readability corpus's pages its gold calls not readerable. */
function readabilityNonArticles(): Page[] {
  const dir = corpusDir('readability');
  if (!dir) return [];
  const out: Page[] = [];
  for (const name of readdirSync(dir)) {
    const meta = join(dir, name, 'expected-metadata.json');
    if (!existsSync(meta)) continue;
    if (!(JSON.parse(readFileSync(meta, 'utf8')) as { readerable: boolean }).readerable) out.push({ corpus: 'readability', id: name, html: loadHtml(join(dir, name, 'source.html')) });
  }
  return out;
}

/**
 * The article gate on Chinese, Japanese and Korean pages: every CJK page the
 * corpora mark as an article must pass it (0 refusals); non-articles (the
 * readability corpus's not-readerable pages, and hand-made zh/ja/ko home,
 * index and search pages) should still be turned away.
 */
export async function evaluate(): Promise<EvalSection> {
  const { pages, absent } = articlePages();
  const cjk = pages.map((p) => ({ ...p, doc: parseHtml(p.html) })).map((p) => ({ ...p, lang: cjkLanguage(p.doc) })).filter((p) => p.lang);
  const refused = cjk.filter((p) => !looksLikeArticle(p.doc));
  const byLang = (l: Cjk) => cjk.filter((p) => p.lang === l).length;
  const corpusNon = readabilityNonArticles();
  const corpusNonKept = corpusNon.filter((p) => !looksLikeArticle(parseHtml(p.html))).length;
  const made = NON_ARTICLE_PAGES.filter((p) => !looksLikeArticle(parseHtml(p.html)));
  return {
    name: 'CJK article gate',
    rows: [
      {
        metric: 'CJK article pages refused as "not an article"',
        value: `${refused.length} of ${cjk.length}`,
        target: '0',
        met: refused.length === 0,
        note: `zh ${byLang('zh')}, ja ${byLang('ja')}, ko ${byLang('ko')}${refused.length ? `; refused: ${refused.slice(0, 6).map((p) => `${p.corpus}/${p.id}`).join(', ')}` : ''}${absent.length ? `; absent: ${absent.join(', ')}` : ''}`,
      },
      {
        metric: 'non-articles still recognised (readability readerable=false)',
        value: corpusNon.length ? `${fmt(corpusNonKept / corpusNon.length)} (${corpusNonKept}/${corpusNon.length})` : 'n/a',
      },
      {
        metric: 'non-articles still recognised (made zh/ja/ko home, index, search pages)',
        value: `${made.length}/${NON_ARTICLE_PAGES.length}`,
        note: NON_ARTICLE_PAGES.filter((p) => !made.includes(p)).map((p) => `passed the gate: ${p.name}`).join('; '),
      },
    ],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const s = await evaluate();
  console.log(s.rows.map((r) => `${r.metric}: ${r.value} ${r.note ?? ''}`).join('\n'));
}
