/**
 * How far a cue word list could take cue recall on PolNeAR: phrases of 1–3 words learnt from the
 * annotations of half the texts (kept when at least `precision` of their occurrences there are
 * annotated cues), then applied to the other half on top of what the extractor already finds.
 *
 * This is a bound for the whole family of word-list rules, fitted to the gold itself, so it runs
 * ahead of anything hand-written; if it stays far below a target, no list of cue words reaches it.
 */
import type { ArticleResult } from './polnear';

interface Occurrence {
  phrase: string;
  start: number;
  end: number;
  /** The annotated cue this phrase lies inside, if any. */
  cueId: string | null;
}

const WORD = /[A-Za-z’']+|[:“”"]/g;
const MAX_WORDS = 3;

function occurrences(r: ArticleResult): Occurrence[] {
  const words = [...r.text.matchAll(WORD)].map((m) => ({ w: m[0].toLowerCase().replace(/’/g, "'"), start: m.index!, end: m.index! + m[0].length }));
  const out: Occurrence[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= MAX_WORDS && i + n <= words.length; n++) {
      const start = words[i]!.start;
      const end = words[i + n - 1]!.end;
      const cue = r.gold.cues.find((c) => c.ranges.some((x) => x.start <= start && end <= x.end));
      out.push({ phrase: words.slice(i, i + n).map((x) => x.w).join(' '), start, end, cueId: cue?.id ?? null });
    }
  }
  return out;
}

export interface LexiconBound {
  /** Cue recall of the extractor plus the learnt list, both halves held out in turn. */
  recall: number;
  /** Precision of the learnt list's matches (overlapping matches merged) that the extractor did not already have. */
  addedPrecision: number;
  added: number;
  matches: number;
}

export function lexiconBound(results: ArticleResult[], precision: number, minCount = 2): LexiconBound {
  const all = results.map(occurrences);
  let gold = 0;
  let found = 0;
  let added = 0;
  let matches = 0;
  let right = 0;
  for (const fold of [0, 1]) {
    const stats = new Map<string, { cue: number; all: number }>();
    all.forEach((occs, i) => {
      if (i % 2 === fold) return;
      for (const o of occs) {
        const s = stats.get(o.phrase) ?? { cue: 0, all: 0 };
        s.all++;
        if (o.cueId) s.cue++;
        stats.set(o.phrase, s);
      }
    });
    const list = new Set([...stats].filter(([, s]) => s.all >= minCount && s.cue / s.all >= precision).map(([p]) => p));
    all.forEach((occs, i) => {
      if (i % 2 !== fold) return;
      const r = results[i]!;
      gold += r.gold.cues.length;
      found += r.found.size;
      const newly = new Set<string>();
      // Overlapping matches ("told", "told reporters") count once.
      let lastEnd = -1;
      for (const o of occs.filter((x) => list.has(x.phrase)).sort((a, b) => a.start - b.start)) {
        if (o.cueId && r.found.has(o.cueId)) continue;
        if (o.cueId) newly.add(o.cueId);
        if (o.start < lastEnd) continue;
        lastEnd = o.end;
        matches++;
        if (o.cueId) right++;
      }
      added += newly.size;
    });
  }
  return { recall: (found + added) / gold, addedPrecision: matches ? right / matches : NaN, added, matches };
}
