import type { Finding, SourceMeta } from '../../schema/check';
import type { Attribution } from '../../schema/source';
import { compareNames } from '../../text/name-match';
import { finding } from './finding';

/** Is the person the text names the source's author, across scripts (蒂穆尔·乌姆洛夫 ↔ Temur Umarov)? */
export function compareAuthor(attribution: Attribution, source: SourceMeta | null): Finding | null {
  const named = attribution.author;
  if (!named) return null;
  const authors = source?.authors ?? [];
  const params = { named, authors: authors.join(', ') };
  if (!authors.length) {
    return finding('author', null, 'author.none', params);
  }
  let best: { result: 'match' | 'mismatch' | 'unknown'; author: string; reason: string } | null = null;
  const rank = { match: 2, unknown: 1, mismatch: 0 } as const;
  for (const author of authors) {
    const r = compareNames(named, author);
    if (!best || rank[r.result] > rank[best.result]) best = { result: r.result, author, reason: r.reason };
  }
  if (best!.result === 'match') {
    return finding('author', true, 'author.match', { ...params, author: best!.author });
  }
  if (best!.result === 'mismatch') {
    return finding('author', false, 'author.mismatch', params);
  }
  return finding('author', null, 'author.unknown', params);
}
