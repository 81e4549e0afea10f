/**
 * Answers about one sentence (its cues, the outlets and authors it names) are asked
 * for several times while a page is read: as a link's sentence, as its neighbour's,
 * as a claim. They are remembered for the page being read only — `forgetSentences()`
 * starts each extraction afresh, so memory stays bounded and a benchmark that reads
 * the same page twice measures the work, not the memo.
 */
const memos = new Set<Map<string | null, Map<string, unknown>>>();
const LIMIT = 4000;

export type SentenceMemo<T> = (sentence: string, compute: () => T, lang?: string | null) => T;

export function sentenceMemo<T>(): SentenceMemo<T> {
  const byLang = new Map<string | null, Map<string, T>>();
  memos.add(byLang as Map<string | null, Map<string, unknown>>);
  return (sentence, compute, lang = null) => {
    let memo = byLang.get(lang);
    if (!memo) byLang.set(lang, (memo = new Map()));
    // Keyed by the sentence string itself, never a concatenation: V8 hashes a string once.
    if (memo.has(sentence)) return memo.get(sentence)!;
    const value = compute();
    if (memo.size >= LIMIT) memo.clear();
    memo.set(sentence, value);
    return value;
  };
}

export function forgetSentences(): void {
  for (const memo of memos) memo.clear();
}
