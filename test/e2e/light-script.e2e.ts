import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRONT_PAGE_URL, REFERENCE_ARTICLE_URL, REFERENCE_SOURCE_URL } from '../web/routes';
import { badgesFor } from './badge-probe';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './browser';

// Issue 11 §2: the script injected into every page stays small (bytes of the built, minified file).
const LIGHT_SCRIPT_MAX_BYTES = 60_000;

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
}, 60_000);
afterAll(() => browser?.close());

/** The extension's scripts that have run in a tab, as DevTools lists them (content scripts included). */
async function extensionScripts(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const urls: string[] = [];
  cdp.on('Debugger.scriptParsed', (e: { url: string }) => void urls.push(e.url));
  // Enabling the debugger reports every script already parsed in the tab, in every world.
  await cdp.send('Debugger.enable');
  await cdp.send('Debugger.disable');
  await cdp.detach();
  const prefix = `chrome-extension://${browser.extensionId}/`;
  return [...new Set(urls.filter((u) => u.startsWith(prefix)).map((u) => u.slice(prefix.length)))].sort();
}

describe('a light script on every page, the page script only where needed', () => {
  it('injects a script of at most 60 kB into every page', () => {
    const bytes = statSync(join(EXTENSION_DIR, 'page-reader.js')).size;
    expect(bytes).toBeLessThanOrEqual(LIGHT_SCRIPT_MAX_BYTES);
  });

  it('does not load the page script on a page that is not an article, until the reader asks', async () => {
    const { page, tabId } = await browser.openTab(FRONT_PAGE_URL);
    // The light script runs at document_idle; give the background time to answer it.
    await expect.poll(() => extensionScripts(page), { timeout: 10_000 }).toContain('page-reader.js');
    await page.waitForTimeout(1500);
    expect(await extensionScripts(page)).toEqual(['page-reader.js']);
    // Opening the popup asks for a check: the page script is loaded and the worker says why there is nothing to check.
    const popup = await browser.openPopup(tabId);
    await popup.waitForSelector('main[data-phase="not-article"]', { timeout: 30_000 });
    expect(await popup.locator('main').innerText()).toMatch(/index or app page|no paragraphs/);
    expect(await extensionScripts(page)).toEqual(['page-badges.js', 'page-reader.js']);
    await popup.close();
    await page.close();
  });

  it('loads the page script on an article: badges appear and the popup reports', async () => {
    const { page, tabId } = await browser.openTab(REFERENCE_ARTICLE_URL);
    await expect.poll(async () => (await badgesFor(page, REFERENCE_SOURCE_URL)).length, { timeout: 15_000 }).toBe(1);
    expect(await extensionScripts(page)).toEqual(['page-badges.js', 'page-reader.js']);
    // Scripts parsed in the tab from now on: the check uses the page script already there, not a second copy.
    const cdp = await page.context().newCDPSession(page);
    const parsed: string[] = [];
    cdp.on('Debugger.scriptParsed', (e: { url: string }) => void parsed.push(e.url));
    await cdp.send('Debugger.enable');
    parsed.length = 0;
    const popup = await browser.openPopup(tabId);
    await popup.waitForSelector('main[data-phase="done"]', { timeout: 60_000 });
    expect(await popup.locator('main').innerText()).toContain('Foreign Policy');
    expect(parsed.filter((u) => u.endsWith('/page-badges.js'))).toEqual([]);
    await cdp.detach();
    await popup.close();
    await page.close();
  });
});
