import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_ARTICLE_URL, REFERENCE_SOURCE_URL } from '../web/routes';
import { badgesFor, readBadges } from './badge-probe';
import { launchWithExtension, type ExtensionBrowser } from './browser';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
}, 60_000);
afterAll(() => browser?.close());

describe('badges through the page’s life', () => {
  it('follows a single-page-app navigation: old badges go, the new page’s links get theirs', async () => {
    const { page } = await browser.openTab(REFERENCE_ARTICLE_URL);
    await expect.poll(async () => (await badgesFor(page, REFERENCE_SOURCE_URL)).length, { timeout: 15_000 }).toBe(1);
    // The app swaps the article and the address without loading a page.
    await page.evaluate(() => {
      const a = document.querySelector('a[href="https://foreignpolicy.com/2022/09/16/kazakhstan-russia-ukraine-war/"]')!;
      a.setAttribute('href', 'https://www.reuters.com/world/asia-pacific/kazakhstan-2022-09-20/');
      history.pushState({}, '', '/news/2022/9/20/next-story');
    });
    // The badge sits after the same link element: its card names the new source.
    await expect.poll(async () => (await readBadges(page)).map((b) => b.label), { timeout: 10_000 }).toEqual([expect.stringMatching(/^Source: Reuters/)]);
    expect((await readBadges(page)).map((b) => b.anchorHref)).toEqual(['https://www.reuters.com/world/asia-pacific/kazakhstan-2022-09-20/']);
  });

  it('hands over to a re-injected copy of the content script without a word to the page: one badge per link', async () => {
    const { page, tabId } = await browser.openTab(REFERENCE_ARTICLE_URL);
    await expect.poll(async () => (await badgesFor(page, REFERENCE_SOURCE_URL)).length, { timeout: 15_000 }).toBe(1);
    const messages: unknown[] = [];
    await page.exposeFunction('__sawMessage', (data: unknown) => void messages.push(data));
    await page.evaluate(() => window.addEventListener('message', (e) => (window as unknown as { __sawMessage(d: unknown): void }).__sawMessage(e.data)));
    // What the background does for a tab whose content script does not answer.
    const files = await browser.worker.evaluate(() => chrome.runtime.getManifest().content_scripts!.flatMap((c) => c.js ?? []));
    await browser.worker.evaluate(({ id, js }) => chrome.scripting.executeScript({ target: { tabId: id }, files: js }), { id: tabId, js: files });
    await page.waitForTimeout(1500);
    expect((await readBadges(page)).map((b) => b.anchorHref)).toEqual([REFERENCE_SOURCE_URL]);
    expect(messages).toEqual([]);
  });

  it('leaves the page as it was when the extension is reloaded or removed', async () => {
    const { page } = await browser.openTab(REFERENCE_ARTICLE_URL);
    await expect.poll(async () => (await readBadges(page)).length, { timeout: 15_000 }).toBe(1);
    const before = await page.evaluate(() => document.body.innerText.length);
    await browser.worker.evaluate(() => (chrome.runtime as unknown as { reload(): void }).reload()).catch(() => undefined);
    await expect.poll(async () => (await readBadges(page)).length, { timeout: 10_000 }).toBe(0);
    expect(await page.evaluate(() => document.body.innerText.length)).toBeLessThanOrEqual(before);
    expect(await page.locator('a[href="https://foreignpolicy.com/2022/09/16/kazakhstan-russia-ukraine-war/"]').textContent()).toBe('文章');
  });
});
