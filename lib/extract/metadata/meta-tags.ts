import { cleanText, decodeEntities } from '../../text/clean';
import { elementsByTag } from '../dom/by-tag';

/** All <meta> values of a page, keyed by lower-cased name, property or itemprop. */
export type MetaTags = Map<string, string[]>;

export function readMetaTags(doc: Document): MetaTags {
  const tags: MetaTags = new Map();
  const add = (key: string | null, value: string | null) => {
    if (!key || !value) return;
    const v = cleanText(decodeEntities(decodeEntities(value)));
    if (!v) return;
    // "og:title twitter:title" style space-separated properties name several keys at once.
    for (const k of key.toLowerCase().split(/\s+/)) {
      if (!k) continue;
      const list = tags.get(k);
      if (list) list.push(v);
      else tags.set(k, [v]);
    }
  };
  for (const meta of elementsByTag(doc, 'meta')) {
    const value = meta.getAttribute('content');
    add(meta.getAttribute('property'), value);
    add(meta.getAttribute('name'), value);
    add(meta.getAttribute('itemprop'), value);
    add(meta.getAttribute('http-equiv'), value);
  }
  return tags;
}

/** First value among `keys`, in the order given. */
export function firstMeta(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const v = tags.get(key)?.[0];
    if (v) return v;
  }
  return null;
}

/** Every value under any of `keys`, in order, without repeats. */
export function allMeta(tags: MetaTags, ...keys: string[]): string[] {
  const out: string[] = [];
  for (const key of keys) for (const v of tags.get(key) ?? []) if (!out.includes(v)) out.push(v);
  return out;
}
