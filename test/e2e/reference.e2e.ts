import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_ARTICLE_URL, REFERENCE_SOURCE_URL } from '../web/routes';
import { ARTIFACTS, launchWithExtension, type ExtensionBrowser } from './browser';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

describe('the reference article in Chromium', () => {
  it('shows the article, its Foreign Policy source and the result of checking it', async () => {
    const { tabId } = await browser.openTab(REFERENCE_ARTICLE_URL);
    const popup = await browser.openPopup(tabId);

    const card = popup.locator(`[data-testid="source-card"][data-url="${REFERENCE_SOURCE_URL}"]`);
    // The check finishes: the card gets the source's own title, which only the local stand-in page has.
    await expect.poll(() => card.getAttribute('class'), { timeout: 30_000 }).not.toMatch(/card-(queued|checking)/);

    await expect.poll(() => popup.getByTestId('article-title').textContent()).toBe('哈萨克斯坦试图从俄罗斯对乌克兰战争中实现的目标');
    expect(await popup.getByTestId('article-outlet').textContent()).toBe('半岛电视台');
    expect(await popup.getByTestId('article-byline').textContent()).toContain('半岛电视台');
    expect(await popup.getByTestId('article-date').textContent()).toMatch(/17 Sept? 2022/);

    expect(await card.getByTestId('anchor-text').textContent()).toBe('文章');
    expect(await card.getByTestId('context').textContent()).toContain('美国杂志《外交政策》在其发表的一篇文章中指出');
    expect(await card.getByTestId('attribution-publication').textContent()).toBe('外交政策, known as Foreign Policy');
    expect(await card.getByTestId('attribution-author').textContent()).toContain('蒂穆尔·乌姆洛夫');
    expect(await card.getByTestId('source-title').textContent()).toBe('Kazakhstan Is Quietly Breaking Away From Russia');
    expect(await card.getByTestId('reachability').textContent()).toBe('Reachable · HTTP 200');
    const meta = await card.getByTestId('source-meta').textContent();
    expect(meta).toContain('Foreign Policy');
    expect(meta).toContain('Temur Umarov');
    expect(meta).toMatch(/16 Sept? 2022/);

    await popup.screenshot({ path: join(ARTIFACTS, 'popup-reference.png'), fullPage: true });
    // The request reached the stand-in without cookies or a referrer.
    const fetched = browser.web.requests.find((r) => r.host === 'foreignpolicy.com');
    expect(fetched?.headers.cookie).toBeUndefined();
    expect(fetched?.headers.referer).toBeUndefined();
  }, 90_000);
});
