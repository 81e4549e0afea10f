import type { OutletRef } from '../schema/source';
import { sentenceMemo } from '../text/sentence-memo';
import type { Outlet } from './outlet';
import { outletTable } from './table';

/** Lower case, no "the", no spaces or punctuation, 《》 removed: how names are compared. */
export function outletKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

interface Candidate {
  name: string;
  lower: string;
  outlet: Outlet;
  /** Written in Latin letters or digits: must stand as a whole word. */
  latin: boolean;
  /** An all-caps abbreviation ("AP"): must be written in capitals. */
  caps: boolean;
}

interface Index {
  byHost: Map<string, Outlet>;
  byKey: Map<string, Outlet>;
  /** Names by their first word (Latin) or first two characters (Han), longest first. */
  byStart: Map<string, Candidate[]>;
  /** Names whose first word starts many names ("the", "national"), by their first two words. */
  byPair: Map<string, Candidate[]>;
  /** Those first words. */
  crowded: Set<string>;
  /** Where a name can start (see nameStart). */
  start: RegExp;
}

// A first word shared by more names than this is read with the word after it.
const CROWDED = 6;

let index: Index | null = null;
// The table the index was built from: a newly provided table is indexed anew.
let indexed: readonly Outlet[] | null = null;

// Sticky: read a word where it starts, without copying the text after it.
const LATIN_WORD = /[\p{L}\p{N}]+/uy;

// Character classes by code unit: this runs for every character of every sentence.
function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd87e);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const HAN_CLASS = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{2ffff}';

// Articles that open many outlet names and are written in lower case mid-sentence ("the Guardian", "die Zeit", "le Monde").
const ARTICLES = ['the', 'die', 'der', 'das', 'le', 'la', 'les', 'el', 'il', 'lo', 'de', 'het'];
const LEADING_ARTICLE = new RegExp(`^(?:${ARTICLES.join('|')})\\s+`, 'i');

/**
 * Where a name can start in running text: a Han character, or a word opening on
 * a capital, a caseless letter (Arabic, kana…) or a digit. Names are proper nouns,
 * so a lower-case word is tried only when some name is written that way ("the
 * Guardian", "dpa", "bioRxiv"): most words of a sentence are skipped unread.
 */
function nameStart(lowerFirstWords: Iterable<string>): RegExp {
  const lowers = [...new Set([...ARTICLES, ...lowerFirstWords])].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`[${HAN_CLASS}]|(?<!(?![${HAN_CLASS}])[\\p{L}\\p{N}])(?:[\\p{Lu}\\p{Lt}\\p{Lo}\\p{N}]|(?:${lowers})(?![\\p{L}\\p{N}]))`, 'gu');
}

function isLetterOrDigit(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return c === c && LETTER_OR_DIGIT.test(text[at]!); // NaN past the end
}

/** A letter or digit of a Latin-like word: Han characters stand alone. */
const isWordChar = (text: string, at: number) => isLetterOrDigit(text, at) && !isHan(text.charCodeAt(at));

/** The lookup key a name (or a position in text) starts with: its first word, or two Han characters. */
function startKey(lower: string, at = 0): string | null {
  if (at >= lower.length) return null;
  if (isHan(lower.charCodeAt(at))) return lower.slice(at, at + 2);
  LATIN_WORD.lastIndex = at;
  const word = LATIN_WORD.exec(lower);
  return word ? word[0].slice(0, 40) : null;
}

/** The first word and the next one ("the guardian"), when a word follows within a few separators. */
function pairKey(lower: string, at: number, first: string): string | null {
  let i = at + first.length;
  const stop = Math.min(lower.length, i + 3);
  while (i < stop && !isLetterOrDigit(lower, i)) i++;
  if (i >= stop) return null;
  LATIN_WORD.lastIndex = i;
  const word = LATIN_WORD.exec(lower);
  return word ? `${first} ${word[0].slice(0, 40)}` : null;
}

