import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { privateNetworkRegexes } from '../../lib/check/private-network';
import { TabReport } from '../../lib/schema/report';
import { PRIVATE_REDIRECT_ARTICLE_URL, privateRedirectRoutes, privateTargets, SHORT_LINK_HOST, startLoggingService, type LoggingService } from '../web/private-redirects';
import { launchWithExtension, type ExtensionBrowser } from './browser';

// Public short links answer 302 into the local network; the names resolve (host rules) to a
// logging service on loopback. The extension must refuse every such hop before requesting it.
let browser: ExtensionBrowser;
let service: LoggingService;
let report: TabReport;
let popup: Page;
let targets: Record<string, string>;
let tabId: number;

beforeAll(async () => {
  service = await startLoggingService();
  targets = privateTargets(service.port, service.ipv6);
  browser = await launchWithExtension({
    routes: privateRedirectRoutes(targets),
    // Names with no dot or a local ending go to the logging service (on the port the URL names).
    hostRules: ['MAP intranet 127.0.0.1', 'MAP printer.home 127.0.0.1', 'MAP nas.corp 127.0.0.1', 'EXCLUDE [::1]', 'EXCLUDE ::1'],
  });
  await browser.worker.evaluate(() => chrome.storage.local.set({ settings: { timeoutSeconds: 5 } }));
  ({ tabId } = await browser.openTab(PRIVATE_REDIRECT_ARTICLE_URL));
  popup = await browser.openPopup(tabId);
  await popup.waitForSelector('main[data-phase="done"]', { timeout: 60_000 });
  const raw = await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'report/get', payload: { tabId: id } }), tabId);
  report = TabReport.parse((raw as { data: unknown }).data);
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await service?.close();
});

describe('redirects into the local network, in Chromium', () => {
  it("installs every generated rule (each regex within Chrome's size limit)", async () => {
    const regexes = privateNetworkRegexes();
    const installed = await browser.worker.evaluate(async () => (await chrome.declarativeNetRequest.getSessionRules()).map((r) => r.condition.regexFilter));
    expect(installed).toEqual(regexes);
    const unsupported = await browser.worker.evaluate(async (all: string[]) => {
      const out: string[] = [];
      for (const regex of all) if (!(await chrome.declarativeNetRequest.isRegexSupported({ regex })).isSupported) out.push(regex);
      return out;
    }, regexes);
    expect(unsupported).toEqual([]);
  });

  it('sends no request to a private target, at any hop', () => {
    expect(Object.keys(targets).length).toBeGreaterThanOrEqual(3);
    expect(service.requests).toEqual([]);
  });

  it('checked every short link and says the redirect target is on a private network', async () => {
    for (const [path, target] of Object.entries(targets)) {
      const url = `https://${SHORT_LINK_HOST}${path}`;
      const check = report.progress.find((p) => p.url === url)?.check;
      expect(check, url).toBeDefined();
      expect(check!.state, url).toBe('blocked');
      expect(check!.error, url).toMatch(/private (or local )?network/);
      expect(check!.error, url).toContain(new URL(target).host);
    }
    const text = await popup.locator('main').innerText();
    expect(text).toMatch(/private (or local )?network/);
  });

  // Run last: it lets the requests through, to show the host rules do route each target to the logging service
  // (so the 0 above is a real 0, not a request that went elsewhere).
  it('sends them once the reader allows private networks (the control)', async () => {
    await browser.worker.evaluate(() => chrome.storage.local.set({ settings: { timeoutSeconds: 5, allowPrivateNetwork: true } }));
    await expect.poll(() => browser.worker.evaluate(async () => (await chrome.declarativeNetRequest.getSessionRules()).length)).toBe(0);
    for (const path of Object.keys(targets)) {
      await popup.evaluate(([id, url]) => chrome.runtime.sendMessage({ type: 'report/recheck', payload: { tabId: id, url } }), [tabId, `https://${SHORT_LINK_HOST}${path}`] as const);
    }
    // Each target is reached (a redirected page may also get the soft-404 probe of a sibling address, so count hosts, not requests).
    const hosts = new Set(Object.values(targets).map((t) => new URL(t).host));
    await expect.poll(() => new Set(service.requests.map((r) => r.host)).size, { timeout: 30_000 }).toBe(hosts.size);
    expect(new Set(service.requests.map((r) => r.host))).toEqual(hosts);
  });
});
