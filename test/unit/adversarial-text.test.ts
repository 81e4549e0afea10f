import { describe, expect, it } from 'vitest';
import { findCues } from '../../lib/extract/attribution/cues';
import * as entities from '../../lib/extract/attribution/entities';
import { attributeLink } from '../../lib/extract/attribution/link-attribution';
import { findSpeaker } from '../../lib/extract/attribution/speaker';
import { sentenceSubject } from '../../lib/extract/attribution/speaker-en';
import { extractArticle } from '../../lib/extract/extract-article';
import { normalizeAuthors, splitAuthorNames } from '../../lib/extract/metadata/authors';
import { checkNumbers } from '../../lib/check/compare/numbers';
import { checkQuote } from '../../lib/check/compare/quotes';
import { findOutletMentions, outletForName, outletNamedBy } from '../../lib/outlets/lookup';
import { parseHtml } from '../../lib/platform/html';
import { cleanText, decodeEntities, foldText } from '../../lib/text/clean';
import { dateFromUrl, findDateInText, leadingDate, parseDate } from '../../lib/text/dates';
import { labelledDate } from '../../lib/text/labelled-date';
import { detectLanguage } from '../../lib/text/language';
import { compareNames, romanizeName } from '../../lib/text/name-match';
import { extractNumberFacts } from '../../lib/text/numbers';
import { forgetSentences } from '../../lib/text/sentence-memo';
import { splitSentences } from '../../lib/text/sentences';
import { summarize } from '../../lib/text/summarize';
import { contentTokens, wordCount } from '../../lib/text/tokens';

/**
 * Every rule that reads page text, run on text a hostile page can write: long runs of one letter
 * class, long words, many dots, deep quotes, repeated titles and cues. Each must take time in
 * proportion to its input. The budget is a ratio to a plain pass over the same text (one walk
 * over its characters testing each for a letter, and a split at spaces), generous enough for a
 * busy 2-core machine; quadratic rules miss it by orders of magnitude (the capitals word below took
 * 11 s in the browser and over 30 s in Node).
 */

const N = 150_000;
const run = (unit: string, n = N) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const ADVERSARIAL: Record<string, string> = {
  capitals: run('A'),
  'lower case': run('a'),
  CJK: run('中'),
  digits: run('1'),
  dots: run('.'),
  spaces: `a${run(' ')}b`,
  'nested quotes': `${'“'.repeat(5000)}${run('word ', 10_000)}${'”'.repeat(5000)}`,
  'straight quotes': run('"'),
  'Mr. Mr.': run('Mr. '),
  'said said': run('said '),
  'capitalised words': run('Aaa '),
  initials: run('A. '),
  'capital-lower word': run('Ab'),
  'dotted capitals': run('A.'),
  'digit groups': run('1,'),
  'numbers and spaces': run('1 '),
  'Chinese numerals': run('一二三'),
  'title marks': run('《'),
  'name dots': run('中·'),
  hyphens: run('-'),
  apostrophes: run("'"),
  'according to': run('according to '),
  'transcript labels': run('SAID: '),
  '据…报道': run('据报道'),
  'quoted speech': run('“A,” said B. '),
  'plain-word outlet names': `${run('A', 1000)} ${run('the Time ', N - 1001)}`,
};

const LETTER = /\p{L}/u;
const WORDS = new Intl.Segmenter('en', { granularity: 'word' });
/**
 * The plain pass: one walk over the characters, a split at spaces, and ICU word segmentation in
 * 1,000-character slices (V8's segmenter slows with the length of what it is given, so whole-text
 * segmentation would be no linear unit).
 */
function plainPass(text: string): number {
  let words = 0;
  let inWord = false;
  for (const ch of text) {
    const letter = LETTER.test(ch);
    if (letter && !inWord) words++;
    inWord = letter;
  }
  for (let i = 0; i < text.length; i += 1000) for (const s of WORDS.segment(text.slice(i, i + 1000))) words += s.isWordLike ? 1 : 0;
  return words + text.split(/\s+/).length;
}

function timeOf(f: () => unknown): number {
  forgetSentences(); // answers remembered from an earlier run would hide the work
  const t = performance.now();
  f();
  return performance.now() - t;
}

/**
 * The best of a few timings (noise only ever adds time), stopping once one is within `enough`, or
 * when one is so far over that no noise explains it.
 */
function best(f: () => unknown, tries: number, enough = 0): number {
  let min = Infinity;
  for (let i = 0; i < tries; i++) {
    min = Math.min(min, timeOf(f));
    if (min <= enough || (enough && min > 5 * enough)) break;
  }
  return min;
}

const plainTimes = new Map<string, number>();
/** The plain pass's time over `text`, measured once per text. */
function plainMsOf(text: string, plain = () => plainPass(text)): number {
  let ms = plainTimes.get(text);
  if (ms === undefined) plainTimes.set(text, (ms = Math.max(best(plain, 3), 1)));
  return ms;
}

/** Runs `subject`, retrying only when over budget, and returns its time over the plain pass's. */
function ratio(subject: () => unknown, plainMs: number, factor: number): { ms: number; plainMs: number; ratio: number } {
  const ms = best(subject, 3, factor * plainMs);
  return { ms, plainMs, ratio: ms / plainMs };
}

