import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FullReport } from '../../lib/report/full-report';
import { REFERENCE_ARTICLE_URL, REFERENCE_SOURCE_URL } from '../web/routes';
import { startFixtureWeb, type FixtureWeb } from '../web/server';
import { checkFixturePage } from '../support/check-page';

let web: FixtureWeb;
let report: FullReport;

beforeAll(async () => {
  web = await startFixtureWeb();
  report = await checkFixturePage(web, REFERENCE_ARTICLE_URL);
}, 60_000);
afterAll(() => web?.close());

describe('checking the reference article’s Foreign Policy source', () => {
  const fp = () => report.sources.find((s) => s.url === REFERENCE_SOURCE_URL)!;
  const finding = (kind: string) => fp().check!.findings.find((f) => f.kind === kind)!;

  it('reads the stand-in page as what it is', () => {
    const check = fp().check!;
    expect(check.state).toBe('ok');
    expect(check.httpStatus).toBe(200);
    expect(check.source).toMatchObject({ title: 'Kazakhstan Is Quietly Breaking Away From Russia', siteName: 'Foreign Policy', authors: ['Temur Umarov'], lang: 'en' });
    expect(check.summary.length).toBe(3);
  });

  it('matches the publication (外交政策 ↔ Foreign Policy ↔ foreignpolicy.com), the author across scripts and the date', () => {
    expect(finding('publication').ok).toBe(true);
    expect(finding('publication').detail).toContain('foreignpolicy.com');
    expect(finding('author').ok).toBe(true);
    expect(finding('author').detail).toContain('Temur Umarov');
    expect(finding('date').ok).toBe(true);
    expect(finding('date').params).toMatchObject({ article: '2022-09-17', source: '2022-09-16', days: 1 });
  });

  it('finds the claims’ numbers in the English source, with the sentences as evidence', () => {
    expect(finding('number').ok).toBe(true);
    const expectations: [string, RegExp][] = [
      ['5月9日', /May 9/],
      ['30年', /30 years/],
      ['2008年', /2008/],
      ['2014年', /2014/],
      ['2020年1月', /January 2020/],
    ];
    for (const [needle, evidence] of expectations) {
      const claim = report.claims.find((c) => c.text.includes(needle))!;
      expect(claim.sourceUrl, needle).toBe(REFERENCE_SOURCE_URL);
      expect(claim.support.label, needle).toBe('cannot-judge');
      expect(claim.support.evidence.some((e) => evidence.test(e)), needle).toBe(true);
    }
  });

  it('does not claim support it cannot show: Chinese claims against an English source are not compared', () => {
    expect(fp().check!.verdict).toBe('partial');
    expect(report.claims.filter((c) => c.sourceUrl === REFERENCE_SOURCE_URL).every((c) => c.support.label === 'cannot-judge')).toBe(true);
    const unlinked = report.claims.find((c) => c.sourceUrl === null)!;
    expect(unlinked.support.reason).toMatch(/no source/);
  });
});
