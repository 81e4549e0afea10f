/**
 * Initialisms, so a name and its short form meet across languages: 美国
 * ("United States") is "U.S." or "US" in an English source, 联合国 ("United
 * Nations") "UN", 世界卫生组织 ("World Health Organization") "WHO". Read
 * case-sensitively: "US" is the country, "us" the pronoun.
 */

/** "U.S.", "U.K", "US", "WHO": two to five capitals, dotted or not. */
const INITIALISM = /(?<![\p{L}\p{N}])(?:\p{Lu}(?:\.\p{Lu}){1,4}\.?|\p{Lu}{2,5})(?![\p{L}\p{N}])/gu;

const key = (letters: string) => `init:${letters.toLowerCase()}`;

/** The initialisms written in `text`, as keys. */
export function initialismKeys(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(INITIALISM)) out.push(key(m[0].replace(/\./g, '')));
  return out;
}

/** The key of one written initialism ("U.S" → init:us), or null when the word is none. */
export function initialismKey(word: string): string | null {
  INITIALISM.lastIndex = 0;
  const m = word.match(INITIALISM);
  return m && m[0] === word ? key(word.replace(/\./g, '')) : null;
}

/**
 * The initialisms a word's English gloss can be shortened to: the initials of
 * its first two to four gloss words — for a name (united states → US, hong
 * kong → HK); for another word from three (chief executive officer → CEO,
 * people liberation army → PLA), as two letters from a common word's senses
 * would meet any "AP" or "TV".
 */
export function glossInitialisms(words: readonly string[], proper: boolean): string[] {
  const out: string[] = [];
  for (let n = proper ? 2 : 3; n <= Math.min(4, words.length); n++) out.push(key(words.slice(0, n).map((w) => w[0]!).join('')));
  return out;
}
