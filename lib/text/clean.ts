/** Text hygiene shared by every extractor: page text is untrusted and messy. */

// C0/C1 controls except tab/newline, zero-width and bidi-override characters.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

/** Collapses runs of whitespace to one space and drops invisible characters. */
export function cleanText(text: string | null | undefined): string {
  if (!text) return '';
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Cuts a string to `max` characters at a character (not UTF-16 unit) boundary. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  // Cut by code units, then step back off a split surrogate pair: O(max), whatever the text's length.
  let cut = text.slice(0, max - 1);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut + '…';
}

/** Text for comparisons: NFKC, lower case, curly quotes and dashes made plain. */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u300C\u300D\u300E\u300F]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Removes diacritics (Erdoğan → Erdogan). */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»' };

/**
 * Decodes character references left in text that was escaped twice (CMSs
 * often write "&amp;#8216;" into meta tags). Never produces markup: the result
 * is only ever used as text.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi, (m, dec: string, hex: string, name: string) => {
    if (dec || hex) {
      const code = dec ? Number(dec) : parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : m;
    }
    return NAMED[name.toLowerCase()] ?? m;
  });
}
