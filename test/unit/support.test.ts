import { describe, expect, it } from 'vitest';
import { DEFAULT_SUPPORT, judgeSupport } from '../../lib/check/compare/support';

const PAGE = [
  'The city council met on Tuesday evening in the old town hall.',
  'Mayor Lena Fischer announced that the council approved a budget of 42 million euros for public transport.',
  'The money will pay for twelve new electric buses and a second tram line.',
  'Opposition members criticised the plan as too expensive.',
  'Construction of the tram line is expected to start in March 2026.',
  'The weather in the region stayed mild for the rest of the week.',
];

describe('judgeSupport', () => {
  it('finds an exact statement and puts its sentence first', () => {
    const r = judgeSupport('The council approved a budget of 42 million euros for public transport.', PAGE, 'en');
    expect(r.label).toBe('supported');
    expect(r.evidence[0]).toBe(1);
    expect(r.score).toBeGreaterThanOrEqual(DEFAULT_SUPPORT.supported);
    expect(r.evidenceScores).toHaveLength(r.evidence.length);
  });

  it('does not call a claim with a changed figure supported', () => {
    const r = judgeSupport('The council approved a budget of 57 million euros for public transport.', PAGE, 'en');
    expect(r.label).not.toBe('supported');
    expect(r.evidence[0]).toBe(1);
    expect(r.reason).toMatch(/57 million/);
  });

  it('reads a year that dates a figure otherwise as a conflict, and a year named elsewhere as none', () => {
    const page = ['Unemployment in the region fell to 12% in 2021, the statistics office said.', 'It had been 15% a year earlier.'];
    const wrongYear = judgeSupport('Unemployment in the region fell to 12% in 2019.', page, 'en');
    expect(wrongYear.label).not.toBe('supported');
    expect(wrongYear.why.conflicts).toEqual(['2019']);
    expect(judgeSupport('Unemployment in the region fell to 12% in 2021.', page, 'en').label).toBe('supported');
    // No figure of the claim in that sentence: a missing year, not a contradicting one.
    expect(judgeSupport('In 2019 the region had a new governor.', page, 'en').why.conflicts).toEqual([]);
  });

  it('reads a name of capitals and digits as a figure: 5G is not 6G, and F-35 is found as written', () => {
    const page = ['Senators called for a 6G security coordinator on Monday.', 'The air force will buy more F-35 jets next year.'];
    const changed = judgeSupport('Senators called for a 5G security coordinator on Monday.', page, 'en');
    expect(changed.label).not.toBe('supported');
    expect(changed.reason).toMatch(/5G/);
    expect(judgeSupport('The air force will buy more F-35 jets next year.', page, 'en').label).toBe('supported');
  });

  it('does not call a negated claim supported by affirmative evidence', () => {
    const r = judgeSupport('The council did not approve a budget for public transport.', PAGE, 'en');
    expect(r.label).not.toBe('supported');
    expect(r.reason).toMatch(/denies/);
  });

  it('does not call a claim supported when the source denies it', () => {
    const page = ['The minister did not resign after the vote, her office said.', 'Parliament will meet again in May.'];
    const r = judgeSupport('The minister resigned after the vote.', page, 'en');
    expect(r.label).not.toBe('supported');
  });

  it('gives not-found for an unrelated source', () => {
    const page = ['Tomatoes grow best in full sun.', 'Water the plants early in the morning.', 'Harvest when the fruit is firm and red.'];
    const r = judgeSupport('The council approved a budget of 42 million euros for public transport.', page, 'en');
    expect(r.label).toBe('not-found');
    expect(r.score).toBeLessThan(DEFAULT_SUPPORT.partial);
  });

  it('combines evidence spread over two adjacent sentences', () => {
    const r = judgeSupport('Mayor Lena Fischer said the 42 million euro budget will pay for twelve new electric buses.', PAGE, 'en');
    expect(r.label).toBe('supported');
    expect([...r.evidence].sort()).toEqual(expect.arrayContaining([1, 2]));
  });

  it('matches irregular verb forms and number words', () => {
    const page = ['Ana Silva wins the national chess title for the third time.', 'She beat 2 former champions on the way.'];
    const r = judgeSupport('Silva won the national chess title after she beat two former champions.', page, 'en');
    expect(r.label).toBe('supported');
  });

  it('does not throw on empty input', () => {
    expect(judgeSupport('', [], 'en').label).toBe('not-found');
    expect(judgeSupport('The council approved the budget.', [], 'en').label).toBe('not-found');
    expect(judgeSupport('', PAGE, 'en').label).toBe('not-found');
    expect(judgeSupport('the of and', PAGE, 'en').label).toBe('not-found');
    const r = judgeSupport('The council approved the budget.', ['', '   ', '…'], null);
    expect(r.label).toBe('not-found');
    expect(r.evidence).toEqual([]);
  });

  it('reads a title line as an ordinary sentence and is deterministic', () => {
    const page = ['(meta data) TITLE: Council approves transport budget', ...PAGE];
    const a = judgeSupport('Opposition members criticised the plan as too expensive.', page, 'en');
    const b = judgeSupport('Opposition members criticised the plan as too expensive.', page, 'en');
    expect(a).toEqual(b);
    expect(a.label).toBe('supported');
    expect(a.evidence[0]).toBe(4);
  });

  it('handles a 3,000-sentence source, in time linear in its length', () => {
    const filler = (i: number) => `Report ${i} describes routine maintenance of road number ${i % 97} in district ${i % 13}.`;
    const page = (n: number) => Array.from({ length: n }, (_, i) => (i === n - 655 ? 'The harbour authority opened a new ferry terminal in Rostock in 2019.' : filler(i)));
    const claim = 'A new ferry terminal was opened in Rostock by the harbour authority in 2019.';
    // Time per call over rounds of at least 40 ms, the two sizes taking turns, the best round of each:
    // one call takes a few milliseconds, and on a busy 2-core machine (other test files run alongside)
    // a stretch of rounds can run at half speed; taking turns gives both sizes the same stretches.
    const round = (sentences: string[]) => {
      let calls = 0;
      let r = judgeSupport(claim, sentences, 'en');
      const t0 = performance.now();
      do {
        r = judgeSupport(claim, sentences, 'en');
        calls++;
      } while (performance.now() - t0 < 40);
      return { r, ms: (performance.now() - t0) / calls };
    };
    const smallPage = page(1000);
    const largePage = page(3000);
    // Warm up the JIT on both sizes, so the ratio compares steady states.
    round(smallPage);
    round(largePage);
    let small = round(smallPage);
    let large = round(largePage);
    for (let i = 0; i < 5; i++) {
      const s = round(smallPage);
      const l = round(largePage);
      if (s.ms < small.ms) small = s;
      if (l.ms < large.ms) large = l;
    }
    expect(large.r.label).toBe('supported');
    expect(large.r.evidence[0]).toBe(2345);
    // A guard against a quadratic slip as a ratio of two runs (3× the input: linear ≈ 3×, quadratic ≈ 9×), not a benchmark.
    expect(large.ms / small.ms).toBeLessThan(6);
  });

  it('shows, after the sentences that cover the claim, one that restates it, but not one that shares only a light word', () => {
    const page = ['Acme Corp later hired 40 engineers in Denver.', 'The weather was fine.', 'In Denver, Acme Corp took on engineers.', 'The firm was later sold.'];
    const r = judgeSupport('Acme Corp later hired 40 engineers in Denver.', page, 'en');
    expect(r.evidence).toEqual([0, 2]);
    expect(r.evidenceScores[1]).toBeLessThan(r.evidenceScores[0]!);
    // The score is the covering sentences' alone: the same with the restating sentence gone.
    expect(judgeSupport('Acme Corp later hired 40 engineers in Denver.', [page[0]!, page[1]!, page[3]!], 'en').score).toBe(r.score);
  });

  it('never shows a sentence that only restates one already shown (a page title and its heading), so the last place goes to new evidence', () => {
    const page = [
      'Acme Corp opens a plant in Denver – Business Daily',
      'Acme Corp opens a plant in Denver',
      'The weather was fine.',
      'Acme Corp said the Denver plant would employ 40 engineers.',
      'Engineers from Acme will start work in Denver in the spring.',
    ];
    const r = judgeSupport('Acme Corp will open a plant in Denver with 40 engineers.', page, 'en');
    expect(r.evidence).toEqual([3, 0, 4]);
    expect(r.label).toBe('supported');
  });

  describe('Chinese', () => {
    const ZH = ['新华社北京5月9日电。', '国家统计局表示，今年一季度国内生产总值同比增长5.3%。', '专家认为，消费仍是经济增长的主要动力。', '北京市政府宣布将新建三座图书馆。', '该计划预计于2025年完成。'];

    it('finds the sentence that says the same', () => {
      const r = judgeSupport('国家统计局称一季度国内生产总值增长5.3%。', ZH, 'zh');
      expect(r.label).toBe('supported');
      expect(r.evidence[0]).toBe(1);
    });

    it('combines two sentences and reads Chinese numerals', () => {
      const r = judgeSupport('北京将新建3座图书馆，计划于2025年完成。', ZH, 'zh');
      expect(r.label).toBe('supported');
      // The two that cover it first; a sentence sharing only 北京 may follow them.
      expect(r.evidence.slice(0, 2).sort()).toEqual([3, 4]);
    });

    it('does not support a changed figure or a negated claim', () => {
      expect(judgeSupport('国家统计局称一季度国内生产总值增长6.1%。', ZH, 'zh').label).not.toBe('supported');
      expect(judgeSupport('一季度国内生产总值没有增长。', ZH, 'zh').label).not.toBe('supported');
    });

    it('gives not-found for an unrelated claim', () => {
      expect(judgeSupport('上海的足球队赢得了冠军。', ZH, 'zh').label).toBe('not-found');
    });
  });
});

