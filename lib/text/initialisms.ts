/**
 * Initialisms, so a name and its short form meet across languages: 美国
 * ("United States") is "U.S." or "US" in an English source, 联合国 ("United
 * Nations") "UN", 世界卫生组织 ("World Health Organization") "WHO". Read
 * case-sensitively: "US" is the country, "us" the pronoun.
 */

/** "U.S.", "U.K", "US", "WHO": two to five capitals, dotted or not. */
const INITIALISM = /(?<![\p{L}\p{N}])(?:\p{Lu}(?:\.\p{Lu}){1,4}\.?|\p{Lu}{2,5})(?![\p{L}\p{N}])/gu;

const key = (letters: string) => `init:${letters.toLowerCase()}`;

/**
 * The key a written initialism takes to meet a name spelled out ("U.S." → run:us meets "United States").
 * A name's initials only ever meet a written initialism, never another name's: "New York" and "New Year"
 * would otherwise meet.
 */
export const spelledOutKey = (initialism: string) => initialism.replace(/^init:/, 'run:');

/** The initialisms written in `text`, each as written and as its key. */
export function writtenInitialisms(text: string): { text: string; key: string }[] {
  return [...text.matchAll(INITIALISM)].map((m) => ({ text: m[0], key: key(m[0].replace(/\./g, '')) }));
}

/** The initialisms written in `text`, as keys. */
export const initialismKeys = (text: string): string[] => writtenInitialisms(text).map((i) => i.key);

/** The key of one written initialism ("U.S" → init:us), or null when the word is none. */
export function initialismKey(word: string): string | null {
  const [only] = writtenInitialisms(word);
  return only?.text === word ? only.key : null;
}

/**
 * The initialisms a name's English gloss can be shortened to: the initials of
 * its first two to four gloss words (united states → US, hong kong → HK,
 * federal bureau investigation → FBI). Names only: the lexicon lists the words
 * of all a word's senses together, so a common word's "initials" cut across
 * its meanings (显然 "clear, evident, obviously" would be CEO).
 */
export function glossInitialisms(words: readonly string[], proper: boolean): string[] {
  if (!proper) return [];
  const out: string[] = [];
  for (let n = 2; n <= Math.min(4, words.length); n++) out.push(key(words.slice(0, n).map((w) => w[0]!).join('')));
  return out;
}

/** Words joining a name's capitalised words that its initialism skips ("Bank of England" → BOE). */
const JOINER = /^(?:of|for|and|the|on|in|de|du|des|der|la|le)$/;
/** Capitalised words that open a sentence or a name without being part of it. */
const NOT_INITIAL = /^(?:The|A|An|In|On|At|For|By|With|As|But|And|Of|To|From)$/;
const CAPITALISED_RUN = /\p{Lu}[\p{Ll}’'-]+(?:\s+(?:(?:of|for|and|the|on|in|de|du|des|der|la|le)\s+)?\p{Lu}[\p{Ll}’'-]+){1,5}/gu;

/**
 * Names of two or more capitalised words, each with the initialism it makes
 * and the words it is made of: "United States" → init:us, "Federal Bureau of
 * Investigation" → init:fbi.
 */
export function nameRunInitialisms(text: string): { key: string; words: string[] }[] {
  const out: { key: string; words: string[] }[] = [];
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const words = m[0].split(/\s+/).filter((w) => !JOINER.test(w));
    while (words.length && NOT_INITIAL.test(words[0]!)) words.shift();
    if (words.length >= 2) out.push({ key: key(words.map((w) => w[0]!).join('')), words });
  }
  return out;
}

/** The keys a text's spelled-out names take, to meet an initialism written elsewhere (see spelledOutKey). */
export function spelledOutKeys(text: string): string[] {
  return nameRunInitialisms(text).map((r) => spelledOutKey(r.key));
}
