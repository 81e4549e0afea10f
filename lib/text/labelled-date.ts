import { MONTH_RE, parseDate, toEpoch } from './dates';

/**
 * A date the page labels as its publication date: "Veröffentlicht am
 * 12.01.2022", "Erschienen am: 13.10.2021", "Mise en ligne 23 mai 2019",
 * "Published on March 3, 2020", or the German passive "wurde am 19. Mai 2010
 * um 23:03 Uhr gepostet". The label says what the date means, so it beats an
 * unlabelled date anywhere on the page; "updated", "last changed" or
 * "current time" labels name other days and are never taken.
 */

// A date shape as it follows a label (never a bare year or month).
const DATE = String.raw`(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{1,2}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(?:${MONTH_RE})\.?,?\s+(?:de\s+)?\d{4}|(?:${MONTH_RE})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})`;

const LABEL = [
  'published', 'posted', 'publication date', 'date published', 'first published',
  'veröffentlicht', 'erschienen', 'publiziert', 'gepostet', 'erstellt', 'eingestellt', 'online seit',
  'publié', 'publiée', 'mise en ligne', 'mis en ligne', 'publicado', 'publicada', 'fecha de publicación',
  'pubblicato', 'pubblicata', 'gepubliceerd', 'geplaatst', 'publicerad', 'julkaistu', 'opublikowano',
].join('|');
// Between label and date: a preposition ("am", "on", "le"), a weekday ("Montag,"), colons.
const GAP = String.raw`\s*[:：]?\s*(?:(?:am|on|le|el|il|em|op|den|the|de)(?![\p{L}])\s*[:：]?\s*)?(?:\p{L}+,\s*)?`;

const BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${LABEL})${GAP}(${DATE})`, 'iu');
// "wurde am 19. Mai 2010 um 23:03 Uhr gepostet": the label follows the date.
const AFTER = new RegExp(String.raw`\bam\s+(${DATE})(?:\s+um\s+\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?\s+(?:gepostet|veröffentlicht|publiziert|erschienen)`, 'iu');

/** The first labelled publication date in the text, if any. */
export function labelledDate(text: string, notAfter = Date.now() + 86_400_000): string | null {
  let best: { at: number; iso: string } | null = null;
  for (const re of [BEFORE, AFTER]) {
    const m = re.exec(text);
    if (!m) continue;
    const at = m.index + m[0].indexOf(m[1]!);
    const iso = parseDate(text.slice(at, at + 60));
    if (!iso || toEpoch(iso.slice(0, 10)) > notAfter || iso < '1995') continue;
    if (!best || m.index < best.at) best = { at: m.index, iso };
  }
  return best?.iso ?? null;
}
