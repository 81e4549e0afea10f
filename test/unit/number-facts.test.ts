import { describe, expect, it } from 'vitest';
import { judgeSupport } from '../../lib/check/compare/support';
import { extractNumberFacts, factMatches } from '../../lib/text/numbers';

const facts = (text: string) => extractNumberFacts(text).map((f) => [f.kind, f.value]);

describe('decades', () => {
  it('are read alike in English and Chinese, and a decade with no century stays a number', () => {
    expect(facts('a pop group of the 1960s')).toEqual([['decade', '1960']]);
    expect(facts('in the late 1890s')).toEqual([['decade', '1890']]);
    expect(facts('in the 1980’s')).toEqual([['decade', '1980']]);
    expect(facts('20世纪60年代的流行乐队')).toEqual([['decade', '1960']]);
    expect(facts('十九世纪九十年代末')).toEqual([['decade', '1890']]);
    expect(facts('1990年代')).toEqual([['decade', '1990']]);
    expect(facts('60年代')).toEqual([['number', '60']]);
  });

  it('are backed by a year inside them, not the other way round, and two decades differ', () => {
    const [sixties] = extractNumberFacts('the 1960s');
    const [y1964] = extractNumberFacts('in 1964');
    const [y1971] = extractNumberFacts('in 1971');
    expect(factMatches(sixties!, y1964!)).toBe(true);
    expect(factMatches(sixties!, y1971!)).toBe(false);
    expect(factMatches(y1964!, sixties!)).toBe(false);
    const r = judgeSupport('The band was founded in the 1970s in Leeds.', ['The band was founded in the 1960s in Leeds.'], 'en');
    expect(r.label).not.toBe('supported');
    expect(r.why.conflicts).toEqual(['1970s']);
  });
});
