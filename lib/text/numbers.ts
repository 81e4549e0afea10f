/**
 * Numbers and dates as facts that survive translation: "5月9日" and "May 9" are
 * the same date, "30年" and "30 years" the same span, "百分之三十" is 30 %.
 */

import { boundAround, withinBound, type FigureBound } from './figure-bounds';

export type FactKind = 'year' | 'decade' | 'month-day' | 'month-year' | 'month' | 'percent' | 'years' | 'number' | 'code';

export interface NumberFact {
  kind: FactKind;
  /** Canonical value: "2008", "05-09", "2020-01", "01", "30". */
  value: string;
  /** The text it was read from. */
  text: string;
  index: number;
  /** A month-day written with its year ("17 Nov 2016"): it also confirms that month of that year. */
  year?: string;
  /** A figure the text qualifies ("more than 500,000", 50万左右): the range it states (figure-bounds.ts). */
  bound?: FigureBound;
}

const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const EN_MONTH_RE = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const monthOf = (name: string) => EN_MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace('.', '').slice(0, 3))) + 1;
const pad = (n: number) => String(n).padStart(2, '0');

const ZH_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZH_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const ZH_BIG: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

const MAX_CODE = 24;
const NOT_A_CODE = /^(?:\d+(?:[.,]\d+)?(?:[KMBT]|BN|AM|PM)|\d+(?:ST|ND|RD|TH))$/i;

/** 三十 → 30, 二〇二〇 → 2020, 一万五千 → 15000. */
export function parseChineseNumber(text: string): number | null {
  if (!text) return null;
  if (/^[零〇一二三四五六七八九]{2,}$/.test(text)) return Number(Array.from(text, (c) => ZH_DIGITS[c]).join(''));
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in ZH_DIGITS) digit = ZH_DIGITS[ch]!;
    else if (ch in ZH_UNITS) {
      section += (digit || 1) * ZH_UNITS[ch]!;
      digit = 0;
    } else if (ch in ZH_BIG) {
      total += (section + digit) * ZH_BIG[ch]!;
      section = 0;
      digit = 0;
    } else return null;
  }
  return total + section + digit;
}

const EN_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, bn: 1e9 };

function num(raw: string): number {
  return Number(raw.replace(/[,，\s]/g, ''));
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000);
}

