import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_ARTICLE_URL, REFERENCE_SOURCE_URL } from '../web/routes';
import { launchWithExtension, type ExtensionBrowser } from './browser';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
}, 60_000);
afterAll(() => browser?.close());

describe('badges through the page’s life', () => {
  it('follows a single-page-app navigation: old badges go, the new page’s links get theirs', async () => {
    const { page } = await browser.openTab(REFERENCE_ARTICLE_URL);
    await page.locator(`source-lens-badge[data-url="${REFERENCE_SOURCE_URL}"]`).waitFor({ timeout: 15_000 });
    // The app swaps the article and the address without loading a page.
    await page.evaluate(() => {
      const a = document.querySelector('a[href="https://foreignpolicy.com/2022/09/16/kazakhstan-russia-ukraine-war/"]')!;
      a.setAttribute('href', 'https://www.reuters.com/world/asia-pacific/kazakhstan-2022-09-20/');
      history.pushState({}, '', '/news/2022/9/20/next-story');
    });
    await expect.poll(() => page.locator('source-lens-badge[data-url="https://www.reuters.com/world/asia-pacific/kazakhstan-2022-09-20/"]').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator(`source-lens-badge[data-url="${REFERENCE_SOURCE_URL}"]`).count()).toBe(0);
    expect(await page.locator('source-lens-badge').count()).toBe(1);
  });

  it('leaves the page as it was when the extension is reloaded or removed', async () => {
    const { page } = await browser.openTab(REFERENCE_ARTICLE_URL);
    await page.locator('source-lens-badge').first().waitFor({ timeout: 15_000 });
    const before = await page.evaluate(() => document.body.innerText.length);
    await browser.worker.evaluate(() => (chrome.runtime as unknown as { reload(): void }).reload()).catch(() => undefined);
    await expect.poll(() => page.locator('source-lens-badge').count(), { timeout: 10_000 }).toBe(0);
    expect(await page.evaluate(() => document.body.innerText.length)).toBeLessThanOrEqual(before);
    expect(await page.locator('a[href="https://foreignpolicy.com/2022/09/16/kazakhstan-russia-ukraine-war/"]').textContent()).toBe('文章');
  });
});
