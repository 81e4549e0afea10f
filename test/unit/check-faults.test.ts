import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FullReport, ReportedSource } from '../../lib/report/full-report';
import { FAULT_ARTICLE_URL } from '../web/faults';
import { startFixtureWeb, type FixtureWeb } from '../web/server';
import { checkFixturePage } from '../support/check-page';
import { findingText } from '../../lib/i18n/findings';

// Short enough that hanging sources end quickly, long enough for a 50 MB page's first megabytes on a loaded 2-core machine.
const TIMEOUT_MS = 4000;

let web: FixtureWeb;
let report: FullReport;

beforeAll(async () => {
  web = await startFixtureWeb();
  report = await checkFixturePage(web, FAULT_ARTICLE_URL, { timeoutMs: TIMEOUT_MS });
}, 60_000);
afterAll(() => web?.close());

function source(url: string): ReportedSource {
  const s = report.sources.find((x) => x.url === url);
  if (!s?.check) throw new Error(`no check for ${url}`);
  return s;
}
const finding = (s: ReportedSource, kind: string) => s.check!.findings.find((f) => f.kind === kind);

describe('checking broken and tricky sources on the fixture web', () => {
  it('follows a redirect chain and records where it ends', () => {
    const s = source('https://bit.ly/noaa-drought-2023');
    expect(s.check!.state).toBe('redirected');
    expect(s.check!.finalUrl).toBe('https://www.noaa.gov/news/drought-outlook-2023');
    expect(s.check!.redirects).toEqual(['https://bit.ly/noaa-drought-2023', 'https://go.usa.gov/r/noaa-outlook']);
    expect(s.check!.verdict).toBe('supported');
    expect(finding(s, 'number')?.ok).toBe(true);
  });

  it('reports a 404 as dead and offers the archived copy closest to the article', () => {
    const s = source('https://www.reuters.com/world/us/colorado-river-talks-2023-03-10/');
    expect(s.check!.state).toBe('dead');
    expect(s.check!.httpStatus).toBe(404);
    expect(s.check!.verdict).toBe('unreachable');
    expect(s.check!.archivedUrl).toBe('https://web.archive.org/web/20230310184512/https://www.reuters.com/world/us/colorado-river-talks-2023-03-10/');
    // The lookup asked for the snapshot nearest the citing article's day.
    const lookup = web.requests.find((r) => r.host === 'archive.org' && r.path.includes('reuters'));
    expect(lookup?.path).toContain('timestamp=20230314');
  });

  it('reports a 500 as temporarily unavailable, not gone, and asks the archive nothing', () => {
    const s = source('https://data.worldbank-stats.org/drought/2022');
    expect(s.check!.state).toBe('unavailable');
    expect(s.check!.httpStatus).toBe(500);
    expect(s.check!.archivedUrl).toBeNull();
    expect(web.requests.some((r) => r.host === 'archive.org' && r.path.includes('worldbank'))).toBe(false);
  });

  it('names a redirect loop', () => {
    const s = source('https://loop.example-news.com/a');
    expect(s.check!.state).toBe('unreachable');
    expect(s.check!.error).toMatch(/loop/);
  });

  it('treats a redirect to the front page and a 200 "not found" page as soft 404s', () => {
    const home = source('https://www.theguardian.com/environment/2023/mar/01/reservoir-levels-california');
    expect(home.check!.state).toBe('soft404');
    expect(findingText(finding(home, 'reachability')!, 'en')).toMatch(/front page/);
    const notFound = source('https://www.bbc.com/news/science-environment-64812345');
    expect(notFound.check!.state).toBe('soft404');
    expect(notFound.check!.httpStatus).toBe(200);
    expect(notFound.check!.archivedUrl).toMatch(/^https:\/\/web\.archive\.org\/web\/20230305090000\//);
  });

  it('gives up on a hanging server and on a slow drip within the timeout', () => {
    for (const url of ['https://slow.example-hang.org/analysis', 'https://drip.example-slow.net/story']) {
      const s = source(url);
      expect(s.check!.state, url).toBe('timeout');
      expect(s.check!.verdict, url).toBe('unreachable');
      // Given up at the timeout (an attempt and its retry), not at the server's pace: the hang never ends.
      expect(s.check!.durationMs, url).toBeLessThan(2 * TIMEOUT_MS + 4000);
    }
  });

  it('reads only the first megabytes of a 50 MB page and still checks it', () => {
    const s = source('https://huge.example-data.org/dump.html');
    expect(s.check!.state).toBe('ok');
    expect(s.check!.bytes).toBe(50 * 1024 * 1024);
    expect(s.check!.source?.title).toBe('Western drought monitoring dataset');
    expect(s.check!.summary.join(' ')).toContain('1,200 stations');
  });

  it('decodes GBK and Big5 pages', () => {
    const gbk = source('https://news.sina.com.cn/w/2023-03-12/doc-drought.shtml');
    expect(gbk.check!.source?.title).toBe('美国西部干旱：科罗拉多河谈判陷入僵局');
    expect(gbk.check!.source?.authors).toEqual(['王晓明']);
    const big5 = source('https://news.ltn.com.tw/news/world/paper/1570000');
    expect(big5.check!.source?.title).toBe('美國西部乾旱 米德湖水位創新低');
  });

  it('does not judge a PDF or a paywalled page, but says what they are', () => {
    const pdf = source('https://www.ipcc-reports.org/ar6/syr/spm.pdf');
    expect(pdf.check!.state).toBe('not-html');
    expect(pdf.check!.contentType).toBe('application/pdf');
    expect(pdf.check!.verdict).toBe('unverifiable');
    const ft = source('https://www.ft.com/content/7d1f-water-markets');
    expect(ft.check!.state).toBe('paywalled');
    expect(ft.check!.verdict).toBe('unverifiable');
  });

  it('flags a source whose site is not the publication the text names', () => {
    const s = source('https://www.dailymail.co.uk/news/article-11812345/drought-farmers.html');
    expect(s.attribution.publication).toBe('The New York Times');
    expect(finding(s, 'publication')?.ok).toBe(false);
    expect(findingText(finding(s, 'publication')!, 'en')).toMatch(/Daily Mail/);
    expect(s.check!.verdict).toBe('mismatch');
  });

  it('flags a source published after the article, with the gap', () => {
    const s = source('https://apnews.com/article/drought-california-snowpack-2023');
    expect(finding(s, 'date')?.ok).toBe(false);
    expect(finding(s, 'date')?.params.days).toBe(6);
    expect(s.check!.verdict).toBe('mismatch');
  });

  it('flags a quotation whose number was changed', () => {
    const s = source('https://www.doi.gov/pressreleases/haaland-drought-2023');
    const quote = finding(s, 'quote');
    expect(quote?.ok).toBe(false);
    expect(quote?.code).toBe('quote.number-changed');
    expect(findingText(quote!, 'en')).toMatch(/500 years/);
    expect(s.check!.verdict).toBe('mismatch');
  });

  it('does not guess about a source in another language', () => {
    const s = source('https://www.lemonde.fr/planete/article/2023/03/10/secheresse-europe_6164801_3244.html');
    const claim = report.claims.find((c) => c.sourceUrl === s.url)!;
    expect(claim.support.label).toBe('cannot-judge');
    expect(s.check!.verdict).not.toBe('supported');
  });

  it('retries once after 429 with Retry-After and then checks the page', () => {
    const s = source('https://www.nass.usda.gov/report');
    expect(s.check!.state).toBe('ok');
    expect(web.requests.filter((r) => r.host === 'www.nass.usda.gov' && r.path === '/report')).toHaveLength(2);
    expect(s.check!.verdict).toBe('supported');
  });

  it('never fetches private-network addresses, even behind a redirect', () => {
    expect(source('http://192.168.1.20/drought/memo').check!.state).toBe('blocked');
    const viaRedirect = source('https://redirect-private.example-link.com/go');
    expect(viaRedirect.check!.state).toBe('blocked');
    expect(web.requests.some((r) => r.path === '/internal')).toBe(false);
  });

  it('tells DNS, TLS and refused connections apart', () => {
    expect(source('https://nxdomain.example-gone.com/story').check!.error).toMatch(/DNS/);
    expect(source('https://tls.example-broken.com/report').check!.error).toMatch(/TLS/);
    expect(source('https://refused.example-down.com/study').check!.error).toMatch(/refused/);
  });

  it('sends no cookies and no referrer with source requests', () => {
    const sourceRequests = web.requests.filter((r) => r.host !== 'www.meridian-ledger.com');
    expect(sourceRequests.length).toBeGreaterThan(10);
    for (const r of sourceRequests) {
      expect(r.headers.cookie).toBeUndefined();
      expect(r.headers.referer).toBeUndefined();
    }
  });
});