// Built on first use: a content script that never needs it pays nothing.
function getIndex(): Index {
  const OUTLETS = outletTable();
  if (index && indexed === OUTLETS) return index;
  const byHost = new Map<string, Outlet>();
  const byKey = new Map<string, Outlet>();
  const byStart: Index['byStart'] = new Map();
  const byPair: Index['byPair'] = new Map();
  const push = (map: Map<string, Candidate[]>, key: string, c: Candidate) => {
    const list = map.get(key);
    if (list) list.push(c);
    else map.set(key, [c]);
  };
  for (const outlet of OUTLETS) {
    for (const d of outlet.domains) byHost.set(d, outlet);
    for (const name of outletNames(outlet)) {
      const key = outletKey(name);
      if (key && !byKey.has(key)) byKey.set(key, outlet);
      if (name.length < 2) continue;
      const lower = name.toLowerCase();
      const start = startKey(lower);
      if (!start) continue;
      const latin = /[a-z0-9]/.test(lower);
      push(byStart, start, { name, lower, outlet, latin, caps: latin && name.length <= 4 && name === name.toUpperCase() });
    }
  }
  // Move the names of crowded first words into the pair index (one-word names stay).
  const crowded = new Set<string>();
  for (const [start, list] of byStart) {
    if (list.length <= CROWDED || !list[0]!.latin) continue;
    crowded.add(start);
    const alone = list.filter((c) => {
      const pair = pairKey(c.lower, 0, start);
      if (pair) push(byPair, pair, c);
      return !pair;
    });
    if (alone.length) byStart.set(start, alone);
    else byStart.delete(start);
  }
  for (const list of [...byStart.values(), ...byPair.values()]) list.sort((a, b) => b.lower.length - a.lower.length);
  // First words of the names written in lower case, as written ("dpa", "eKathimerini").
  const lowerFirst = OUTLETS.flatMap((o) => outletNames(o)).filter((n) => /^\p{Ll}/u.test(n)).map((n) => /^[\p{L}\p{N}]+/u.exec(n)![0]);
  index = { byHost, byKey, byStart, byPair, crowded, start: nameStart(lowerFirst) };
  indexed = OUTLETS;
  return index;
}

export function outletNames(outlet: Outlet): string[] {
  return [outlet.en, outlet.zhHans, outlet.zhHant, ...(outlet.aliases ?? [])].filter((n): n is string => !!n);
}

/** The outlet that owns a host name, walking up subdomains (cn.nytimes.com → nytimes.com). */
export function outletForHost(host: string): Outlet | null {
  const { byHost } = getIndex();
  let h = host.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  for (;;) {
    const hit = byHost.get(h);
    if (hit) return hit;
    const dot = h.indexOf('.');
    if (dot < 0 || h.indexOf('.', dot + 1) < 0) return null;
    h = h.slice(dot + 1);
  }
}

export function outletForUrl(url: string): Outlet | null {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  // Outside the try: only a bad address is "no outlet", a missing table must still throw.
  return outletForHost(host);
}

/** The outlet a name refers to ("外交政策", "the Guardian", "NYT"). */
export function outletForName(name: string): Outlet | null {
  const key = outletKey(name.replace(/[《》〈〉「」『』]/g, ''));
  return key ? (getIndex().byKey.get(key) ?? null) : null;
}

export function toOutletRef(outlet: Outlet | null): OutletRef | null {
  return outlet ? { id: outlet.id, name: outlet.en, nameZh: outlet.zhHans ?? null, nameZhHant: outlet.zhHant ?? null, type: outlet.type } : null;
}

/**
 * Whether text written like a name keeps its capitals: each word the name
 * capitalises is capitalised in the text too, but for a leading article ("the
 * Nation" is the magazine, "the nation" is not; "die Zeit", not "die zeit").
 */
function capitalisedAsName(written: string, name: string): boolean {
  const words = (s: string) => s.trim().replace(LEADING_ARTICLE, '').split(/\s+/);
  const nameWords = words(name);
  const textWords = words(written);
  for (let w = 0; w < nameWords.length && w < textWords.length; w++) {
    // Only letters with case matter: digits, Han and caseless scripts pass.
    const n = nameWords[w]![0]!;
    const t = textWords[w]![0] ?? '';
    if (n !== n.toLowerCase() && t !== t.toUpperCase()) return false;
  }
  return true;
}

