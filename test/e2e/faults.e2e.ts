import { badgesFor } from './badge-probe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TabReport } from '../../lib/schema/report';
import { FAULT_ARTICLE_URL } from '../web/faults';
import { AMP_CANONICAL, AMP_LINK, BUSY_429, CATCH_ALL, DOWN_503, GBK_AS_UTF8, LIVE_ALARMING, LONG_CHAIN, LOOKALIKE_CYRILLIC, LOOKALIKE_SUBDOMAIN, TRUTH_ARTICLE_URL, XINHUA_SHORT_URL } from '../web/truth';
import { AFTER_STATEMENT, AP_ON_WAPO, DEFINITION_OFF_TOPIC, DEFINITION_ON_TOPIC, FACT_CHECK_URL, REUTERS_ON_GUARDIAN, STATS_TABLE } from '../web/fact-check';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { findingText } from '../../lib/i18n/findings';

let browser: ExtensionBrowser;
let report: TabReport;

beforeAll(async () => {
  browser = await launchWithExtension();
  // Short timeouts so the hanging sources give up quickly.
  await browser.worker.evaluate(() => chrome.storage.local.set({ settings: { timeoutSeconds: 3 } }));
  const { tabId } = await browser.openTab(FAULT_ARTICLE_URL);
  const popup = await browser.openPopup(tabId);
  await popup.waitForSelector('main[data-phase="done"]', { timeout: 60_000 });
  const raw = await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'report/get', payload: { tabId: id } }), tabId);
  report = TabReport.parse((raw as { data: unknown }).data);
}, 90_000);
afterAll(() => browser?.close());

const check = (url: string) => {
  const p = report.progress.find((x) => x.url === url);
  if (!p?.check) throw new Error(`no check for ${url}`);
  return p.check;
};

describe('broken sources, checked by the extension in Chromium', () => {
  it('offers the Wayback Machine copy of a dead link, end to end', () => {
    const c = check('https://www.reuters.com/world/us/colorado-river-talks-2023-03-10/');
    expect(c.state).toBe('dead');
    expect(c.httpStatus).toBe(404);
    expect(c.archivedUrl).toBe('https://web.archive.org/web/20230310184512/https://www.reuters.com/world/us/colorado-river-talks-2023-03-10/');
  });

  it('records the redirect chain the browser followed', () => {
    const c = check('https://bit.ly/noaa-drought-2023');
    expect(c.state).toBe('redirected');
    expect(c.finalUrl).toBe('https://www.noaa.gov/news/drought-outlook-2023');
    // The whole chain, as in Node: the client waits for the webRequest events to reach the final address.
    expect(c.redirects).toEqual(['https://bit.ly/noaa-drought-2023', 'https://go.usa.gov/r/noaa-outlook']);
  });

  it('names DNS, TLS and refused connections, and timeouts, within the timeout', () => {
    expect(check('https://nxdomain.example-gone.com/story').error).toMatch(/DNS/);
    expect(check('https://tls.example-broken.com/report').error).toMatch(/TLS/);
    expect(check('https://refused.example-down.com/study').error).toMatch(/refused/);
    const hang = check('https://slow.example-hang.org/analysis');
    expect(hang.state).toBe('timeout');
    // Given up at the 3 s timeout (with its one retry), not at the server's pace: it never answers.
    expect(hang.durationMs).toBeLessThan(10_000);
  });

  it('blocks a redirect into a private network before it is requested', () => {
    expect(check('https://redirect-private.example-link.com/go').state).toBe('blocked');
    expect(browser.web.requests.some((r) => r.path === '/internal')).toBe(false);
    expect(check('http://192.168.1.20/drought/memo').state).toBe('blocked');
  });

  it('decodes a GBK page in the service worker', () => {
    expect(check('https://news.sina.com.cn/w/2023-03-12/doc-drought.shtml').source?.title).toBe('美国西部干旱：科罗拉多河谈判陷入僵局');
  });
});

