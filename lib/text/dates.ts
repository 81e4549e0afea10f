/**
 * Turns the date strings pages use into ISO 8601. Keeps the page's offset when
 * it gives one; a date without a time stays a plain "YYYY-MM-DD".
 */

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  // en, fr, de, es, pt, it, nl, id, tr (and common abbreviations)
  ['january', 'jan', 'janvier', 'janv', 'januar', 'jän', 'enero', 'ene', 'janeiro', 'gennaio', 'gen', 'januari', 'ocak'],
  ['february', 'feb', 'février', 'fevrier', 'févr', 'februar', 'febrero', 'fevereiro', 'fev', 'febbraio', 'februari', 'pebruari', 'şubat', 'subat'],
  ['march', 'mar', 'mars', 'märz', 'marz', 'marzo', 'março', 'marco', 'maart', 'maret', 'mart'],
  ['april', 'apr', 'avril', 'abril', 'abr', 'aprile', 'nisan'],
  ['may', 'mai', 'mayo', 'maio', 'maggio', 'mag', 'mei', 'mayıs', 'mayis'],
  ['june', 'jun', 'juin', 'juni', 'junio', 'junho', 'giugno', 'giu', 'haziran'],
  ['july', 'jul', 'juillet', 'juil', 'juli', 'julio', 'julho', 'luglio', 'lug', 'temmuz'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'agustus', 'ağustos', 'agustos'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setembro', 'set', 'settembre', 'eylül', 'eylul'],
  ['october', 'oct', 'octobre', 'oktober', 'okt', 'octubre', 'outubro', 'out', 'ottobre', 'ott', 'ekim'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'kasım', 'kasim'],
  ['december', 'dec', 'décembre', 'decembre', 'déc', 'dezember', 'dez', 'diciembre', 'dic', 'dezembro', 'dicembre', 'desember', 'aralık', 'aralik'],
];
MONTH_NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));
/** Month names and abbreviations in the languages above, longest first, as a regex alternation. */
export const MONTH_RE = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function isoDate(y: number, m: number, d: number): string | null {
  return validDate(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

function withTime(date: string, h: number, mi: number, s: number, offset: string | null): string {
  if (h > 23 || mi > 59 || s > 59) return date;
  return `${date}T${pad(h)}:${pad(mi)}:${pad(s)}${offset ?? ''}`;
}

function normalizeOffset(raw: string | undefined): string | null {
  if (!raw) return null;
  const r = raw.trim().toUpperCase();
  if (r === 'Z' || r === 'GMT' || r === 'UTC' || r === 'UT') return '+00:00';
  const m = /^(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?$/.exec(r);
  if (!m) return ZONES[r] ?? null;
  return `${m[1]}${pad(Number(m[2]))}:${m[3] ?? '00'}`;
}

// Zone abbreviations common in news datelines.
const ZONES: Record<string, string> = {
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00',
  PST: '-08:00', PDT: '-07:00', BST: '+01:00', CET: '+01:00', CEST: '+02:00', JST: '+09:00',
  KST: '+09:00', IST: '+05:30', AEST: '+10:00', AEDT: '+11:00', HKT: '+08:00', SGT: '+08:00', MSK: '+03:00',
};

function hour12(h: number, ampm: string | undefined): number {
  if (!ampm) return h;
  const pm = /^p/i.test(ampm) || ampm === '下午' || ampm === '晚上';
  if (h === 12) return pm ? 12 : 0;
  return pm ? h + 12 : h;
}

const TIME = String.raw`(?:[T\s,]+(?:at\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{1,2})(?:[.:]\d+)?)?\s*([ap]\.?m\.?)?\s*(Z|(?:GMT|UTC)?[+-]\d{1,2}:?\d{2}|GMT|UTC|[A-Z]{3,4}\b)?)?`;

const PATTERNS: { re: RegExp; build: (m: RegExpExecArray) => string | null }[] = [
  // 2022-09-17T13:33:51+00:00, 2022-09-17 13:33, 2022/09/17, 2022.09.17
  {
    re: new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})` + TIME, 'i'),
    build: (m) => timed(isoDate(+m[1]!, +m[2]!, +m[3]!), m, 4),
  },
  // 20220917 or 20220917T133351Z
  {
    re: /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/,
    build: (m) => {
      const d = isoDate(+m[1]!, +m[2]!, +m[3]!);
      if (!d || !m[4]) return d;
      return withTime(d, +m[4], +m[5]!, +m[6]!, normalizeOffset(m[7]));
    },
  },
  // 2022年9月17日 13:33 (also 2022年09月17日下午1:33)
  {
    re: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?(?:\s*(上午|下午|晚上)?\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?/,
    build: (m) => {
      const d = isoDate(+m[1]!, +m[2]!, +m[3]!);
      if (!d || !m[5]) return d;
      return withTime(d, hour12(+m[5], m[4]), +m[6]!, +(m[7] ?? 0), null);
    },
  },
  // Sat, 17 Sep 2022 13:33:51 GMT; 16 September 2022; 17. September 2022; 17 de septiembre de 2022
  {
    re: new RegExp(
      String.raw`(?:^|[^\p{L}\d])(\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(${MONTH_RE})\.?,?\s+(?:de\s+)?(\d{4})` + TIME,
      'iu',
    ),
    build: (m) => timed(isoDate(+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!), m, 4),
  },
  // September 16, 2022, 7:23 AM; Sep. 16 2022
  {
    re: new RegExp(
      String.raw`(?:^|[^\p{L}])(${MONTH_RE})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})` + TIME,
      'iu',
    ),
    build: (m) => timed(isoDate(+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!), m, 4),
  },
  // 17/09/2022, 17-09-2022 or 09/17/2022: day first unless that is impossible.
  {
    re: new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})` + TIME, 'i'),
    build: (m) => {
      const a = +m[1]!;
      const b = +m[3]!;
      const y = +m[4]!;
      const date = a > 12 ? isoDate(y, b, a) : b > 12 ? isoDate(y, a, b) : isoDate(y, b, a);
      return timed(date, m, 5);
    },
  },
];

