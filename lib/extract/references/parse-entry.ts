/**
 * A reference string into its parts. Citation parsers (AnyStyle, GROBID) label
 * the tokens of a string with a trained model; here the common styles are read
 * by their landmarks instead — identifiers first (DOI, URL), then the date, a
 * quoted or tagged title, and the name run before them — and what is left is
 * segmented on sentence stops that do not follow an initial.
 */
import type { CslName, ReferenceEntry } from '../../schema/reference';

// "[2]", "2.", "2)", "注2", "注 2：", "^ 2": the entry's number at its start.
const LABEL = /^\s*(?:\^\s*)?(?:\[(\d{1,3})\]|(\d{1,3})[.)]\s|注\s*(\d{1,3})\s*[.:：、]?|\((\d{1,3})\)\s)\s*/;
const DOI = /(?:https?:\/\/(?:dx\.)?doi\.org\/|\bdoi:\s*)?\b(10\.\d{4,9}\/[^\s<>"，。]+)/i;
const URL_IN_TEXT = /https?:\/\/[^\s<>"，。]+/i;
const TRAILING_PUNCT = /[.,;:)\]]+$/;
// Phrases that introduce a locator or an access date: not part of any field.
const ACCESS = /\s*(?:\(?(?:retrieved|accessed|viewed)\b[^.()]*\)?|available\s+(?:at|from)\s*:?|online\s*:?|\[online\])\.?/gi;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const monthOf = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;

interface DateHit {
  parts: number[];
  start: number;
  end: number;
}

/** The entry's date: the first full date, else a year in parentheses, else the first plausible year. */
function findDate(text: string): DateHit | null {
  const forms: [RegExp, (m: RegExpExecArray) => number[]][] = [
    [/\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/, (m) => [+m[1]!, +m[2]!, +m[3]!]],
    [/((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/, (m) => [+m[1]!, +m[2]!, ...(m[3] ? [+m[3]] : [])]],
    [new RegExp(String.raw`\(?((?:19|20)\d\d),?\s+(${MONTH})(?:\s+(\d{1,2}))?\)?`, 'i'), (m) => [+m[1]!, monthOf(m[2]!), ...(m[3] ? [+m[3]] : [])]],
    [new RegExp(String.raw`\b(${MONTH})\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b`, 'i'), (m) => [+m[3]!, monthOf(m[1]!), +m[2]!]],
    [new RegExp(String.raw`\b(\d{1,2})\s+(${MONTH})\s+((?:19|20)\d\d)\b`, 'i'), (m) => [+m[3]!, monthOf(m[2]!), +m[1]!]],
    [new RegExp(String.raw`\b(${MONTH})\s+((?:19|20)\d\d)\b`, 'i'), (m) => [+m[2]!, monthOf(m[1]!)]],
    [/\(((?:19|20)\d\d)[a-z]?\)/, (m) => [+m[1]!]],
    [/(?<![\d/.-])((?:19|20)\d\d)(?![\d/-])/, (m) => [+m[1]!]],
  ];
  for (const [re, parts] of forms) {
    const m = re.exec(text);
    if (m) return { parts: parts(m), start: m.index, end: m.index + m[0].length };
  }
  return null;
}

// A title in quotation marks or 《》, or a Chinese title tagged with its type (标题[J], 标题[EB/OL]).
const QUOTED_TITLE = /[“"‘](.{3,300}?)[,.]?[”"’]|《(.{1,120}?)》/;
const TAGGED_TITLE = /([^.。．\]]{2,200}?)\s*\[(?:J|N|M|C|D|R|S|P|Z|EB\/OL|DB\/OL|J\/OL|N\/OL)\]/;
// Sentence stops between segments: not after a single capital (an initial) nor inside "et al.".
const SEGMENT_STOP = /(?<!(?:^|[\s.(])\p{Lu})(?<!\bet\s+al)(?<!\b(?:Inc|Ltd|Co|Jr|Sr|St|Dr|Mr|Ms|Mrs|vol|no|pp|ed|eds))[.。．](?:\s+|$)/u;

function segments(text: string): string[] {
  const out: string[] = [];
  let rest = text;
  for (let guard = 0; rest && guard < 20; guard++) {
    const m = SEGMENT_STOP.exec(rest);
    if (!m) break;
    out.push(rest.slice(0, m.index));
    rest = rest.slice(m.index + m[0].length);
  }
  out.push(rest);
  return out.map((s) => s.replace(/^[\s,;:.]+|[\s,;:]+$/g, '')).filter((s) => /[\p{L}\p{N}]/u.test(s));
}

const ORG_WORD = /\b(?:organi[sz]ation|association|institute|university|council|department|ministry|office|agency|bureau|commission|committee|federation|foundation|centre|center|society|group|bank|fund|board|authority|service|news|press|times|post|inc|ltd|corp)\b|[署部局院会會处處所司社报報台]$/i;
const INITIALS = /^(?:\p{Lu}\.?[\s-]*){1,3}$/u;
const GIVEN = /^(?:\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.?)*|(?:\p{Lu}\.\s*)+)$/u;
const SURNAME = /^(?:(?:van|von|de|der|da|di|le|la|du)\s+)?\p{Lu}[\p{L}'’-]+$/u;

/** One name as written: "Doe, J.", "Jane Doe", "World Health Organization", "张三". */
function oneName(text: string): CslName | null {
  const t = text.replace(/^(?:and|&|by)\s+/i, '').replace(/\.$/, (d) => (/\s\p{Lu}\.$/u.test(text) ? d : '')).trim();
  if (!t || !/\p{L}/u.test(t)) return null;
  if (/\p{Script=Han}/u.test(t) || ORG_WORD.test(t) || t.split(/\s+/).length > 4) return { literal: t };
  const inverted = /^([^,]+),\s*(.+)$/.exec(t);
  if (inverted && SURNAME.test(inverted[1]!.trim())) return { family: inverted[1]!.trim(), given: inverted[2]!.trim() };
  const words = t.split(/\s+/);
  if (words.length === 1) return { family: t };
  return { family: words[words.length - 1]!, given: words.slice(0, -1).join(' ') };
}

/**
 * A run of names: "Doe, J., & Roe, A.", "Doe, Jane, and Ann Roe", "Jane Doe and Ann Roe",
 * "张三, 李四", "World Health Organization". An "et al." is dropped.
 */
export function parseNames(text: string): CslName[] {
  const run = text.replace(/,?\s*(?:et\s+al\.?|等)\s*$/i, '').trim();
  if (!run) return [];
  // Chinese names carry no inner comma: every comma separates two names.
  const separators = /\p{Script=Han}/u.test(run) ? /\s*[,，、;；]\s*/ : /\s*(?:;|\s&\s|,?\s+and\s+|、|，)\s*/i;
  const pieces = run.split(separators).filter(Boolean);
  const names: CslName[] = [];
  for (const piece of pieces) {
    // "Doe, J., Roe, A." inside one piece: pair a surname with the initials or given name after it.
    const parts = piece.split(/\s*,\s*/).filter(Boolean);
    if (parts.length >= 2 && parts.length % 2 === 0 && parts.every((p, i) => (i % 2 ? INITIALS.test(p) || GIVEN.test(p) : SURNAME.test(p)))) {
      for (let i = 0; i < parts.length; i += 2) names.push({ family: parts[i]!, given: parts[i + 1]! });
      continue;
    }
    const name = oneName(piece);
    if (name) names.push(name);
  }
  return names;
}

/** Whether a segment reads as a run of names rather than a title. */
function looksLikeNames(segment: string): boolean {
  if (/\d/.test(segment) || segment.length > 160) return false;
  if (/\p{Script=Han}/u.test(segment)) return !/[.。．[\]]/.test(segment) && segment.length <= 40 && (/[,，、]|等$/.test(segment) || segment.length <= 4 || ORG_WORD.test(segment));
  const words = segment.split(/\s+/);
  if (words.length > 14) return false;
  // Names capitalise (nearly) every word; a title has lower-case words between.
  const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !/^(?:and|&|et|al\.?|van|von|de|der|da|di|le|la|du)$/.test(w));
  return lower.length === 0 && (/,|&|\band\b/.test(segment) || words.length <= 4);
}

const clean = (s: string | null | undefined) => {
  const t = s?.replace(/\s+/g, ' ').replace(/^[\s,;:.]+|[\s,;:]+$/g, '').trim();
  return t ? t : null;
};

export interface EntryHints {
  /** The entry's link, when it has one: it beats a URL read from the text. */
  url?: string | null;
  /** Italic text in the entry (<i>, <em>, <cite>): the container in most styles. */
  italic?: string | null;
  /** Position in its list, for entries without a number of their own. */
  position?: number;
}

/** A reference string as CSL-JSON fields, with the number or author–date label markers use. */
export function parseEntry(raw: string, hints: EntryHints = {}): ReferenceEntry {
  let text = raw.replace(/\s+/g, ' ').trim();
  const label = LABEL.exec(text);
  const number = label ? Number(label[1] ?? label[2] ?? label[3] ?? label[4]) : (hints.position ?? null);
  if (label) text = text.slice(label[0].length);

  const doi = DOI.exec(text);
  const DOIvalue = doi ? doi[1]!.replace(TRAILING_PUNCT, '') : null;
  if (doi) text = text.replace(doi[0], ' ');
  const inText = URL_IN_TEXT.exec(text);
  const URLvalue = hints.url ?? (inText ? inText[0].replace(TRAILING_PUNCT, '') : DOIvalue ? `https://doi.org/${DOIvalue}` : null);
  text = text.replace(new RegExp(URL_IN_TEXT.source, 'gi'), ' ').replace(ACCESS, ' ').replace(/\s+/g, ' ').trim();

  const date = findDate(text);
  let authorsText: string | null = null;
  let body = text;
  if (date) {
    // "Doe, J. (2020). Title …": the names are what comes before a date that follows them.
    const before = text.slice(0, date.start).replace(/[\s,(]+$/, '').replace(/(?<!\s\p{Lu})\.$/u, '');
    if (before && looksLikeNames(before)) {
      authorsText = before;
      body = text.slice(date.end);
    } else body = text.slice(0, date.start) + ' ' + text.slice(date.end);
  }

  let title: string | null = null;
  const quoted = QUOTED_TITLE.exec(body) ?? TAGGED_TITLE.exec(body);
  if (quoted) {
    title = clean(quoted[1] ?? quoted[2]);
    const before = clean(body.slice(0, quoted.index).replace(/(?<!\s\p{Lu})[.。．]\s*$/u, ''));
    if (!authorsText && before && looksLikeNames(before)) authorsText = before;
    body = `${authorsText ? '' : (before ?? '')} . ${body.slice(quoted.index + quoted[0].length)}`;
  }

  const segs = segments(body);
  if (!authorsText && !title && segs.length > 1 && looksLikeNames(segs[0]!)) authorsText = segs.shift()!;
  if (!title && segs.length) title = clean(segs.shift());
  const italic = clean(hints.italic);
  let container = italic && italic !== title ? italic : null;
  if (!container && segs.length) {
    // "Container, 12(3), 45–67", "人民日报, 2020": the name before its volume, pages or place.
    container = clean(segs[0]!.split(/\s*[,，][\s,，]*(?=[\d(]|pp?\.|vol\.|no\.)|\s*\d+\s*\(/i)[0]);
  }

  return {
    number,
    label: number !== null ? String(number) : '',
    text: raw.replace(/\s+/g, ' ').trim(),
    author: authorsText ? parseNames(authorsText) : [],
    title,
    'container-title': container,
    issued: date ? { 'date-parts': [date.parts] } : null,
    URL: URLvalue,
    DOI: DOIvalue,
  };
}

/** "Smith 2020", "Smith and Jones 2020", "Smith et al. 2020": how an author–date marker names an entry. */
export function authorDateLabel(entry: ReferenceEntry): string {
  const year = entry.issued?.['date-parts'][0]?.[0];
  const first = entry.author[0];
  if (!year || !first) return '';
  const family = (n: typeof first) => n.family ?? n.literal ?? '';
  const names = entry.author.length === 1 ? family(first) : entry.author.length === 2 ? `${family(first)} and ${family(entry.author[1]!)}` : `${family(first)} et al.`;
  return `${names} ${year}`;
}