describe('names and their initialisms, in English', () => {
  it('meet written either way: "the United States" is "the U.S.", "the UN" is "the United Nations", "the FBI" is "the Federal Bureau of Investigation"', () => {
    for (const [claim, source] of [
      ['The United States imposed new sanctions on Russia.', 'The U.S. imposed new sanctions on Russia.'],
      ['The U.S. imposed new sanctions on Russia.', 'The United States imposed new sanctions on Russia.'],
      ['The US imposed new sanctions on Russia.', 'The United States imposed new sanctions on Russia.'],
      ['The UN imposed new sanctions on Russia.', 'The United Nations imposed new sanctions on Russia.'],
      ['The Federal Bureau of Investigation opened an inquiry into the firm.', 'The FBI opened an inquiry into the firm.'],
    ]) {
      const r = judgeSupport(claim!, [source!], 'en');
      expect(r.label, claim).toBe('supported');
      // Every word of the claim is found: the name through its initialism.
      expect(r.why.pct, claim).toBe(100);
    }
  });

  it('never by two names sharing initials: "New York" is not "New Year"', () => {
    const r = judgeSupport('Crowds filled the streets of New York for the parade.', ['Crowds filled the streets on New Year for the parade.'], 'en');
    expect(r.why.pct).toBeLessThan(100);
    expect(judgeSupport('Crowds filled the streets of New York for the parade.', ['Crowds filled the streets of NY for the parade.'], 'en').why.pct).toBe(100);
  });
});
