import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { Route } from '../web/routes';
import { startFixtureWeb, type FixtureWeb } from '../web/server';
import { startMappingProxy, type MappingProxy } from '../web/proxy';
import { ARTIFACTS } from './browser';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIREFOX_EXTENSION_DIR = join(root, '.output/firefox-mv3');
/** browser_specific_settings.gecko.id in wxt.config.ts. */
const GECKO_ID = 'source-lens@source-lens.dev';
/** Fixed through `extensions.webextensions.uuids`, so the tests know the moz-extension:// origin before install. */
export const FIREFOX_EXTENSION_UUID = '5d1e7a52-3c4b-4f0e-9b1a-6c2f8e0d4a17';
const ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) throw new Error(`Firefox not found at ${path}: install Debian's firefox-esr package or set FIREFOX_PATH`);
  return path;
}

/** The raw WebDriver BiDi channel under puppeteer (for what its API does not cover). */
export interface BidiChannel {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
export const bidi = (browser: Browser): BidiChannel => (browser as unknown as { connection: BidiChannel }).connection;
/** The BiDi browsing-context id of a page's main frame. */
export const contextOf = (page: Page): string => (page.mainFrame() as unknown as { _id: string })._id;

export interface FirefoxExtensionBrowser {
  browser: Browser;
  web: FixtureWeb;
  proxy: MappingProxy;
  /** An extension page kept open to ask the extension's APIs (tab ids, permissions). */
  control: Page;
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  /** Opens a page of the extension (popup.html?tabId=…, options.html) in a tab. */
  openExtensionPage(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Debian's Firefox ESR driven over WebDriver BiDi (puppeteer-core), with the
 * Firefox build installed as a temporary add-on and every host sent to the
 * local fixture web through a CONNECT proxy. The fixture certificate is
 * accepted by the session's `acceptInsecureCerts`, which Firefox applies
 * browser-wide, the add-on's background fetches included.
 */
export async function launchFirefoxWithExtension(options: { routes?: Route[]; headful?: boolean } = {}): Promise<FirefoxExtensionBrowser> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error(`no built extension in ${FIREFOX_EXTENSION_DIR}: run npm run build:firefox first`);
  mkdirSync(ARTIFACTS, { recursive: true });
  const web = await startFixtureWeb(options.routes);
  const proxy = await startMappingProxy(web.port);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: !options.headful,
    acceptInsecureCerts: true,
    // Lets BiDi navigate a tab to moz-extension:// pages (refused by default as a privileged scheme).
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1100, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'intl.accept_languages': 'en-US',
      'intl.locale.requested': 'en-US',
    },
  });
  async function openExtensionPage(path: string, viewport = { width: 1100, height: 900 }): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewport(viewport);
    const url = `${ORIGIN}/${path}`;
    // puppeteer's goto waits for a load event it never sees when the tab moves into the extension process; navigate without waiting.
    await bidi(browser).send('browsingContext.navigate', { context: contextOf(page), url, wait: 'none' });
    await page.waitForFunction((u: string) => location.href === u && document.readyState === 'complete', { timeout: 20_000 }, url);
    return page;
  }

  let control: Page;
  try {
    const id = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (id !== GECKO_ID) throw new Error(`installed add-on has id ${id}, expected ${GECKO_ID}`);
    control = await openExtensionPage('options.html');
    // Firefox 127+ grants an MV3 add-on's host_permissions at install (before, they were optional and
    // off); the checks and the content script need them, so say so plainly if a Firefox does not.
    const granted = await control.evaluate(() => (globalThis as unknown as { browser: { permissions: { contains(p: object): Promise<boolean> } } }).browser.permissions.contains({ origins: ['http://*/*', 'https://*/*'] }));
    if (!granted) throw new Error('Firefox did not grant the add-on its host permissions at install');
  } catch (e) {
    await browser.close();
    await proxy.close();
    await web.close();
    throw e;
  }
  return {
    browser,
    web,
    proxy,
    control,
    openExtensionPage,
    async openTab(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      const href = page.url();
      const tabId = await control.evaluate(async (u: string) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === u)?.id ?? -1;
      }, href);
      if (tabId < 0) throw new Error(`no tab found for ${href}`);
      return { page, tabId };
    },
    async close() {
      await browser.close();
      await proxy.close();
      await web.close();
    },
  };
}
