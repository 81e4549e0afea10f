import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FullReport, ReportedSource } from '../../lib/report/full-report';
import { startFixtureWeb, type FixtureWeb } from '../web/server';
import { AMP_CANONICAL, AMP_LINK, BAD_GATEWAY_502, BUSY_429, CATCH_ALL, DOWN_503, GBK_AS_UTF8, LIVE_ALARMING, LOOKALIKE_CYRILLIC, LOOKALIKE_SUBDOMAIN, LONG_CHAIN, TRUTH_ARTICLE_URL } from '../web/truth';
import { checkFixturePage } from '../support/check-page';
import { findingText } from '../../lib/i18n/findings';

let web: FixtureWeb;
let report: FullReport;

beforeAll(async () => {
  web = await startFixtureWeb();
  // Generous: nothing here hangs, and a 20-step chain must end as too many redirects, not a timeout, on a loaded machine.
  report = await checkFixturePage(web, TRUTH_ARTICLE_URL, { timeoutMs: 8000 });
}, 60_000);
afterAll(() => web?.close());

function source(url: string): ReportedSource {
  const s = report.sources.find((x) => x.url === url);
  if (!s?.check) throw new Error(`no check for ${url}; sources: ${report.sources.map((x) => x.url).join(', ')}`);
  return s;
}
const reach = (s: ReportedSource) => s.check!.findings.find((f) => f.kind === 'reachability')!;
const archiveAsked = (url: string) => web.requests.some((r) => r.host === 'archive.org' && r.path.includes(encodeURIComponent(url)));

describe('no false alarm on a good source', () => {
  it('reads live short articles with "404", "Oops", "removed" or "not found" in the headline as live', () => {
    for (const url of Object.values(LIVE_ALARMING)) {
      const s = source(url);
      expect(s.check!.state, url).toBe('ok');
      expect(s.check!.verdict, url).not.toBe('unreachable');
      expect(reach(s).ok, url).toBe(true);
      expect(s.check!.archivedUrl, url).toBeNull();
      expect(archiveAsked(url), url).toBe(false);
    }
  });

  it('still calls a page gone when the site answers every address with the same page', () => {
    const s = source(CATCH_ALL);
    expect(s.check!.state).toBe('soft404');
    expect(findingText(reach(s), 'en')).toMatch(/same page .* address that does not exist/);
    expect(archiveAsked(CATCH_ALL)).toBe(true);
    // It asked the site for the story's sibling address, one that cannot exist.
    expect(web.requests.some((r) => r.host === 'www.catchall-times.com' && /^\/2023\/11\/02\/source-lens-\w+$/.test(r.path))).toBe(true);
  });

  it('says 429, 502 and 503 are temporarily unavailable, with the status, and looks nothing up in the archive', () => {
    for (const [url, status] of [[BUSY_429, 429], [DOWN_503, 503], [BAD_GATEWAY_502, 502]] as const) {
      const s = source(url);
      expect(s.check!.state, url).toBe('unavailable');
      expect(s.check!.httpStatus, url).toBe(status);
      expect(s.check!.verdict, url).toBe('unreachable');
      expect(reach(s).code, url).toBe('reach.unavailable');
      expect(findingText(reach(s), 'en'), url).toMatch(new RegExp(`temporarily unavailable \\(HTTP ${status}`));
      expect(findingText(reach(s), 'en'), url).not.toMatch(/gone/);
      expect(archiveAsked(url), url).toBe(false);
    }
    // Retry-After: 1 was honoured once; an hour was not waited for.
    expect(web.requests.filter((r) => r.host === 'down.example-agency.gov')).toHaveLength(2);
    expect(web.requests.filter((r) => r.host === 'busy.example-stats.org')).toHaveLength(1);
  });

  it('names a 20-step redirect chain "too many redirects", not a loop', () => {
    const s = source(LONG_CHAIN);
    expect(s.check!.state).toBe('unreachable');
    expect(s.check!.error).toMatch(/too many redirects/);
    expect(s.check!.error).not.toMatch(/loop/);
  });

  it('fetches an AMP link as linked and records the canonical URL the page declares', () => {
    const s = source(AMP_LINK);
    expect(s.check!.state).toBe('ok');
    expect(s.check!.canonicalUrl).toBe(AMP_CANONICAL);
    expect(s.check!.source?.title).toBe('Storm damage leaves harbour towns counting the cost');
    expect(web.requests.some((r) => r.host === 'amp.theguardian.com')).toBe(true);
    expect(web.requests.some((r) => r.host === 'theguardian.com')).toBe(false);
  });

  it('sniffs a GBK page labelled UTF-8 again instead of reading mojibake', () => {
    const s = source(GBK_AS_UTF8);
    expect(s.check!.source?.title).toBe('风暴过后港口城镇开始重建');
    expect(s.check!.source?.lang).toBe('zh');
    expect(s.check!.verdict).not.toBe('mismatch');
  });

  it('does not take a page calling itself Reuters on a look-alike or foreign domain for Reuters', () => {
    const cyrillic = source(new URL(LOOKALIKE_CYRILLIC).href);
    expect(cyrillic.attribution.publication).toBe('Reuters');
    const pub = cyrillic.check!.findings.find((f) => f.kind === 'publication')!;
    expect(pub.ok).toBe(false);
    expect(pub.code).toBe('publication.lookalike');
    expect(findingText(pub, 'en')).toContain('www.r\u0435uters.com (www.xn--');
    expect(cyrillic.check!.verdict).toBe('mismatch');
    const sub = source(LOOKALIKE_SUBDOMAIN);
    const subPub = sub.check!.findings.find((f) => f.kind === 'publication')!;
    expect(subPub.ok).toBe(false);
    expect(findingText(subPub, 'en')).toMatch(/calls itself “Reuters”, but example-source\.com is not a domain of Reuters/);
    expect(sub.check!.verdict).toBe('mismatch');
  });
});
