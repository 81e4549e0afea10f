import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { FixtureWeb } from '../web/server';
import { readBadges } from './badge-probe';
import { readBadgesBidi } from './badge-probe-bidi';
import { launchWithExtension } from './browser';
import { launchFirefoxWithExtension } from './firefox';

/**
 * What a reader does, in any browser: the one surface the shared end-to-end
 * flow (reader-flow.e2e.ts) is written against. Chromium is driven by
 * playwright-core over DevTools, Firefox by puppeteer-core over WebDriver BiDi.
 */
export interface DriverPage {
  /** Runs `fn(arg)` in the page and returns its (JSON) result. */
  evaluate<A, T>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  setChecked(selector: string, checked: boolean): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** A badge as the reader's browser shows it (read from its closed shadow root by test-only means). */
export interface BadgeSeen {
  anchorHref: string | null;
  mode: string;
  hostTag: string;
  hostAttributes: Record<string, string>;
  status: string | null;
  label: string | null;
}

export interface ReaderDriver {
  browserName: 'chromium' | 'firefox';
  web: FixtureWeb;
  /** Opens a page in a new tab; its badges are read on demand. */
  openArticle(url: string): Promise<{ tabId: number; badges(): Promise<BadgeSeen[]> }>;
  /** The real popup page for a tab (the `?tabId=` seam), 400 × 600. */
  openPopup(tabId: number): Promise<DriverPage>;
  openSettings(): Promise<DriverPage>;
  close(): Promise<void>;
}

const POPUP = { width: 400, height: 600 };

function playwrightPage(page: PlaywrightPage): DriverPage {
  return {
    evaluate: <A, T>(fn: (arg: A) => T | Promise<T>, arg: A) => page.evaluate(fn as (arg: unknown) => T | Promise<T>, arg as unknown),
    waitFor: async (selector, timeout) => void (await page.waitForSelector(selector, { timeout })),
    select: async (selector, value) => void (await page.selectOption(selector, value)),
    setChecked: (selector, checked) => page.setChecked(selector, checked),
    screenshot: async (path) => void (await page.screenshot({ path, fullPage: true })),
    close: () => page.close(),
  };
}

function puppeteerPage(page: PuppeteerPage): DriverPage {
  return {
    evaluate: <A, T>(fn: (arg: A) => T | Promise<T>, arg: A) => page.evaluate(fn as (arg: unknown) => T | Promise<T>, arg as unknown) as Promise<T>,
    waitFor: async (selector, timeout) => void (await page.waitForSelector(selector, { timeout })),
    select: async (selector, value) => void (await page.select(selector, value)),
    async setChecked(selector, checked) {
      if ((await page.$eval(selector, (el) => (el as HTMLInputElement).checked)) !== checked) await page.click(selector);
    },
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png`, fullPage: true })),
    close: () => page.close(),
  };
}

export async function chromiumDriver(): Promise<ReaderDriver> {
  const b = await launchWithExtension();
  return {
    browserName: 'chromium',
    web: b.web,
    async openArticle(url) {
      const { page, tabId } = await b.openTab(url);
      return { tabId, badges: async () => (await readBadges(page)).map(({ anchorHref, mode, hostTag, hostAttributes, status, label }) => ({ anchorHref, mode, hostTag, hostAttributes, status, label })) };
    },
    openPopup: async (tabId) => playwrightPage(await b.openPopup(tabId, POPUP)),
    async openSettings() {
      const page = await b.context.newPage();
      await page.goto(`chrome-extension://${b.extensionId}/options.html`);
      return playwrightPage(page);
    },
    close: () => b.close(),
  };
}

export async function firefoxDriver(): Promise<ReaderDriver> {
  const b = await launchFirefoxWithExtension();
  return {
    browserName: 'firefox',
    web: b.web,
    async openArticle(url) {
      const { page, tabId } = await b.openTab(url);
      return { tabId, badges: () => readBadgesBidi(b.browser, page) };
    },
    openPopup: async (tabId) => puppeteerPage(await b.openExtensionPage(`popup.html?tabId=${tabId}`, POPUP)),
    openSettings: async () => puppeteerPage(await b.openExtensionPage('options.html')),
    close: () => b.close(),
  };
}