describe('no false alarm on good sources, in Chromium', () => {
  let truth: TabReport;
  let article: Page;
  let popup: Page;
  beforeAll(async () => {
    const tab = await browser.openTab(TRUTH_ARTICLE_URL);
    article = tab.page;
    popup = await browser.openPopup(tab.tabId);
    await popup.waitForSelector('main[data-phase="done"]', { timeout: 60_000 });
    const raw = await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'report/get', payload: { tabId: id } }), tab.tabId);
    truth = TabReport.parse((raw as { data: unknown }).data);
  }, 90_000);
  const checkOf = (url: string) => {
    const p = truth.progress.find((x) => x.url === url);
    if (!p?.check) throw new Error(`no check for ${url}`);
    return p.check;
  };

  it('reads live short articles with alarming headlines as live, and a catch-all site as gone', () => {
    for (const url of Object.values(LIVE_ALARMING)) {
      expect(checkOf(url).state, url).toBe('ok');
      expect(checkOf(url).archivedUrl, url).toBeNull();
    }
    expect(checkOf(CATCH_ALL).state).toBe('soft404');
    expect(browser.web.requests.filter((r) => r.host === 'archive.org').map((r) => r.path).join('\n')).not.toMatch(/roads-daily|valley-tribune|city-gazette|mountain-herald|example-stats|example-agency/);
  });

  it('words 429 and 503 as temporarily unavailable in the report, the popup and the badge', async () => {
    for (const url of [BUSY_429, DOWN_503]) {
      const c = checkOf(url);
      expect(c.state, url).toBe('unavailable');
      expect(findingText(c.findings[0]!, 'en'), url).toMatch(/temporarily unavailable \(HTTP (429|503)/);
    }
    const card = popup.locator(`[data-testid="source-card"][data-url="${DOWN_503}"]`);
    await expect.poll(() => card.locator('[data-verdict]').first().textContent()).toContain('Temporarily unavailable');
    // The badge's shadow root is closed: read it through DevTools, as a test may and a page cannot.
    await expect.poll(async () => (await badgesFor(article, DOWN_503))[0]?.label ?? '', { timeout: 15_000 }).toContain('Temporarily unavailable');
  });

  it('agrees with the command line on a 20-step redirect chain: too many redirects', () => {
    const c = checkOf(LONG_CHAIN);
    expect(c.state).toBe('unreachable');
    expect(c.error).toMatch(/^too many redirects/);
  });

  it('fetches the AMP link as linked and records its canonical page', () => {
    const c = checkOf(AMP_LINK);
    expect(c.state).toBe('ok');
    expect(c.canonicalUrl).toBe(AMP_CANONICAL);
    expect(browser.web.requests.some((r) => r.host === 'theguardian.com')).toBe(false);
  });

  it('calls pages naming themselves Reuters on look-alike or foreign domains a mismatch, with the reason', () => {
    const cyrillic = checkOf(new URL(LOOKALIKE_CYRILLIC).href);
    expect(cyrillic.verdict).toBe('mismatch');
    expect(cyrillic.findings.find((f) => f.kind === 'publication')?.code).toBe('publication.lookalike');
    const sub = checkOf(LOOKALIKE_SUBDOMAIN);
    expect(sub.verdict).toBe('mismatch');
    expect(findingText(sub.findings.find((f) => f.kind === 'publication')!, 'en')).toMatch(/example-source\.com is not a domain of Reuters/);
  });

  it('sniffs a GBK page labelled UTF-8', () => {
    expect(checkOf(GBK_AS_UTF8).source?.title).toBe('风暴过后港口城镇开始重建');
  });
});

describe('a short Chinese news page, in Chromium', () => {
  it('is analysed as an article, not refused', async () => {
    const { tabId } = await browser.openTab(XINHUA_SHORT_URL);
    const popup = await browser.openPopup(tabId);
    await popup.waitForSelector('main[data-phase="done"], main[data-phase="not-article"]', { timeout: 60_000 });
    expect(await popup.locator('main').getAttribute('data-phase')).toBe('done');
    expect(await popup.locator('[data-testid="source-card"]').count()).toBeGreaterThan(0);
  }, 90_000);
});

describe('a fact-check page and the sources it cites, in Chromium', () => {
  let fc: TabReport;
  let popup: Page;
  beforeAll(async () => {
    // None of these sources hangs: give them the ordinary time.
    await browser.worker.evaluate(() => chrome.storage.local.set({ settings: { timeoutSeconds: 15 } }));
    const tab = await browser.openTab(FACT_CHECK_URL);
    popup = await browser.openPopup(tab.tabId);
    await popup.waitForSelector('main[data-phase="done"]', { timeout: 60_000 });
    const raw = await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'report/get', payload: { tabId: id } }), tab.tabId);
    fc = TabReport.parse((raw as { data: unknown }).data);
  }, 90_000);
  const checkOf = (url: string) => {
    const p = fc.progress.find((x) => x.url === url);
    if (!p?.check) throw new Error(`no check for ${url}`);
    return p.check;
  };
  const detail = (url: string, kind: string) => {
    const f = checkOf(url).findings.find((x) => x.kind === kind);
    return f ? findingText(f, 'en') : '';
  };

  it('dates the article by its "Published:" label, so a source from between the statement and the fact check is no mismatch', () => {
    expect(checkOf(AFTER_STATEMENT).verdict).not.toBe('mismatch');
    expect(detail(AFTER_STATEMENT, 'date')).toMatch(/31 days before the article \(18 Nov 2019, from the date it labels “Published”\)/);
  });

  it('finds "€171 million" in a table whose header says EUR million', () => {
    expect(checkOf(STATS_TABLE).verdict).toBe('supported');
    expect(checkOf(STATS_TABLE).claims[0]?.support.evidence[0]).toBe('Tourist spending in the region, Q1 2019, Value (EUR million): 171 million.');
  });

  it('judges definition links by their topic, and the popup shows why', async () => {
    expect(checkOf(DEFINITION_ON_TOPIC).verdict).toBe('supported');
    expect(checkOf(DEFINITION_OFF_TOPIC).verdict).toBe('mismatch');
    const card = popup.locator(`[data-testid="source-card"][data-url="${DEFINITION_OFF_TOPIC}"]`);
    await expect.poll(() => card.textContent()).toContain('the page is about something else: “Harbor seal”');
  });

  it('says Reuters and AP copy on newspaper sites is republished, not a mismatch', () => {
    expect(checkOf(REUTERS_ON_GUARDIAN).verdict).toBe('supported');
    expect(detail(REUTERS_ON_GUARDIAN, 'publication')).toMatch(/The Guardian \(theguardian\.com\), which republishes Reuters copy/);
    expect(checkOf(AP_ON_WAPO).verdict).not.toBe('mismatch');
    expect(detail(AP_ON_WAPO, 'publication')).toMatch(/republishes Associated Press copy/);
  });
});
