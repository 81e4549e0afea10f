import { cleanText } from '../../text/clean';
import { splitAuthorNames } from './authors';

// A paragraph that is only a credit: "von Daniela Obers", "---- by Kenneth Surin",
// "Ein Interview von Eugen Zentner mit Sonja Silberhorn.", "Text: Jane Doe".
const CREDIT_LINE =
  /^(?:(?:ein(?:e)?\s+(?:interview|beitrag|reportage|kommentar|gastbeitrag)|an?\s+(?:interview|essay|column))\s+(?:von|by)|by|von|par|por|door|text|autor(?:in)?|author)(?:\s*:\s*|\s+)(?=\p{Lu})/iu;
// The interview partner after the author: "… von Eugen Zentner mit Sonja Silberhorn".
const PARTNER = /\s+(?:mit|with|avec|con)\s+.*$/iu;
// Name words: capitalised, or the particles inside names ("Walter von Aachen", "Ludwig van Beethoven").
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|von|van|der|den|de|di|da|du|del|la|le|al|bin|ibn|zu)$/u;

/**
 * The author the article's own text credits in a short line near its start,
 * where writers and editors put "By Jane Doe" when the CMS account that
 * published the page (meta tags, JSON-LD) is someone else or nobody.
 */
export function readLeadCredit(content: Element | null): string[] {
  if (!content) return [];
  for (const p of Array.from(content.querySelectorAll('p')).slice(0, 4)) {
    const text = cleanText(p.textContent)
      .replace(/\u00ad/g, '')
      .replace(/^[\s\-–—=*·•|]+/, '');
    if (text.length < 5 || text.length > 80 || !CREDIT_LINE.test(text)) continue;
    const names = splitAuthorNames(text.replace(CREDIT_LINE, '').replace(PARTNER, '').replace(/[.!]$/, ''));
    if (names.length && names.every(looksLikeName)) return names;
  }
  return [];
}

/** A person's name, not the start of a sentence ("Von Anfang an war klar"): two to four name words. */
function looksLikeName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => NAME_WORD.test(w)) && /^\p{Lu}/u.test(words[words.length - 1]!);
}