/** Every number-like fact in a text, English and Chinese forms alike. */
export function extractNumberFacts(text: string): NumberFact[] {
  const facts: NumberFact[] = [];
  // Which characters a fact already covers: a check per character, not per fact found so far
  // (a text of 10,000 numbers made that quadratic).
  const taken = new Uint8Array(text.length);
  const free = (i: number, len: number) => taken.subarray(i, i + len).indexOf(1) < 0;
  const add = (kind: FactKind, value: string, m: RegExpExecArray | { 0: string; index: number }, year?: string) => {
    if (!free(m.index, m[0].length)) return;
    taken.fill(1, m.index, m.index + m[0].length);
    facts.push(year ? { kind, value, text: m[0], index: m.index, year } : { kind, value, text: m[0], index: m.index });
  };
  const each = (re: RegExp, fn: (m: RegExpExecArray) => void) => {
    for (const m of text.matchAll(re)) fn(m as RegExpExecArray);
  };

  // Chinese dates: 2020年1月, 5月9日, 2022年9月17日, 今年1月.
  each(/(\d{4}|[零〇一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号號])?/g, (m) => {
    const y = /\d/.test(m[1]!) ? Number(m[1]) : parseChineseNumber(m[1]!)!;
    const mo = /\d/.test(m[2]!) ? Number(m[2]) : parseChineseNumber(m[2]!)!;
    if (m[3]) {
      const d = /\d/.test(m[3]) ? Number(m[3]) : parseChineseNumber(m[3])!;
      add('month-day', `${pad(mo)}-${pad(d)}`, m, String(y));
      facts.push({ kind: 'year', value: String(y), text: m[0], index: m.index! });
    } else add('month-year', `${y}-${pad(mo)}`, m);
  });
  each(/(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号號]/g, (m) => {
    const mo = /\d/.test(m[1]!) ? Number(m[1]) : parseChineseNumber(m[1]!)!;
    const d = /\d/.test(m[2]!) ? Number(m[2]) : parseChineseNumber(m[2]!)!;
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) add('month-day', `${pad(mo)}-${pad(d)}`, m);
  });
  each(/(?:今年|去年|明年|同年|当年|當年)?(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?![份]?\s*\d)/g, (m) => {
    const mo = /\d/.test(m[1]!) ? Number(m[1]) : parseChineseNumber(m[1]!)!;
    if (mo >= 1 && mo <= 12) add('month', pad(mo), m);
  });
  // English dates: May 9, 9 May, January 2020, in January.
  each(new RegExp(`\\b${EN_MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'gi'), (m) => {
    const mo = monthOf(m[1]!);
    const d = Number(m[2]);
    if (mo < 1 || d < 1 || d > 31) return;
    add('month-day', `${pad(mo)}-${pad(d)}`, m, m[3]);
    if (m[3]) facts.push({ kind: 'year', value: m[3], text: m[0], index: m.index! });
  });
  each(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${EN_MONTH_RE}\\b(?:,?\\s+(\\d{4}))?`, 'gi'), (m) => {
    const mo = monthOf(m[2]!);
    const d = Number(m[1]);
    if (mo < 1 || d < 1 || d > 31) return;
    add('month-day', `${pad(mo)}-${pad(d)}`, m, m[3]);
    if (m[3]) facts.push({ kind: 'year', value: m[3], text: m[0], index: m.index! });
  });
  each(new RegExp(`\\b${EN_MONTH_RE}\\s+(?:of\\s+)?(\\d{4})\\b`, 'gi'), (m) => {
    const mo = monthOf(m[1]!);
    if (mo >= 1) add('month-year', `${m[2]}-${pad(mo)}`, m);
  });
  each(/\b(January|February|March|April|June|July|August|September|October|November|December)\b/g, (m) => {
    add('month', pad(monthOf(m[1]!)), m);
  });
  // Names made of capitals and digits (5G, G7, F-35, COVID-19, H5N1, A320): one digit changed names
  // another thing. Not a figure with its scale or a clock time (10M, 5bn, 3PM), and never a long run.
  // Only tokens with a digit are looked at, each from its start (the look-behind): one try per word.
  each(/(?<![A-Za-z0-9-])(?:[A-Za-z]+-?)?\d[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/g, (m) => {
    const t = m[0];
    if (t.length > MAX_CODE || !/\d/.test(t) || !/[A-Z]/.test(t) || NOT_A_CODE.test(t)) return;
    add('code', t.toUpperCase(), m);
  });
  // Percentages: 30%, 30 per cent, 百分之三十. Matches start where a number starts (the look-behinds):
  // retried from every digit of a long run, these patterns were quadratic.
  each(/(?<!\d)(\d+(?:[.,]\d+)?)\s*(?:%|％|per\s?cent\b|percent\b|個百分點|个百分点)/gi, (m) => add('percent', fmt(num(m[1]!.replace(',', '.'))), m));
  each(/百分之([零〇一二三四五六七八九十百点點]+)/g, (m) => {
    const [int, frac] = m[1]!.split(/[点點]/);
    const n = parseChineseNumber(int!);
    if (n !== null) add('percent', fmt(frac ? Number(`${n}.${Array.from(frac, (c) => ZH_DIGITS[c] ?? '').join('')}`) : n), m);
  });
  // Decades: the 1960s, 1960年代, 20世纪60年代 (the 60s alone names no century: left a number).
  each(/\b(1\d|20)(\d)0['’]?s\b/g, (m) => add('decade', `${m[1]}${m[2]}0`, m));
  each(/(?<!\d)(1\d|20)(\d)0\s*年代/g, (m) => add('decade', `${m[1]}${m[2]}0`, m));
  each(/(\d{1,2}|[一二三四五六七八九十]{1,3})\s*世[纪紀]\s*(\d)0\s*年代/g, (m) => {
    const century = /\d/.test(m[1]!) ? Number(m[1]) : parseChineseNumber(m[1]!);
    if (century && century >= 11 && century <= 21) add('decade', `${century - 1}${m[2]}0`, m);
  });
  each(/(\d{1,2}|[一二三四五六七八九十]{1,3})\s*世[纪紀]\s*([一二三四五六七八九])十\s*年代/g, (m) => {
    const century = /\d/.test(m[1]!) ? Number(m[1]) : parseChineseNumber(m[1]!);
    if (century && century >= 11 && century <= 21) add('decade', `${century - 1}${ZH_DIGITS[m[2]!]}0`, m);
  });
  // Spans of years: 30年, 三十年, 30 years, thirty years (not 2008年, which is a year).
  each(/(?<![\d.,一二两兩三四五六七八九十百])(\d{1,3}|[一二两兩三四五六七八九十百]+)\s*(?:多|余|餘)?\s*(?:年(?![\d级級代])|周年|週年)/g, (m) => {
    const n = /\d/.test(m[1]!) ? Number(m[1]) : parseChineseNumber(m[1]!);
    if (n !== null && n > 0 && n < 1000) add('years', String(n), m);
  });
  each(/\b(\d{1,3}|[a-z]+(?:-[a-z]+)?)[\s-]+years?\b/gi, (m) => {
    const word = m[1]!.toLowerCase();
    const n = /\d/.test(word) ? Number(word) : word.split('-').reduce((s, w) => s + (EN_WORDS[w] ?? NaN), 0);
    if (Number.isFinite(n) && n > 0 && n < 1000) add('years', String(n), m);
  });
  // Years: 2008, 2008年.
  each(/(?<!\d|[.,]\d)((?:19|20)\d{2})(?:\s*年)?(?![\d%]|[.,]\d)/g, (m) => add('year', m[1]!, m));
  // Other quantities: 2.5 million, 250万, 1,200.
  // 50多万 / 50余万 is "more than 500,000" (its bound is read below).
  each(/(\d+(?:[.,]\d+)*)\s*(?:[多余餘](?=[万萬亿億]))?(thousand|million|billion|trillion|bn|万|萬|亿|億)?/gi, (m) => {
    const raw = m[1]!;
    let n = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw) ? num(raw) : Number(raw.replace(',', '.'));
    const scale = m[2]?.toLowerCase();
    if (scale) n *= SCALE[scale] ?? ZH_BIG[scale] ?? 1;
    if (Number.isFinite(n)) add('number', fmt(n), m);
  });
  each(/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen)\s+(thousand|million|billion)?\b/gi, (m) => {
    const n = (EN_WORDS[m[1]!.toLowerCase()] ?? 0) * (m[2] ? SCALE[m[2].toLowerCase()]! : 1);
    if (n > 0) add('number', fmt(n), m);
  });
  // A quantity, share or span qualified by "more than", 逾, 左右… states a range.
  for (const f of facts) {
    if (f.kind !== 'number' && f.kind !== 'percent' && f.kind !== 'years') continue;
    const bound = /[多余餘]/.test(f.text) ? 'min' : boundAround(text, f.index, f.index + f.text.trimEnd().length);
    if (bound) f.bound = bound;
  }
  return facts.sort((a, b) => a.index - b.index);
}