// One-word outlet names that are ordinary words too (English, German, Spanish): read as
// names only where they stand alone, not inside another name or title, nor as a "Label:".
const PLAIN_WORD_NAMES = new Set(
  ('bild blogger cell dawn economist excelsior focus fortune frontiers ghost grist guardian independent matters medium ' +
    'milenio mint nature outlook people proceso prospect quartz reason reforma salon science semana slate spectator ' +
    'stern stuff telegram tempo threads time variety vice wired').split(' '),
);
// A capitalised word (not a possessive: "Selam's Medium post") right before or after.
const CAPITALISED_WORD_BEFORE = /\p{Lu}[\p{L}\p{M}.-]*[ \u00a0]$/u;
// (A day or a month after it starts no name: "told Time Monday".)
const CAPITALISED_WORD_AFTER = /^(?:[ \u00a0-](?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}|\s*:)/u;
const OUTLET_FOLLOWS =
  /^(?:['’]s\b|,|\.[a-z]|\s+(?:and|und|et|y)\s+\p{Lu}|\s+(?:magazine|journal|newspaper|reported|reports|said|says|wrote|writes|published|publishes|found|noted|notes|told|tells|first|has\s+reported|was\s+first|berichtet|berichtete|schreibt|schrieb|meldet|meldete|informó|publicó)\b)/iu;

/**
 * Whether a one-word name that is a plain word too is used as the word here: inside a
 * longer capitalised phrase it is part of another name or a title ("the Golden Dawn",
 * "Making a New Science", "Time-Based"); before a colon it labels a line ("Bild: dpa");
 * opening a sentence it is the word unless what follows makes it the outlet.
 */
function usedAsPlainWord(text: string, start: number, end: number, c: Candidate): boolean {
  if (!PLAIN_WORD_NAMES.has(c.lower)) return false;
  if (CAPITALISED_WORD_AFTER.test(text.slice(end, end + 12))) return true;
  // What comes before, read only as far as the tests below look: a whole-text trim per name was
  // quadratic on a text that names Time thousands of times.
  const before = text.slice(Math.max(0, start - 64), start);
  const opening = start <= 64 && !/\S/.test(before);
  // Opening the sentence it is capitalised anyway: "People who…", "Time is…" are the words, unless it
  // is written in capitals or what follows makes it the outlet ("Nature published", "Time, Nature and…").
  if (opening) return text.slice(start, end) !== text.slice(start, end).toUpperCase() && !OUTLET_FOLLOWS.test(text.slice(end, end + 30));
  // Only a capitalised word inside the sentence counts.
  return CAPITALISED_WORD_BEFORE.test(before.slice(-40)) && !(start <= 64 && /^\s*\S+\s$/u.test(before));
}

/** An outlet named by a whole text (a link's words): a lower-case common word names none ("people", "nature"). */
export function outletNamedBy(text: string): Outlet | null {
  const outlet = outletForName(text);
  if (!outlet) return null;
  const plain = text.replace(/[《》〈〉「」『』]/g, '').trim();
  return outletNames(outlet).some((n) => outletKey(n) === outletKey(plain) && capitalisedAsName(plain, n)) ? outlet : null;
}

export interface OutletMention {
  outlet: Outlet;
  /** The name as it appears in the text. */
  name: string;
  index: number;
}

const mentionMemo = sentenceMemo<OutletMention[]>();

/**
 * Every outlet named in a text, longest match first at each position. Latin
 * names must stand as whole words; Chinese names may sit inside a sentence.
 * Only word starts (Latin) and Han characters are tried, through an index of
 * first words, so the cost grows with the text, not with the table.
 */
export function findOutletMentions(text: string): OutletMention[] {
  return mentionMemo(text, () => outletMentions(text));
}

function outletMentions(text: string): OutletMention[] {
  const { byStart, byPair, crowded, start } = getIndex();
  const lower = text.toLowerCase();
  const found: OutletMention[] = [];
  const match = (candidates: Candidate[] | undefined, i: number): Candidate | null => {
    for (const c of candidates ?? []) {
      if (!lower.startsWith(c.lower, i)) continue;
      if (c.latin && isWordChar(text, i + c.lower.length)) continue;
      if (c.caps && !text.startsWith(c.name, i)) continue;
      if (c.latin && !capitalisedAsName(text.slice(i, i + c.name.length), c.name)) continue;
      return c;
    }
    return null;
  };
  // Only where a name can start, read on the text as written (case tells proper nouns).
  start.lastIndex = 0;
  for (let m = start.exec(text); m; m = start.exec(text)) {
    const i = m.index;
    const key = startKey(lower, i);
    if (!key) continue;
    const pair = crowded.has(key) ? pairKey(lower, i, key) : null;
    // Two-word names are longer than the one-word names they share a first word with: they go first.
    const c = (pair && match(byPair.get(pair), i)) || match(byStart.get(key), i);
    if (!c || usedAsPlainWord(text, i, i + c.lower.length, c)) continue;
    found.push({ outlet: c.outlet, name: text.slice(i, i + c.lower.length), index: i });
    start.lastIndex = i + c.lower.length;
  }
  return found;
}
