import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchOrganisation } from '../../lib/check/compare/org-match';
import type { FullReport } from '../../lib/report/full-report';
import { CREDITS_EN_URL, CREDITS_ZH_URL } from '../web/routes';
import { startFixtureWeb, type FixtureWeb } from '../web/server';
import { checkFixturePage } from '../support/check-page';

describe('organisation-name matcher', () => {
  it.each([
    ['ECTF', 'European Cycle Trade Federation', 'www.ectf.example', 'match', 'abbreviation'],
    ['European Cycle Trade Federation', 'ECTF', 'www.ectf.example', 'match', 'abbreviation'],
    ["city comptroller's office", 'Office of the Comptroller, City of Port Calder', 'comptroller.portcalder.example', 'match', 'words'],
    ["Eastbrook University's Center for Urban Finance", 'Eastbrook University', 'www.eastbrook.edu', 'related', 'parent'],
    ['Eastbrook University', null, 'www.eastbrook.edu', 'match', 'host'],
    ['Office for Harbour Statistics', null, 'www.ohs.gov.uk', 'match', 'abbreviation'],
    ['欧盟', 'European Union', 'europa.eu', 'match', 'table'],
  ] as const)('%s ↔ %s (%s): %s', (named, siteName, host, result, how) => {
    expect(matchOrganisation(named, { host, siteName })).toMatchObject({ result, how });
  });

  it('cannot tell, rather than calling it a mismatch, when nothing links two names it does not know', () => {
    expect(matchOrganisation('Port of Saltmarsh', { host: 'www.harbour-data.example', siteName: 'Harbour Data Ltd' }).result).toBe('unknown');
  });

  it('calls a mismatch only when the outlet table knows both and they differ', () => {
    expect(matchOrganisation('Reuters', { host: 'www.bbc.co.uk', siteName: 'BBC News' })).toMatchObject({ result: 'mismatch', how: 'different-outlet' });
  });
});

describe('checking an article that credits bodies the outlet table does not know', () => {
  let web: FixtureWeb;
  let en: FullReport;
  let zh: FullReport;
  beforeAll(async () => {
    web = await startFixtureWeb();
    en = await checkFixturePage(web, CREDITS_EN_URL);
    zh = await checkFixturePage(web, CREDITS_ZH_URL);
  }, 120_000);
  afterAll(() => web?.close());

  const publication = (report: FullReport, path: string) => {
    const source = report.sources.find((s) => new URL(s.url).pathname === path)!;
    return source.check!.findings.find((f) => f.kind === 'publication')!;
  };

  it('matches what the article names with what each source says it is, and says how', () => {
    expect(publication(en, '/market-report-2024')).toMatchObject({ ok: true, code: 'publication.org-match', params: { how: 'words' } });
    expect(publication(en, '/press/valde-statement')).toMatchObject({ ok: true, code: 'publication.org-match' });
    expect(publication(en, '/audits/harbour-fees-2024')).toMatchObject({ ok: true, code: 'publication.org-match', params: { actual: 'Office of the Comptroller, City of Port Calder' } });
    expect(publication(en, '/cuf/working-papers/freight-2024')).toMatchObject({ ok: true, code: 'publication.org-related', params: { how: 'parent' } });
    expect(publication(en, '/news/container-volumes')).toMatchObject({ ok: true, code: 'publication.org-match' });
    expect(publication(zh, '/news/reservoir-levels')).toMatchObject({ ok: true, code: 'publication.org-match' });
  });

  it('finds no publication mismatch in either article', () => {
    const findings = [...en.sources, ...zh.sources].flatMap((s) => s.check?.findings ?? []).filter((f) => f.kind === 'publication');
    expect(findings.filter((f) => f.ok === false)).toEqual([]);
  });
});