/** True when a source fact confirms a claim fact (a month alone matches a full date in that month). */
export function factMatches(claim: NumberFact, source: NumberFact): boolean {
  // A qualified claim figure ("over $500,000") is backed by an exact one in its range ("$560,000"); a source
  // that qualifies its figure too must give the same one.
  if (claim.kind === source.kind) return claim.value === source.value || (!!claim.bound && !source.bound && withinBound(Number(claim.value), claim.bound, Number(source.value)));
  if (claim.kind === 'month') return (source.kind === 'month-year' && source.value.endsWith(`-${claim.value}`)) || (source.kind === 'month-day' && source.value.startsWith(`${claim.value}-`));
  if (claim.kind === 'month-year' && source.kind === 'month') return false;
  if (claim.kind === 'month-year' && source.kind === 'month-day') return source.year !== undefined && claim.value === `${source.year}-${source.value.slice(0, 2)}`;
  if (claim.kind === 'year' && source.kind === 'month-year') return source.value.startsWith(claim.value);
  // A year of the decade says more than the decade: "in the 1960s" is backed by "in 1964".
  if (claim.kind === 'decade' && source.kind === 'year') return source.value.slice(0, 3) === claim.value.slice(0, 3);
  if (claim.kind === 'number' && (source.kind === 'years' || source.kind === 'percent')) return claim.value === source.value;
  if ((claim.kind === 'years' || claim.kind === 'percent') && source.kind === 'number') return claim.value === source.value;
  return false;
}

/** Facts worth checking: small plain numbers ("two countries") and "a year" (一年) prove nothing on their own. */
export function isCheckableFact(f: NumberFact): boolean {
  if (f.kind === 'code') return true;
  if (f.kind === 'years') return Number(f.value) >= 2;
  if (f.kind !== 'number') return true;
  const n = Number(f.value);
  return n >= 10 || !Number.isInteger(n);
}

/** Facts without repeats (same kind and value), in order. */
export function uniqueFacts(facts: readonly NumberFact[]): NumberFact[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    const key = `${f.kind}:${f.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
