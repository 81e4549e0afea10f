/**
 * The compiled zh→en lexicon at run time (see compile.ts for the format):
 * headwords to English words. Parsing keeps each line's terms as
 * one string and splits it on first use, so loading is one pass over the
 * text and a lookup allocates only for words actually compared.
 */

export interface Gloss {
  /** English words of its senses, most common sense first. */
  words: readonly string[];
  /** CC-CEDICT writes the word's pinyin capitalised: a name or place. */
  proper: boolean;
}

export interface Lexicon {
  lookup(word: string): Gloss | undefined;
  /** Longest headword, in characters: bounds the longest-match segmentation. */
  readonly maxWordLength: number;
  readonly size: number;
}

/** Headwords longer than this are idioms and titles, never needed to cover a claim. */
const MAX_HEAD = 8;

export function parseLexicon(text: string): Lexicon {
  const raw = new Map<string, string>();
  let maxWordLength = 1;
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (text.charCodeAt(at) !== 35 /* # */) {
      const tab = text.indexOf('\t', at);
      if (tab > at && tab < end) {
        const head = text.slice(at, tab);
        const len = [...head].length;
        if (len <= MAX_HEAD) {
          raw.set(head, text.slice(tab + 1, end));
          if (len > maxWordLength) maxWordLength = len;
        }
      }
    }
    at = end + 1;
  }
  const parsed = new Map<string, Gloss>();
  return {
    maxWordLength,
    size: raw.size,
    lookup(word) {
      let g = parsed.get(word);
      if (g) return g;
      const line = raw.get(word);
      if (line === undefined) return undefined;
      const proper = line.startsWith('!');
      g = { proper, words: (proper ? line.slice(1) : line).split(' ').filter(Boolean) };
      parsed.set(word, g);
      return g;
    },
  };
}
