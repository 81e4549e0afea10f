import { stemmer } from 'stemmer';
import { stripDiacritics } from './clean';
import { segmentsOf } from './segments';
import { wordSegmenter } from './sentences';

// Function words that carry no claim content.
const EN_STOP = new Set(
  ('a an the and or but if of to in on at by for with from as is are was were be been being am do does did has have had ' +
    'it its this that these those there here he she they we i you his her their our your my me him them us who whom which ' +
    'what when where why how not no nor so than then too very can could will would shall should may might must also just ' +
    'into onto over under about after before during while since until up down out off again further once all any both each ' +
    'few more most other some such only own same s t don now said says say according per via within without between among ' +
    'one first').split(' '),
);
const ZH_STOP = new Set(
  ('的 了 在 是 和 与 與 及 对 對 将 將 而 也 其 这 這 那 之 于 於 为 為 以 被 把 从 從 并 並 或 但 就 都 还 還 又 已 ' +
    '着 著 过 過 个 個 些 该 該 等 中 上 下 所 们 們 它 他 她 我 你 此 则 則 却 卻 因 由 向 到 给 給 让 讓 使 地 得 很 更 最 ' +
    '没有 沒有 这个 這個 一个 一個 这些 這些 那些 他们 他們 我们 我們 以及 因为 因為 所以 如果 但是 而且 并且 並且 ' +
    '指出 表示 称 稱 认为 認為 说 說 报道 報道 报导 報導 补充 補充 解释 解釋 评论 評論').split(' '),
);

export const isStopword = (t: string) => EN_STOP.has(t) || ZH_STOP.has(t);

/**
 * Content words for comparison: ICU word boundaries (so Chinese is split),
 * lower case without accents, stop words dropped, English stemmed.
 * Numbers are kept as written digits.
 */
export function contentTokens(text: string, lang: string | null = null): string[] {
  const out: string[] = [];
  const folded = stripDiacritics(text.normalize('NFKC').toLowerCase());
  for (const part of segmentsOf(wordSegmenter(lang), folded)) {
    if (!part.isWordLike) continue;
    const w = part.segment.replace(/[’']s$/, '').replace(/[’']/g, '');
    if (!w || isStopword(w)) continue;
    if (/^\d/.test(w)) {
      out.push(w.replace(/,/g, ''));
      continue;
    }
    if (/^[a-z-]+$/.test(w)) {
      if (w.length < 2) continue;
      out.push(stemmer(w));
      continue;
    }
    // Han: single characters are too ambiguous unless they are all there is.
    if (/^\p{Script=Han}$/u.test(w)) {
      out.push(w);
      continue;
    }
    out.push(w);
  }
  return out;
}

/** Adjacent token pairs: a cheap signal that phrases, not just words, match. */
export function bigrams(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < tokens.length; i++) out.push(`${tokens[i - 1]} ${tokens[i]}`);
  return out;
}

/** Runs of letters or digits in `text` ("well-known" counts two): how long a line is in words. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
