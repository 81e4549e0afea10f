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

describe('qualified figures', () => {
  const bound = (text: string) => extractNumberFacts(text).map((f) => [f.value, f.bound ?? null]);

  it('read the range the words around them state, in English and Chinese', () => {
    expect(bound('逾50万美元')).toEqual([['500000', 'min']]);
    expect(bound('50多万人')).toEqual([['500000', 'min']]);
    expect(bound('more than $500,000')).toEqual([['500000', 'min']]);
    expect(bound('under 10 people')).toEqual([['10', 'max']]);
    expect(bound('约30%')).toEqual([['30', 'about']]);
    expect(bound('30%左右')).toEqual([['30', 'about']]);
    expect(bound('it cost $500,000')).toEqual([['500000', null]]);
    // 约 and 近 ending another word are no "about": 纽约 (New York), 最近 (recently).
    expect(bound('纽约500万人')).toEqual([['5000000', null]]);
    expect(bound('最近3年')).toEqual([['3', null]]);
    expect(bound('约500万人')).toEqual([['5000000', 'about']]);
    expect(bound('3 + 4')).toEqual([['3', null], ['4', null]]);
  });

  it('are backed by a source figure inside that range and contradicted by one outside it', () => {
    const backs = (claim: string, source: string) => factMatches(extractNumberFacts(claim)[0]!, extractNumberFacts(source)[0]!);
    expect(backs('over $500,000', '$560,000')).toBe(true);
    expect(backs('over $500,000', '$460,000')).toBe(false);
    expect(backs('under 10 people', '8 people')).toBe(true);
    expect(backs('about 500,000', '549,000')).toBe(true);
    expect(backs('about 500,000', '560,000')).toBe(false);
    expect(backs('about 10', '14')).toBe(false);
    expect(backs('nearly 500,000', '510,000')).toBe(false);
    expect(backs('nearly 500,000', '480,000')).toBe(true);
    // A bound reaches as far as a reporter's rounding: "more than 50" is no summary of 300.
    expect(backs('more than 50 people', '300 homes')).toBe(false);
    expect(backs('500,000', '560,000')).toBe(false);
    // A source that qualifies its own figure must give the same one.
    expect(backs('more than 100 countries', 'more than 211 countries')).toBe(false);
    const over = judgeSupport('The company paid over $500,000 in overdue bills to vendors.', ['The company paid $560,000 in overdue bills to vendors.'], 'en');
    expect(over.why.conflicts).toEqual([]);
    expect(over.label).toBe('supported');
    const exact = judgeSupport('The company paid $500,000 in overdue bills to vendors.', ['The company paid $560,000 in overdue bills to vendors.'], 'en');
    expect(exact.why.conflicts.length).toBe(1);
  });
});
