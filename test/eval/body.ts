import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readBody } from '../../lib/extract/body';
import { corpusDir, readJsonLoose } from './corpora';
import { loadPage } from './pages';
import { fmt, type EvalSection } from './table';

/** Word 4-gram shingles, the measure the article-extraction-benchmark uses. */
export function shingles(text: string, n = 4): Map<string, number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i + n <= words.length; i++) {
    const key = words.slice(i, i + n).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export function shingleF1(found: string, gold: string): { p: number; r: number; f1: number } {
  const a = shingles(found);
  const b = shingles(gold);
  let both = 0;
  let na = 0;
  let nb = 0;
  for (const v of a.values()) na += v;
  for (const v of b.values()) nb += v;
  for (const [k, v] of a) both += Math.min(v, b.get(k) ?? 0);
  if (!na && !nb) return { p: 1, r: 1, f1: 1 };
  const p = na ? both / na : 0;
  const r = nb ? both / nb : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export async function evaluateBody(): Promise<{ section: EvalSection; pages: { id: string; f1: number }[] }> {
  const dir = corpusDir('article-extraction-benchmark');
  if (!dir) return { section: { name: 'body', rows: [], skipped: 'article-extraction-benchmark corpus absent' }, pages: [] };
  const gold = readJsonLoose<Record<string, { articleBody: string; url: string }>>(join(dir, 'ground-truth.json'));
  const files = readdirSync(join(dir, 'html')).filter((f) => f.endsWith('.html.gz'));
  const pages: { id: string; f1: number }[] = [];
  let p = 0;
  let r = 0;
  let errors = 0;
  for (const file of files) {
    const id = file.replace('.html.gz', '');
    const g = gold[id];
    if (!g) continue;
    let text = '';
    try {
      text = readBody(loadPage(join(dir, 'html', file)))?.text ?? '';
    } catch {
      errors++;
    }
    const s = shingleF1(text, g.articleBody);
    p += s.p;
    r += s.r;
    pages.push({ id, f1: s.f1 });
  }
  const n = Math.max(1, pages.length);
  const f1 = pages.reduce((sum, x) => sum + x.f1, 0) / n;
  return {
    section: {
      name: 'body',
      rows: [
        { metric: 'article-body F1 (4-gram shingles, mean per page)', value: fmt(f1), target: '≥ 0.947', met: f1 >= 0.947, note: `precision ${fmt(p / n)}, recall ${fmt(r / n)}, ${pages.length} pages` },
        { metric: 'pages that threw', value: String(errors), target: '0', met: errors === 0 },
      ],
    },
    pages,
  };
}

export async function evaluate(): Promise<EvalSection> {
  return (await evaluateBody()).section;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { section, pages } = await evaluateBody();
  console.log(section.rows.map((r) => `${r.metric}: ${r.value} (${r.note ?? ''})`).join('\n'));
  for (const x of pages.sort((a, b) => a.f1 - b.f1).slice(0, 15)) console.log(fmt(x.f1), x.id);
}
