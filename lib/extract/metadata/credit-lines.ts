import { cleanText } from '../../text/clean';
import { leadingDate } from '../../text/dates';
import { isInCaption } from '../dom/captions';
import { splitAuthorNames } from './authors';
import { spacedText } from './visible';

// A paragraph that is only a credit: "von Daniela Obers", "---- by Kenneth Surin",
// "Ein Interview von Eugen Zentner mit Sonja Silberhorn.", "Text: Jane Doe".
// Nouns as labels need their colon: "Text Messages Reveal Plot" is a headline, not a credit.
const CREDIT_LINE =
  /^(?:(?:(?:ein(?:e)?\s+(?:interview|beitrag|reportage|kommentar|gastbeitrag)|an?\s+(?:interview|essay|column))\s+(?:von|by)|by|von|par|por|door)(?:\s*:\s*|\s+)|(?:text|autor(?:in)?|author)\s*:\s*)(?=\p{Lu})/iu;
// The interview partner or the outlet after the author: "… von Eugen Zentner mit Sonja Silberhorn",
// "By Amitai Winehouse For Mailonline".
const PARTNER = /\s+(?:mit|with|avec|con|for|für|pour|para)\s+.*$/iu;
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
    const text = spacedText(p)
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

// "© 2019 Sven Schreivogel": a copyright line in the article's own text.
const COPYRIGHT = /^(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?(?=\p{Lu})/iu;

/**
 * The author who signs the article at its end: a copyright line ("© 2019 Sven Schreivogel")
 * or a signature over the date ("Benni<br>10. September 2017"). Captions are not signatures.
 */
export function readSignOff(content: Element | null): string[] {
  if (!content) return [];
  const paragraphs = Array.from(content.querySelectorAll('p'));
  for (const p of paragraphs.slice(-2).reverse()) {
    if (isInCaption(p, content)) continue;
    const text = cleanText(p.textContent);
    if (text.length < 2 || text.length > 60) continue;
    if (COPYRIGHT.test(text)) {
      const names = splitAuthorNames(text.replace(COPYRIGHT, ''));
      if (names.length && names.every(looksLikeName)) return names;
      continue;
    }
    const [first, second, more] = lines(p);
    if (first && second && !more && leadingDate(second)) {
      const names = splitAuthorNames(first);
      if (names.length === 1 && (looksLikeName(names[0]!) || /^\p{Lu}[\p{Ll}'’-]+$/u.test(names[0]!))) return names;
    }
  }
  return [];
}

/** The paragraph's lines as <br> breaks them. */
function lines(p: Element): string[] {
  const out: string[] = [''];
  for (let node = p.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === 'br') out.push('');
    else out[out.length - 1] += node.textContent ?? '';
  }
  return out.map((line) => cleanText(line)).filter(Boolean);
}
