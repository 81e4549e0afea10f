/**
 * Chinese text read word by word through the lexicon, each word with its
 * English glosses. Runs of characters used to transliterate foreign names (阿诺德,
 * 乌马罗夫) are kept apart: they are matched by sound, not by meaning.
 */
import { TRANSLIT_CHARS } from '../pinyin-names';
import { isStopword } from '../tokens';
import type { Lexicon } from './lexicon';

export interface ChineseWord {
  text: string;
  start: number;
  end: number;
  /** English words of its senses; empty when the lexicon has none. */
  words: readonly string[];
  proper: boolean;
}

export interface NameRun {
  text: string;
  start: number;
  end: number;
}

const HAN_NUMERAL = /^[零〇一二两兩三四五六七八九十百千万萬亿億]+$/u;
/** Names are at least two characters and rarely more than six per part. */
const MIN_RUN = 2;

/**
 * The Han words of `text` with their glosses, by forward longest match over
 * each run of Han characters (stop words, numerals and lone characters left
 * out: figures are compared as facts, and a lone character is a syllable more
 * often than a word). Chosen over ICU's segmenter on the WiCE-zh dev claims:
 * AUROC 0.755 vs 0.732, F1 0.597 vs 0.555 — ICU splits names and places the
 * lexicon knows whole (哈萨克 + 斯坦 for 哈萨克斯坦).
 */
export function readChinese(text: string, lexicon: Lexicon): ChineseWord[] {
  const out: ChineseWord[] = [];
  for (const run of text.matchAll(/\p{Script=Han}+/gu)) {
    const chars = [...run[0]];
    let offset = run.index;
    for (let i = 0; i < chars.length; ) {
      let len = Math.min(lexicon.maxWordLength, chars.length - i);
      for (; len > 1; len--) {
        const w = chars.slice(i, i + len).join('');
        const g = lexicon.lookup(w);
        if (g) {
          push(out, w, offset, g.words, g.proper);
          break;
        }
      }
      const step = Math.max(1, len);
      offset += chars.slice(i, i + step).join('').length;
      i += step;
    }
  }
  return out;
}

function push(out: ChineseWord[], text: string, start: number, words: readonly string[], proper: boolean): void {
  if (isStopword(text) || HAN_NUMERAL.test(text)) return;
  out.push({ text, start, end: start + text.length, words, proper });
}

/** Maximal runs of transliteration characters, split at the name dot (蒂穆尔·乌马罗夫 → 蒂穆尔, 乌马罗夫). */
export function nameRuns(text: string): NameRun[] {
  const out: NameRun[] = [];
  let start = -1;
  const close = (end: number) => {
    if (start >= 0 && end - start >= MIN_RUN) out.push({ text: text.slice(start, end), start, end });
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    if (TRANSLIT_CHARS.has(text[i]!)) {
      if (start < 0) start = i;
    } else close(i);
  }
  close(text.length);
  return out;
}
