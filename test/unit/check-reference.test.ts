import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FullReport } from '../../lib/report/full-report';
import { REFERENCE_ARTICLE_URL, REFERENCE_SOURCE_URL } from '../web/routes';
import { startFixtureWeb, type FixtureWeb } from '../web/server';
import { checkFixturePage } from '../support/check-page';
import { findingText } from '../../lib/i18n/findings';

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
    expect(findingText(finding('publication'), 'en')).toContain('foreignpolicy.com');
    expect(finding('author').ok).toBe(true);
    expect(findingText(finding('author'), 'en')).toContain('Temur Umarov');
    expect(finding('date').ok).toBe(true);
    expect(finding('date').params).toMatchObject({ article: '2022-09-17', source: '2022-09-16', days: 1 });
  });

  it('finds the claims’ numbers in the English source, with the sentences that hold them as evidence', () => {
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
      expect(claim.support.code, needle).toBe('cross-language');
      expect(claim.support.evidence.some((e) => evidence.test(e)), needle).toBe(true);
    }
  });

  it('compares every Chinese claim with the English source, claim by claim, with English evidence and what matched', () => {
    const claims = report.claims.filter((c) => c.sourceUrl === REFERENCE_SOURCE_URL);
    expect(claims.length).toBeGreaterThanOrEqual(10);
    for (const c of claims) {
      expect(['supported', 'partial', 'not-found'], c.text).toContain(c.support.label);
      expect(c.support.reason, c.text).toMatch(/word by word through CC-CEDICT/);
      // Evidence is the source's own English sentences.
      expect(c.support.evidence.length, c.text).toBeGreaterThan(0);
      expect(c.support.evidence[0], c.text).toMatch(/^[\x20-\x7e’“”—–]+$/);
    }
    const tokayev = claims.find((c) => c.text.includes('托卡耶夫还公开拒绝支持俄罗斯'))!;
    expect(tokayev.support.label).toBe('supported');
    expect(tokayev.support.evidence[0]).toMatch(/Tokayev has publicly refused to back Russia/);
    expect(tokayev.support.params.found).toMatch(/Tokayev \(托卡耶夫\)/);
    // The verdict counts them like same-language claims: some backed, others only partly or not found.
    const summary = finding('claim');
    expect(summary.code).toBe('claim.summary');
    expect(Number(summary.params.supported)).toBeGreaterThan(0);
    expect(fp().check!.verdict).toBe('partial');
    expect(fp().check!.findings.filter((f) => f.kind === 'quote').every((f) => f.ok !== false)).toBe(true);
    const unlinked = report.claims.find((c) => c.sourceUrl === null)!;
    expect(unlinked.support.reason).toMatch(/no source/);
  });
});
