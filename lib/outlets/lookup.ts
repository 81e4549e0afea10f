import type { OutletRef } from '../schema/source';
import { sentenceMemo } from '../text/sentence-memo';
import { OUTLETS } from './data';
import type { Outlet } from './outlet';

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
}

let index: Index | null = null;

// Sticky: read a word where it starts, without copying the text after it.
const LATIN_WORD = /[\p{L}\p{N}]+/uy;

// Character classes by code point: this runs for every character of every sentence.
function isHan(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd87e);
}

function isLetterOrDigit(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /[\p{L}\p{N}]/u.test(ch);
}

/** The lookup key a name (or a position in text) starts with. */
function startKey(lower: string, at = 0): string | null {
  const ch = lower[at];
  if (!ch) return null;
  if (isHan(ch)) return lower.slice(at, at + 2);
  LATIN_WORD.lastIndex = at;
  const word = LATIN_WORD.exec(lower);
  return word ? word[0].slice(0, 40) : null;
}

// Built on first use: a content script that never needs it pays nothing.
function getIndex(): Index {
  if (index) return index;
  const byHost = new Map<string, Outlet>();
  const byKey = new Map<string, Outlet>();
  const byStart: Index['byStart'] = new Map();
  for (const outlet of OUTLETS) {
    for (const d of outlet.domains) byHost.set(d, outlet);
    for (const name of outletNames(outlet)) {
      const key = outletKey(name);
      if (key && !byKey.has(key)) byKey.set(key, outlet);
      if (name.length < 2) continue;
      const lower = name.toLowerCase();
      const start = startKey(lower);
      if (!start) continue;
      const list = byStart.get(start) ?? [];
      const latin = /[a-z0-9]/.test(lower);
      list.push({ name, lower, outlet, latin, caps: latin && name.length <= 4 && name === name.toUpperCase() });
      byStart.set(start, list);
    }
  }
  for (const list of byStart.values()) list.sort((a, b) => b.lower.length - a.lower.length);
  index = { byHost, byKey, byStart };
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
  try {
    return outletForHost(new URL(url).hostname);
  } catch {
    return null;
  }
}

/** The outlet a name refers to ("外交政策", "the Guardian", "NYT"). */
export function outletForName(name: string): Outlet | null {
  const key = outletKey(name.replace(/[《》〈〉「」『』]/g, ''));
  return key ? (getIndex().byKey.get(key) ?? null) : null;
}

export function toOutletRef(outlet: Outlet | null): OutletRef | null {
  return outlet ? { id: outlet.id, name: outlet.en, nameZh: outlet.zhHans ?? null, type: outlet.type } : null;
}

export interface OutletMention {
  outlet: Outlet;
  /** The name as it appears in the text. */
  name: string;
  index: number;
}

const isWordChar = (ch: string | undefined) => isLetterOrDigit(ch) && !isHan(ch);

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
  const { byStart } = getIndex();
  const lower = text.toLowerCase();
  const found: OutletMention[] = [];
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i]!;
    const han = isHan(ch);
    if (!han && (!isLetterOrDigit(ch) || isWordChar(lower[i - 1]))) continue;
    const key = startKey(lower, i);
    const candidates = key ? byStart.get(key) : undefined;
    if (!candidates) continue;
    for (const c of candidates) {
      if (!lower.startsWith(c.lower, i)) continue;
      if (c.latin && isWordChar(text[i + c.lower.length])) continue;
      if (c.caps && !text.startsWith(c.name, i)) continue;
      found.push({ outlet: c.outlet, name: text.slice(i, i + c.lower.length), index: i });
      i += c.lower.length - 1;
      break;
    }
  }
  return found;
}
