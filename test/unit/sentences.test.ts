import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/text/sentences';

const texts = (text: string, lang: string | null = 'en') => splitSentences(text, lang).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps titles, initials and dotted abbreviations inside the sentence', () => {
    expect(texts('Rep. G.K. Butterfield said it would pass. Mr. Smith disagreed.')).toEqual([
      'Rep. G.K. Butterfield said it would pass.',
      'Mr. Smith disagreed.',
    ]);
    expect(texts('The paper by T. Umarov appeared on Sept. 16 in the U.S. edition. It was widely read.')).toEqual([
      'The paper by T. Umarov appeared on Sept. 16 in the U.S. edition.',
      'It was widely read.',
    ]);
  });

  it('ends a sentence at an ordinary word before a full stop', () => {
    expect(texts('Water use fell. Officials said so.')).toEqual(['Water use fell.', 'Officials said so.']);
  });

  it('splits Chinese at 。！？ and moves an opening quote to the sentence it opens', () => {
    expect(texts('他指出，这是错误的。“我们不会让步。”', 'zh')).toEqual(['他指出，这是错误的。', '“我们不会让步。”']);
    expect(texts('报告称增长放缓！专家表示担忧？', 'zh')).toEqual(['报告称增长放缓！', '专家表示担忧？']);
  });

  it('gives offsets into the input', () => {
    const text = '  First one.  Second one. ';
    for (const s of splitSentences(text, 'en')) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
