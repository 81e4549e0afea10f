/**
 * Attribution on the cited-link set: for hand-labelled links (cited-links/attributions.json: the publication and
 * the person each link's sentence credits, or null), the precision and recall of the publication and the author
 * the extractor reads; and, over every extracted source of every labelled page, the count of false publications
 * that need no label to see: places ("European Union" in "imports into the European Union") and plain words.
 *
 *   npx tsx test/eval/attribution.ts     prints the section and each labelled link the extractor gets wrong
 */
import '../../lib/outlets/bundled'; // the outlet table, with the code (lib/outlets/table.ts), when run on its own
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { decodeBody } from '../../lib/check/decode';
import { isPlace } from '../../lib/extract/attribution/places';
import { extractArticle } from '../../lib/extract/extract-article';
import { normalizeUrl } from '../../lib/extract/links/normalize-url';
import { outletForName, outletKey } from '../../lib/outlets/lookup';
import { parseHtml } from '../../lib/platform/html';
import type { CitedSource } from '../../lib/schema/source';
import { readLabels, resolvePagePath } from './cited-links';
import { fmt, renderTable, type EvalRow, type EvalSection } from './table';

const HERE = dirname(fileURLToPath(import.meta.url));
const ATTRIBUTIONS = join(HERE, 'cited-links', 'attributions.json');

interface LabelledLink {
  url: string;
  publication: string | null;
  author: string | null;
}
interface LabelledPage {
  path: string;
  url: string;
  links: LabelledLink[];
}

/** Same name: equal keys, one inside the other ("Fiona" ↔ "Fiona Parry"), or the same table entry. */
export function sameName(a: string, b: string): boolean {
  const ka = outletKey(a);
  const kb = outletKey(b);
  if (!ka || !kb) return false;
  if (ka === kb || (Math.min(ka.length, kb.length) >= 4 && (ka.includes(kb) || kb.includes(ka)))) return true;
  const oa = outletForName(a);
  return !!oa && oa.id === outletForName(b)?.id;
}

// A publication that is no name at all: lower-case words only, or a pronoun / common noun.
const PLAIN = /^(?:the\s+)?[\p{Ll}\s'’-]+$/u;
export function isFalsePublication(name: string): boolean {
  return isPlace(name) || isPlace(name.replace(/^the\s+/i, '')) || (PLAIN.test(name) && !/(?:office|department|agency|ministry|bureau|university|police)$/.test(name));
}

function sourcesOf(path: string, url: string): CitedSource[] | null {
  const file = resolvePagePath(path);
  if (!file || !existsSync(file)) return null;
  let bytes: Uint8Array = readFileSync(file);
  if (file.endsWith('.gz')) bytes = gunzipSync(bytes);
  const out = extractArticle(parseHtml(decodeBody(bytes).text), url, { force: true });
  return out.ok ? out.extraction.sources : [];
}

interface Tally {
  predicted: number;
  gold: number;
  right: number;
}
const tally = (): Tally => ({ predicted: 0, gold: 0, right: 0 });

export function evaluateAttribution(log?: (line: string) => void): EvalRow[] | null {
  if (!existsSync(ATTRIBUTIONS)) return null;
  const pages = JSON.parse(readFileSync(ATTRIBUTIONS, 'utf8')) as LabelledPage[];
  const pub = tally();
  const author = tally();
  let labelledLinks = 0;
  let labelledFalse = 0;
  for (const page of pages) {
    const sources = sourcesOf(page.path, page.url);
    if (!sources) return null;
    const byUrl = new Map(sources.map((s) => [normalizeUrl(s.url, page.url), s]));
    for (const link of page.links) {
      labelledLinks++;
      const a = byUrl.get(normalizeUrl(link.url, page.url))?.attribution;
      for (const [t, gold, got, what] of [
        [pub, link.publication, a?.publication ?? null, 'publication'],
        [author, link.author, a?.author ?? null, 'author'],
      ] as const) {
        if (gold) t.gold++;
        if (got) t.predicted++;
        const right = !!gold && !!got && sameName(gold, got);
        if (right) t.right++;
        if ((gold || got) && !right) log?.(`  ${what}: ${page.path} ${link.url.slice(0, 70)} — labelled ${gold ?? '—'}, read ${got ?? '—'}`);
      }
      if (!link.publication && a?.publication && isFalsePublication(a.publication)) labelledFalse++;
    }
  }
  // Label-free: every extracted source of every page of the cited-link set.
  let all = 0;
  let falsePubs = 0;
  const examples: string[] = [];
  for (const page of readLabels()) {
    const sources = sourcesOf(page.path, page.url) ?? [];
    for (const s of sources) {
      const name = s.attribution.publication;
      if (!name) continue;
      all++;
      if (isFalsePublication(name)) {
        falsePubs++;
        if (examples.length < 8) examples.push(name);
      }
    }
  }
  const ratio = (a: number, b: number) => (b ? a / b : Number.NaN);
  return [
    { metric: 'labelled links', value: String(labelledLinks), note: `${pages.length} pages; ${pub.gold} credit a publication, ${author.gold} a person (cited-links/attributions.json)` },
    { metric: 'publication precision', value: fmt(ratio(pub.right, pub.predicted)), note: `${pub.right}/${pub.predicted} read` },
    { metric: 'publication recall', value: fmt(ratio(pub.right, pub.gold)), note: `${pub.right}/${pub.gold} labelled` },
    { metric: 'author precision', value: fmt(ratio(author.right, author.predicted)), note: `${author.right}/${author.predicted} read` },
    { metric: 'author recall', value: fmt(ratio(author.right, author.gold)), note: `${author.right}/${author.gold} labelled` },
    { metric: 'false publications (labelled links)', value: String(labelledFalse), target: '0', met: labelledFalse === 0, note: 'a place or plain words read as the publication where the sentence credits none' },
    { metric: 'false publications (all cited-link pages)', value: String(falsePubs), note: `of ${all} publications read; places and plain words${examples.length ? `: ${examples.join('; ')}` : ''}` },
  ];
}

export async function evaluate(): Promise<EvalSection> {
  const name = 'attribution (cited-link set)';
  const rows = evaluateAttribution();
  return rows ? { name, rows } : { name, rows: [], skipped: 'corpora not found' };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const lines: string[] = [];
  const rows = evaluateAttribution((l) => lines.push(l));
  console.log(renderTable([rows ? { name: 'attribution (cited-link set)', rows } : { name: 'attribution', rows: [], skipped: 'corpora not found' }]));
  console.log(lines.join('\n'));
}
