import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readBody } from '../../lib/extract/body';
import { splitAuthorNames } from '../../lib/extract/metadata/authors';
import { readMetadata } from '../../lib/extract/metadata/read-metadata';
import { stripDiacritics } from '../../lib/text/clean';
import { dayOf } from '../../lib/text/dates';
import { corpusDir, readJsonLoose } from './corpora';
import { loadPage } from './pages';
import { TITLE_GOLD_DISAGREES } from './title-gold-review';
import { fmt, type EvalSection } from './table';

// Compared as titles are: accents, case (with ß folded to ss, as Unicode case folding does and Swiss
// spelling writes it), runs of spaces, and quotes or a stray colon at either end do not count.
const norm = (s: string) =>
  stripDiacritics(s).toLowerCase().replace(/ß/g, 'ss').replace(/[\s\u00a0]+/g, ' ').replace(/^[\s"'“”„‘’‚«»:]+|[\s"'“”„‘’‚«».:]+$/g, '').trim();
const nameSet = (names: string[]) => new Set(names.map((n) => norm(n)).filter(Boolean));

/** Gold and found author lists name the same people (order and separators aside). */
export function sameAuthors(gold: string | string[], found: string[]): boolean {
  const list = Array.isArray(gold) ? gold : [gold];
  const g = nameSet(list.flatMap((x) => (splitAuthorNames(x).length ? splitAuthorNames(x) : [x])));
  const f = nameSet(found);
  if (!g.size) return !f.size;
  return g.size === f.size && [...g].every((n) => f.has(n));
}

interface Tally {
  right: number;
  wrong: number;
  missing: number;
}
const tally = (): Tally => ({ right: 0, wrong: 0, missing: 0 });
const acc = (t: Tally) => t.right / Math.max(1, t.right + t.wrong + t.missing);

export interface MetadataMiss {
  corpus: string;
  url: string;
  field: string;
  gold: string;
  found: string | null;
}

export async function evaluateMetadata(): Promise<{ section: EvalSection; misses: MetadataMiss[] }> {
  const traf = corpusDir('trafilatura');
  const hd = corpusDir('htmldate');
  if (!traf && !hd) return { section: { name: 'metadata', rows: [], skipped: 'trafilatura and htmldate corpora absent' }, misses: [] };
  const title = tally();
  const titleScored = new Set<string>();
  const author = tally();
  const trafDate = tally();
  const hdDate = tally();
  const misses: MetadataMiss[] = [];
  let errors = 0;
  let pages = 0;

  const read = (path: string, url: string) => {
    const doc = loadPage(path);
    return readMetadata(doc, url, readBody(doc));
  };
  const score = (t: Tally, corpus: string, url: string, field: string, gold: string, found: string | null, ok: boolean) => {
    if (!found) t.missing++;
    else if (ok) t.right++;
    else t.wrong++;
    if (!ok) misses.push({ corpus, url, field, gold, found });
  };

  if (traf) {
    const gold = readJsonLoose<Record<string, { file: string; title?: string; author?: string | string[]; date?: string }>>(join(traf, 'gold.json'));
    for (const [url, g] of Object.entries(gold)) {
      if (!g.title && !g.author && !g.date) continue;
      pages++;
      let meta;
      try {
        meta = read(join(traf, 'pages', g.file), url);
      } catch {
        errors++;
        continue;
      }
      if (g.title) {
        titleScored.add(url);
        score(title, 'trafilatura', url, 'title', g.title, meta.title, !!meta.title && norm(meta.title) === norm(g.title));
      }
      if (g.author) score(author, 'trafilatura', url, 'author', [g.author].flat().join('; '), meta.authors.join('; ') || null, sameAuthors(g.author, meta.authors));
      if (g.date) score(trafDate, 'trafilatura', url, 'date', g.date, dayOf(meta.publishedTime), dayOf(meta.publishedTime) === g.date);
    }
  }
  if (hd) {
    const gold = readJsonLoose<Record<string, { file: string; date: string }>>(join(hd, 'gold.json'));
    for (const [url, g] of Object.entries(gold)) {
      if (!g.date) continue; // no ground truth for this page
      pages++;
      let meta;
      try {
        meta = read(join(hd, 'pages', g.file), url);
      } catch {
        errors++;
        continue;
      }
      score(hdDate, 'htmldate', url, 'date', g.date, dayOf(meta.publishedTime), dayOf(meta.publishedTime) === g.date);
    }
  }
  const counts = (t: Tally) => `right ${t.right} / wrong ${t.wrong} / missing ${t.missing}`;
  const offByOne = misses.filter((m) => m.field === 'date' && m.found && Math.abs(Date.parse(m.found) - Date.parse(m.gold)) === 86_400_000).length;
  const allDates: Tally = { right: hdDate.right + trafDate.right, wrong: hdDate.wrong + trafDate.wrong, missing: hdDate.missing + trafDate.missing };
  return {
    section: {
      name: 'metadata',
      rows: [
        { metric: 'date accuracy, htmldate set (exact day)', value: fmt(acc(hdDate)), target: '≥ 0.90', met: acc(hdDate) >= 0.9, note: counts(hdDate) },
        { metric: 'date accuracy, trafilatura set (exact day)', value: fmt(acc(trafDate)), target: '≥ 0.90', met: acc(trafDate) >= 0.9, note: counts(trafDate) },
        { metric: 'date accuracy, both sets', value: fmt(acc(allDates)), target: '≥ 0.90', met: acc(allDates) >= 0.9, note: `${counts(allDates)}; ${offByOne} of the wrong are one day off (time zone of the gold vs the page's own)` },
        { metric: 'title accuracy (trafilatura)', value: fmt(acc(title)), target: '≥ 0.95', met: acc(title) >= 0.95, note: `${counts(title)}; ${titleCeiling(title, misses, titleScored)}` },
        { metric: 'author accuracy (trafilatura)', value: fmt(acc(author)), target: '≥ 0.85', met: acc(author) >= 0.85, note: counts(author) },
        { metric: 'pages that threw', value: String(errors), target: '0', met: errors === 0, note: `${pages} pages` },
      ],
    },
    misses,
  };
}

/** What a correct extractor could reach: every page right except those whose gold disagrees with the page on review. */
function titleCeiling(t: Tally, misses: MetadataMiss[], scored: Set<string>): string {
  const total = t.right + t.wrong + t.missing;
  // Only reviewed pages that were scored this run count (a corpus may be partly absent).
  const reviewed = Object.keys(TITLE_GOLD_DISAGREES).filter((url) => scored.has(url)).length;
  const missedThere = misses.filter((m) => m.field === 'title' && m.url in TITLE_GOLD_DISAGREES).length;
  return `${missedThere} misses are on the ${reviewed} pages whose gold disagrees with the page (test/eval/title-gold-review.ts): a correct extractor scores at most ${total - reviewed}/${total} = ${fmt((total - reviewed) / total)}`;
}

export async function evaluate(): Promise<EvalSection> {
  return (await evaluateMetadata()).section;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { section, misses } = await evaluateMetadata();
  console.log(section.rows.map((r) => `${r.metric}: ${r.value} (${r.note ?? ''})`).join('\n'));
  const field = process.argv[2];
  for (const m of misses.filter((x) => !field || x.field === field)) console.log(`${m.field}\t${m.corpus}\t${m.url}\n\tgold:  ${m.gold}\n\tfound: ${m.found}`);
}
