/** Sentence splitting with Intl.Segmenter, made safe for abbreviations and CJK punctuation. */

import { MAX_WORD_CHARS } from './bounds';
import { segmentsOf } from './segments';
import { isSpace } from './whitespace';

export interface SentenceSpan {
  text: string;
  /** Offsets into the input string. */
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string | null, granularity: 'sentence' | 'word'): Intl.Segmenter {
  const key = `${lang ?? ''}|${granularity}`;
  let seg = segmenters.get(key);
  if (!seg) {
    try {
      seg = new Intl.Segmenter(lang ?? undefined, { granularity });
    } catch {
      // An invalid tag from a page must not break splitting.
      seg = new Intl.Segmenter(undefined, { granularity });
    }
    segmenters.set(key, seg);
  }
  return seg;
}

export function wordSegmenter(lang: string | null): Intl.Segmenter {
  return segmenter(lang, 'word');
}

// Abbreviations after which a full stop does not end an English sentence.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st gen col lt sgt capt cmdr adm gov sen rep pres rev hon ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc inc ltd co corp bros mt ft ' +
    'e.g i.e u.s u.k u.n e.u a.m p.m d.c n.y l.a fig op cit approx dept univ est'
  ).split(' '),
);

const BEFORE_WORD = /[\s(“"']/;
const ABBREVIATION_SHAPE = /^(?:[A-Za-z](?:\.[A-Za-z])*|[A-Za-z]+)$/;

/** Whether text[from, to) ends with an abbreviation or an initial and its full stop. */
function endsWithAbbreviation(text: string, from: number, to: number): boolean {
  // Only the last word matters: look at it alone, not at the whole (possibly long) sentence.
  let end = to;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  if (end <= from || text[end - 1] !== '.') return false;
  let start = end - 1;
  // A longer run is no abbreviation; stopping there keeps a run of dots and letters linear.
  const limit = Math.max(from, end - 1 - MAX_WORD_CHARS);
  while (start > limit && !BEFORE_WORD.test(text[start - 1]!)) start--;
  if (start === limit && start > from && !BEFORE_WORD.test(text[start - 1]!)) return false;
  const word = text.slice(start, end - 1);
  if (!ABBREVIATION_SHAPE.test(word)) return false;
  const lower = word.toLowerCase();
  // Single letters and dotted letters are initials ("T. Umarov", "G.K. Butterfield").
  return ABBREVIATIONS.has(lower) || lower.length === 1 || lower.includes('.');
}

// A segment starting (after spaces) with one of these continues the sentence before it.
const CONTINUES = /[a-z,;:)]/;

function continuesSentence(text: string, at: number, end: number): boolean {
  while (at < end && isSpace(text.charCodeAt(at))) at++;
  return at < end && CONTINUES.test(text[at]!);
}

// ICU leaves an opening quote that follows 。 on the sentence before it.
const OPENERS = new Set(['“', '「', '『', '《', '（', '(', '‘', '"']);

/** Where the run of opening marks (and spaces) that ends text[from, to) begins; `to` when there is none. */
function openersStart(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  const marksEnd = i;
  while (i > from && OPENERS.has(text[i - 1]!)) i--;
  return i === marksEnd ? to : i;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

// "[1]", "[2, 5]", "[注3]", "³", or the "1]" of a bracket the segmenter cut after its "[".
const FOOTNOTE_AT_START = /^\s*(?:\[(?:注\s*)?\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]|\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})+/;

/**
 * Splits text into sentences with offsets. Chinese 。！？ and closing quotes are
 * handled by ICU; English abbreviations and initials are re-joined here. Works on
 * offsets and cuts each sentence out once: pages hold tens of thousands of them.
 */
export function splitSentences(text: string, lang: string | null = null): SentenceSpan[] {
  const bounds: number[] = [];
  if (!text) return [];
  let start = -1;
  let end = -1;
  for (const { segment, index } of segmentsOf(segmenter(lang, 'sentence'), text)) {
    const segEnd = index + segment.length;
    if (start >= 0 && (endsWithAbbreviation(text, start, end) || continuesSentence(text, index, segEnd))) {
      end = segEnd;
      continue;
    }
    if (start >= 0) bounds.push(start, end);
    start = index;
    end = segEnd;
  }
  if (start >= 0) bounds.push(start, end);
  // An opening quote left at a sentence's end belongs to the next one.
  for (let i = 0; i + 2 < bounds.length; i += 2) {
    const cut = openersStart(text, bounds[i]!, bounds[i + 1]!);
    if (cut > bounds[i]! && cut < bounds[i + 1]!) bounds[i + 1] = bounds[i + 2] = cut;
  }
  // A footnote marker after a stop ("…quay.[1] The", "…extended.³ Engineers") belongs to the sentence it follows.
  for (let i = 0; i + 2 < bounds.length; i += 2) {
    const next = bounds[i + 2]!;
    const m = FOOTNOTE_AT_START.exec(text.slice(next, next + 24));
    if (!m || (m[0].trimStart().match(/^\d/) && text[next - 1] !== '[' && !/\[\s*$/.test(text.slice(Math.max(0, next - 4), next)))) continue;
    const cut = next + m[0].length;
    if (cut < bounds[i + 3]!) bounds[i + 1] = bounds[i + 2] = cut;
  }
  const out: SentenceSpan[] = [];
  for (let i = 0; i < bounds.length; i += 2) {
    let from = bounds[i]!;
    let to = bounds[i + 1]!;
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    const sentence = text.slice(from, to);
    if (LETTER_OR_DIGIT.test(sentence)) out.push({ text: sentence, start: from, end: to });
  }
  return out;
}