const HELPER_FACTOR = 100;
const cued = (text: string) => {
  for (const lang of ['en', 'zh']) for (const cue of findCues(text, lang).slice(0, 20)) findSpeaker(text, cue);
};
// Every exported text rule of extraction and checking (support.ts has its own bound and test).
const HELPERS: Record<string, (text: string) => unknown> = {
  'names: findWesternNames': entities.findWesternNames,
  'names: findDottedNames': entities.findDottedNames,
  'names: findTitles': entities.findTitles,
  'names: nameAtEnd': entities.nameAtEnd,
  'names: nameAtStart': entities.nameAtStart,
  'names: withoutTitles': entities.withoutTitles,
  'names: sentenceSubject': sentenceSubject,
  'names: splitAuthorNames': splitAuthorNames,
  'names: normalizeAuthors': (t) => normalizeAuthors([t]),
  'quotes: findQuotes': entities.findQuotes,
  'quotes: quotedRanges': (t) => entities.quotedRanges(t, false),
  'cues: findCues + findSpeaker': cued,
  'cues: attributeLink': (t) => attributeLink({ text: t, linkStart: t.length >> 1, linkEnd: t.length, anchorText: t.slice(t.length >> 1), previous: t, following: [t], lang: 'en' }),
  'dates: parseDate': parseDate,
  'dates: findDateInText': (t) => findDateInText(t),
  'dates: leadingDate': (t) => leadingDate(t),
  'dates: labelledDate': (t) => labelledDate(t),
  'dates: dateFromUrl': (t) => dateFromUrl(`https://example.com/${encodeURIComponent(t)}`),
  'numbers: extractNumberFacts': extractNumberFacts,
  'numbers: checkNumbers': (t) => checkNumbers(t, [extractNumberFacts(t)]),
  'outlets: findOutletMentions': findOutletMentions,
  'outlets: outletNamedBy': outletNamedBy,
  'outlets: outletForName': outletForName,
  'sentences: splitSentences (en)': (t) => splitSentences(t, 'en'),
  'sentences: splitSentences (zh)': (t) => splitSentences(t, 'zh'),
  'name-match: compareNames': (t) => compareNames(t, t),
  'name-match: romanizeName': romanizeName,
  'text: detectLanguage': detectLanguage,
  'text: contentTokens': (t) => contentTokens(t, 'en'),
  'text: wordCount': wordCount,
  'text: cleanText, foldText, decodeEntities': (t) => [cleanText(t), foldText(t), decodeEntities(t)],
  'text: summarize': (t) => summarize(t, { sentences: 3, lang: 'en' } as Parameters<typeof summarize>[1]),
  'check: checkQuote': (t) => checkQuote(t.slice(0, 600), t, [t], 'en'),
};

describe('text rules stay linear on adversarial strings', () => {
  for (const [name, helper] of Object.entries(HELPERS)) {
    it(name, () => {
      const slow: string[] = [];
      for (const [input, text] of Object.entries(ADVERSARIAL)) {
        const r = ratio(() => helper(text), plainMsOf(text), HELPER_FACTOR);
        if (r.ratio > HELPER_FACTOR) slow.push(`${input}: ${r.ms.toFixed(0)} ms, ${r.ratio.toFixed(0)}× the plain pass (${r.plainMs.toFixed(1)} ms)`);
      }
      expect(slow).toEqual([]);
    }, 120_000);
  }
});

// Extraction as a whole: a parse of the page and a plain pass over its HTML is the unit. Readability
// and the DOM walks cost a fixed multiple of that on any page.
const EXTRACT_FACTOR = 60;
const PROSE = '<p>The minister said the plan would cut costs by 10 per cent, according to a report published on Monday by the agency. Officials told Reuters the figures were accurate.</p>'.repeat(8);
const pageWith = (html: string) =>
  `<!doctype html><html lang="en"><head><title>A test article | Example News</title></head><body><article><h1>A test article</h1>${PROSE}${html}${PROSE}</article></body></html>`;
const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function extractRatio(html: string) {
  const url = 'https://news.example.com/2024/05/01/story';
  return ratio(
    () => {
      const out = extractArticle(parseHtml(html), url, { force: true });
      if (!out.ok) throw new Error(out.detail);
    },
    plainMsOf(html, () => plainPass(parseHtml(html).body.textContent ?? '') + plainPass(html)),
    EXTRACT_FACTOR,
  );
}

describe('extraction stays linear on pages built from adversarial strings', () => {
  for (const [input, text] of Object.entries(ADVERSARIAL)) {
    it(`${input}: as a link's text and as a paragraph`, () => {
      const link = extractRatio(pageWith(`<p>According to <a href="https://example.org/r">${escape(text)}</a>, prices rose.</p>`));
      const para = extractRatio(pageWith(`<p>${escape(text)}</p><p>As <a href="https://example.org/r">the report</a> said, prices rose.</p>`));
      expect({ link: Math.round(link.ratio), paragraph: Math.round(para.ratio) }).toEqual({
        link: expect.toSatisfy((r: number) => r <= EXTRACT_FACTOR),
        paragraph: expect.toSatisfy((r: number) => r <= EXTRACT_FACTOR),
      });
    }, 120_000);
  }

  it('a 1 MB link text of capitals', () => {
    const r = extractRatio(pageWith(`<p>According to <a href="https://example.org/r">${run('A', 1 << 20)}</a>, prices rose.</p>`));
    expect(Math.round(r.ratio)).toBeLessThanOrEqual(EXTRACT_FACTOR);
  }, 120_000);
});
