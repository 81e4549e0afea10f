import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FullReport } from '../../lib/report/full-report';
import { CPI_ARTICLE_URL, CPI_SOURCE_URL, RICE_FAITHFUL_URL, RICE_MISREPORTED_URL, RICE_SOURCE_URL } from '../web/cross-language';
import { startFixtureWeb, type FixtureWeb } from '../web/server';
import { checkFixturePage } from '../support/check-page';
import { findingText } from '../../lib/i18n/findings';

// Articles citing a source in the other language, checked as the CLI checks them.
let web: FixtureWeb;
const reports = new Map<string, FullReport>();

beforeAll(async () => {
  web = await startFixtureWeb();
  for (const url of [RICE_FAITHFUL_URL, RICE_MISREPORTED_URL, CPI_ARTICLE_URL]) reports.set(url, await checkFixturePage(web, url));
}, 180_000);
afterAll(() => web?.close());

const source = (article: string, url: string) => reports.get(article)!.sources.find((s) => s.url === url)!;
const claimsOf = (article: string, url: string) => reports.get(article)!.claims.filter((c) => c.sourceUrl === url);

describe('a Chinese article and its English source', () => {
  it('a faithful summary is supported, claim by claim, with the English sentences as evidence', () => {
    const check = source(RICE_FAITHFUL_URL, RICE_SOURCE_URL).check!;
    expect(check.verdict).toBe('supported');
    const claims = claimsOf(RICE_FAITHFUL_URL, RICE_SOURCE_URL);
    expect(claims.length).toBe(3);
    for (const c of claims) {
      expect(c.support.label, c.text).toBe('supported');
      expect(c.support.code).toBe('cross-language');
    }
    const first = claims.find((c) => c.text.includes('260万吨'))!;
    expect(first.support.evidence[0]).toMatch(/^Thailand exported 2\.6 million tonnes of rice in February/);
    expect(first.support.reason).toMatch(/found: .*2\.6 million \(260万\)/);
    expect(first.support.reason).toMatch(/Thailand \(泰国\)/);
    // Who said it and when (据路透社3月4日报道) is attribution, not content the source must repeat.
    expect(first.support.reason).not.toMatch(/路透社|3月4日/);
  });

  it('one misreported figure makes the source a mismatch, and the reason names it and what the source says', () => {
    const check = source(RICE_MISREPORTED_URL, RICE_SOURCE_URL).check!;
    expect(check.verdict).toBe('mismatch');
    const conflict = check.findings.find((f) => f.code === 'number.conflict')!;
    expect(conflict.ok).toBe(false);
    expect(conflict.params.figures).toBe('360万');
    expect(findingText(conflict, 'en')).toMatch(/360万 where the source says: “Thailand exported 2\.6 million tonnes/);
    const wrong = claimsOf(RICE_MISREPORTED_URL, RICE_SOURCE_URL).find((c) => c.text.includes('360万吨'))!;
    expect(wrong.support.label).not.toBe('supported');
    expect(wrong.support.reason).toMatch(/other figures than 360万/);
  });
});

describe('an English article and its Chinese source', () => {
  it('is supported by the Chinese sentence that says it, with the Chinese words it matched', () => {
    const check = source(CPI_ARTICLE_URL, CPI_SOURCE_URL).check!;
    expect(check.verdict).toBe('supported');
    expect(check.source?.lang).toBe('zh');
    const claims = claimsOf(CPI_ARTICLE_URL, CPI_SOURCE_URL);
    // "…, the National Bureau of Statistics said, according to Xinhua [link].": two speakers of one sentence, both linked.
    const headline = claims.filter((c) => c.text.startsWith('China’s consumer prices rose 0.7%'));
    expect(headline.map((c) => c.speaker).sort()).toEqual(['Xinhua', 'the National Bureau of Statistics']);
    for (const c of headline) {
      expect(c.support.label).toBe('supported');
      expect(c.support.evidence[0]).toMatch(/^新华社北京3月9日电 国家统计局9日发布数据显示，2月份全国居民消费价格指数同比上涨0\.7%/);
    }
    const food = claims.find((c) => c.text.startsWith('Food prices fell'));
    expect(food!.support.label).toBe('supported');
    expect(food!.support.evidence[0]).toBe('其中，食品价格同比下降0.9%，非食品价格上涨1.1%。');
    expect(food!.support.reason).toMatch(/Food \(食品\)/);
  });
});

describe('claims the browser translated (the on-device Translator path, with a stand-in translator)', () => {
  // What a translator returns for the three claims of the faithful article, and a version that mistranslates a figure.
  const ENGLISH = [
    'Reuters reported on March 4 that Thailand’s commerce ministry said on Monday that Thailand exported 2.6 million tonnes of rice in February, up 12% from a year earlier.',
    'Reuters reported that rice exports to China rose to 400,000 tonnes, about a quarter of total exports.',
    'Citing Thailand’s commerce ministry, Reuters said rice exports are expected to be 8.5 million tonnes this year, below the record set in 2023.',
  ];
  const translated = async (texts: string[]) => {
    const r = await checkFixturePage(web, RICE_FAITHFUL_URL, {
      translationsFor: (url) => {
        if (url !== RICE_SOURCE_URL) return undefined;
        const claims = reports.get(RICE_FAITHFUL_URL)!.claims;
        return new Map(texts.map((t, i) => [claims.findIndex((c) => c.sourceUrl === RICE_SOURCE_URL && c.text.includes(['260万吨', '40万吨', '850万吨'][i]!)), t]));
      },
    });
    return r.claims.filter((c) => c.sourceUrl === RICE_SOURCE_URL);
  };

  it('judges the translation with the same-language scorer and says it went through the browser’s translator', async () => {
    const claims = await translated(ENGLISH);
    expect(claims.map((c) => c.support.code)).toEqual(['translated', 'translated', 'translated']);
    for (const c of claims) {
      expect(c.support.label, c.text).toBe('supported');
      expect(c.support.reason).toMatch(/^compared through the browser’s translator \(“/);
    }
  }, 60_000);

  it('still refuses a translation whose figure differs from the source', async () => {
    const claims = await translated([ENGLISH[0]!.replace('2.6 million', '3.6 million'), ENGLISH[1]!, ENGLISH[2]!]);
    expect(claims[0]!.support.label).not.toBe('supported');
    expect(claims[0]!.support.reason).toMatch(/other figures than 3\.6 million/);
  }, 60_000);
});