function timed(date: string | null, m: RegExpExecArray, at: number): string | null {
  if (!date || m[at] === undefined) return date;
  const h = hour12(+m[at]!, m[at + 3]?.replace(/\./g, ''));
  return withTime(date, h, +m[at + 1]!, +(m[at + 2] ?? 0), normalizeOffset(m[at + 4]));
}

/** Parses one date string; null when it holds no recognisable date. */
export function parseDate(raw: string | number | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number' || /^\d{9,13}$/.test(String(raw).trim())) {
    return fromEpoch(Number(raw));
  }
  const text = String(raw).trim().slice(0, 200);
  if (!text) return null;
  for (const { re, build } of PATTERNS) {
    const m = re.exec(text);
    if (m) {
      const out = build(m);
      if (out) return out;
    }
  }
  return null;
}

function fromEpoch(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  const ms = n < 1e11 ? n * 1000 : n;
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  if (y < 1990 || y > 2100) return null;
  return d.toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/** A date's calendar day ("2022-09-17"), in the offset it was written with. */
export function dayOf(iso: string | null): string | null {
  return iso ? iso.slice(0, 10) : null;
}

/** Milliseconds since the epoch; a date without offset is read as UTC. */
export function toEpoch(iso: string): number {
  const full = iso.length === 10 ? `${iso}T00:00:00Z` : /[+-]\d{2}:\d{2}$|Z$/.test(iso) ? iso : `${iso}Z`;
  return Date.parse(full);
}

/** A date in a URL path: /2022/09/16/ or /2022-09-16/ or /20220916/ or a slug opening /16-09-2022-…. */
export function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m =
    /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|\.|$)/.exec(path) ??
    /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(path);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  // A slug that opens with the day: /newsroom/23-01-2022-title/ (day first, as such slugs are written in Europe).
  const d = /\/(\d{1,2})-(\d{1,2})-((?:19|20)\d{2})(?:[/_.-]|$)/.exec(path);
  return d ? (+d[2]! > 12 ? isoDate(+d[3]!, +d[1]!, +d[2]!) : isoDate(+d[3]!, +d[2]!, +d[1]!)) : null;
}

// Date shapes worth finding inside running text (never bare years or months).
const IN_TEXT: RegExp[] = [
  /\b(\d{4})[-/.年]\s?(\d{1,2})[-/.月]\s?(\d{1,2})日?/,
  /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/,
  new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(?:${MONTH_RE})\.?,?\s+(?:de\s+)?\d{4}`, 'iu'),
  new RegExp(String.raw`\b(?:${MONTH_RE})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`, 'iu'),
];

/** A full date that opens the text ("January 18, 2020", "18.01.2020 – PARIS …"), as a dateline does. */
export function leadingDate(text: string, notAfter = Date.now() + 86_400_000): string | null {
  const head = text.trimStart().slice(0, 60);
  for (const re of IN_TEXT) {
    const m = re.exec(head);
    if (m && m.index === 0) {
      const iso = parseDate(head);
      if (iso && toEpoch(iso.slice(0, 10)) <= notAfter && iso >= '1995') return iso;
    }
  }
  return null;
}

/**
 * The first full date (day, month and year) in a stretch of text, for pages
 * that show their date only as text ("Posted 26.10.2020 13:45").
 */
export function findDateInText(text: string, notAfter = Date.now() + 86_400_000): string | null {
  let best: { at: number; iso: string } | null = null;
  for (const re of IN_TEXT) {
    const m = re.exec(text);
    if (!m) continue;
    const iso = parseDate(text.slice(m.index, m.index + 60));
    if (!iso || toEpoch(iso.slice(0, 10)) > notAfter || iso < '1995') continue;
    if (!best || m.index < best.at) best = { at: m.index, iso };
  }
  return best?.iso ?? null;
}
