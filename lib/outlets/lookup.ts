import type { OutletRef } from '../schema/source';
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

interface Index {
  byHost: Map<string, Outlet>;
  byKey: Map<string, Outlet>;
  /** Names as written, grouped by their first lower-cased character, longest first. */
  byFirstChar: Map<string, { name: string; lower: string; outlet: Outlet }[]>;
}

let index: Index | null = null;

// Built on first use: a content script that never needs it pays nothing.
function getIndex(): Index {
  if (index) return index;
  const byHost = new Map<string, Outlet>();
  const byKey = new Map<string, Outlet>();
  const byFirstChar: Index['byFirstChar'] = new Map();
  for (const outlet of OUTLETS) {
    for (const d of outlet.domains) byHost.set(d, outlet);
    for (const name of outletNames(outlet)) {
      const key = outletKey(name);
      if (key && !byKey.has(key)) byKey.set(key, outlet);
      // Very short Latin abbreviations ("AP", "FT") only count as whole words in text.
      if (name.length < 2) continue;
      const lower = name.toLowerCase();
      const first = lower[0]!;
      const list = byFirstChar.get(first) ?? [];
      list.push({ name, lower, outlet });
      byFirstChar.set(first, list);
    }
  }
  for (const list of byFirstChar.values()) list.sort((a, b) => b.lower.length - a.lower.length);
  index = { byHost, byKey, byFirstChar };
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

export function outletById(id: string): Outlet | null {
  return OUTLETS.find((o) => o.id === id) ?? null;
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

const isWordChar = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch) && !/\p{Script=Han}/u.test(ch);

/**
 * Every outlet named in a text, longest match first at each position. Latin
 * names must stand as whole words; Chinese names may sit inside a sentence.
 */
export function findOutletMentions(text: string): OutletMention[] {
  const { byFirstChar } = getIndex();
  const lower = text.toLowerCase();
  const found: OutletMention[] = [];
  for (let i = 0; i < lower.length; i++) {
    const candidates = byFirstChar.get(lower[i]!);
    if (!candidates) continue;
    for (const c of candidates) {
      if (!lower.startsWith(c.lower, i)) continue;
      const latin = /[a-z0-9]/.test(c.lower);
      if (latin && (isWordChar(text[i - 1]) || isWordChar(text[i + c.lower.length]))) continue;
      // An all-caps abbreviation must be written in capitals ("AP", not "ap").
      if (latin && c.name.length <= 4 && c.name === c.name.toUpperCase() && text.slice(i, i + c.name.length) !== c.name) continue;
      found.push({ outlet: c.outlet, name: text.slice(i, i + c.lower.length), index: i });
      i += c.lower.length - 1;
      break;
    }
  }
  return found;
}
