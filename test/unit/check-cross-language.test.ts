import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FullReport } from '../../lib/report/full-report';
import { CPI_ARTICLE_URL, CPI_SOURCE_URL, RICE_FAITHFUL_URL, RICE_MISREPORTED_URL, RICE_SOURCE_URL } from '../web/cross-language';
import { startFixtureWeb, type FixtureWeb } from '../web/server';
import { checkFixturePage } from '../support/check-page';

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
    expect(conflict.detail).toMatch(/360万 where the source says: “Thailand exported 2\.6 million tonnes/);
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
    const claim = claimsOf(CPI_ARTICLE_URL, CPI_SOURCE_URL)[0]!;
    expect(claim.support.label).toBe('supported');
    expect(claim.support.evidence[0]).toBe('其中，食品价格同比下降0.9%，非食品价格上涨1.1%。');
    expect(claim.support.reason).toMatch(/Food \(食品\)/);
  });
});
