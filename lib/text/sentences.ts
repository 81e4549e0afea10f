/** Sentence splitting with Intl.Segmenter, made safe for abbreviations and CJK punctuation. */

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

function endsWithAbbreviation(segment: string): boolean {
  // Only the last word matters: look at it alone, not at the whole (possibly long) segment.
  let end = segment.length;
  while (end > 0 && isSpace(segment.charCodeAt(end - 1))) end--;
  if (segment[end - 1] !== '.') return false;
  let start = end - 1;
  while (start > 0 && !BEFORE_WORD.test(segment[start - 1]!)) start--;
  const word = segment.slice(start, end - 1);
  if (!ABBREVIATION_SHAPE.test(word)) return false;
  const lower = word.toLowerCase();
  // Single letters and dotted letters are initials ("T. Umarov", "G.K. Butterfield").
  return ABBREVIATIONS.has(lower) || lower.length === 1 || lower.includes('.');
}

/**
 * Splits text into sentences with offsets. Chinese 。！？ and closing quotes are
 * handled by ICU; English abbreviations and initials are re-joined here.
 */
export function splitSentences(text: string, lang: string | null = null): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  if (!text) return out;
  let pending: SentenceSpan | null = null;
  for (const { segment, index } of segmenter(lang, 'sentence').segment(text)) {
    const span = { text: segment, start: index, end: index + segment.length };
    if (pending) {
      const joinable =
        endsWithAbbreviation(pending.text) ||
        /^\s*[a-z,;:)]/.test(segment); // a lower-case start continues the sentence
      if (joinable) {
        pending = { text: pending.text + segment, start: pending.start, end: span.end };
        continue;
      }
      out.push(pending);
    }
    pending = span;
  }
  if (pending) out.push(pending);
  return moveOpeningPunctuation(out)
    .map((s) => trimSpan(s))
    .filter((s) => /[\p{L}\p{N}]/u.test(s.text));
}

// ICU leaves an opening quote that follows 。 on the sentence before it.
const OPENERS = /[“「『《（(‘"]+\s*$/u;

function moveOpeningPunctuation(spans: SentenceSpan[]): SentenceSpan[] {
  for (let i = 0; i < spans.length - 1; i++) {
    // Only the tail can hold the opener: no need to scan the whole sentence.
    const text = spans[i]!.text;
    const from = Math.max(0, text.length - 16);
    const m = OPENERS.exec(text.slice(from));
    if (!m || from + m.index === 0) continue;
    const cut = m[0].length;
    const cur = spans[i]!;
    const next = spans[i + 1]!;
    spans[i] = { text: cur.text.slice(0, -cut), start: cur.start, end: cur.end - cut };
    spans[i + 1] = { text: cur.text.slice(-cut) + next.text, start: next.start - cut, end: next.end };
  }
  return spans;
}

function trimSpan(s: SentenceSpan): SentenceSpan {
  const lead = s.text.length - s.text.trimStart().length;
  const trimmed = s.text.trim();
  return { text: trimmed, start: s.start + lead, end: s.start + lead + trimmed.length };
}
