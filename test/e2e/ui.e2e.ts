import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_ARTICLE_URL, REFERENCE_SOURCE_URL } from '../web/routes';
import { badgesFor, focusBadge, hoverBadge, readBadges } from './badge-probe';
import { ARTIFACTS, EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './browser';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser: ExtensionBrowser;
let article: Page;
let tabId: number;

beforeAll(async () => {
  browser = await launchWithExtension();
  ({ page: article, tabId } = await browser.openTab(REFERENCE_ARTICLE_URL));
}, 60_000);
afterAll(() => browser?.close());

/** The badge after the Foreign Policy link (read through DevTools: its shadow root is closed). */
const badge = async () => (await badgesFor(article, REFERENCE_SOURCE_URL))[0];

async function donePopup(options: Parameters<ExtensionBrowser['openPopup']>[1] = {}) {
  const popup = await browser.openPopup(tabId, options);
  await popup.waitForSelector('main[data-phase="done"]', { timeout: 30_000 });
  return popup;
}

async function settingsPage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.waitForSelector('#setting-badges');
  return page;
}

describe('the reader’s surfaces in Chromium', () => {
  it('puts a badge with the source type beside the Foreign Policy link as soon as the page loads', async () => {
    await expect.poll(async () => (await badge())?.label, { timeout: 15_000 }).toBe('Source: Foreign Policy (Magazine). Not checked yet. Show details');
    // The badge sits after the link and does not replace or move it; it is the only one.
    expect((await readBadges(article)).map((b) => b.anchorHref)).toEqual([REFERENCE_SOURCE_URL]);
    expect((await badge())!.mode).toBe('closed');
  });

  it('shows the source card with findings and the unlinked claim in the popup', async () => {
    const popup = await donePopup({ initScripts: [AXE] });
    const card = popup.locator(`[data-testid="source-card"][data-url="${REFERENCE_SOURCE_URL}"]`);
    await expect.poll(() => card.locator('[data-kind="publication"]').getAttribute('data-ok')).toBe('true');
    expect(await card.locator('[data-kind="date"]').getAttribute('data-ok')).toBe('true');
    expect(await card.locator('[data-kind="author"]').getAttribute('data-ok')).toBe('true');
    expect(await card.locator('[data-kind="number"]').textContent()).toContain('2008年');
    const unlinked = popup.getByTestId('unlinked-claims');
    expect(await unlinked.textContent()).toContain('俄罗斯的亲政府媒体报道称');
    // Each claim says which rule tied it to the source ("这位作者" → the cited piece's author).
    const byAuthor = card.getByTestId('claim').filter({ hasText: '这位作者补充称' });
    expect(await byAuthor.locator('[data-via]').getAttribute('data-via')).toBe('anaphora-author');
    expect(await byAuthor.locator('[data-via]').textContent()).toBe('linked: the sentence refers back to the cited piece’s author');
    expect(await popup.getByTestId('summary-line').textContent()).toMatch(/1 source.*Partly supported 1/);

    // No horizontal scrolling at 400 px, with long Chinese and English text.
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    // Keyboard: every action is reachable with Tab.
    const focusable = await popup.evaluate(() => Array.from(document.querySelectorAll('button, a[href], summary')).every((el) => (el as HTMLElement).tabIndex >= 0));
    expect(focusable).toBe(true);
    // axe-core: no serious or critical accessibility violations.
    const violations = await popup.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(violations).toEqual([]);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-en-light.png'), fullPage: true });
    await popup.close();
  });

  it('updates the badge to the verdict and opens its card on hover', async () => {
    await article.bringToFront();
    await expect.poll(async () => (await badge())?.label, { timeout: 15_000 }).toBe('Source: Foreign Policy (Magazine). Partly supported. Show details');
    await hoverBadge(article, (await badge())!);
    await expect.poll(async () => (await badge())?.cardHidden).toBe(false);
    const text = (await badge())!.card;
    expect(text).toContain('Kazakhstan Is Quietly Breaking Away From Russia');
    expect(text).toContain('Partly supported');
    expect(text).toMatch(/16 Sept? 2022/);
    await article.screenshot({ path: join(ARTIFACTS, 'badge-card.png') });
    // Escape closes it.
    await focusBadge(article, (await badge())!);
    await article.keyboard.press('Escape');
    await expect.poll(async () => (await badge())?.cardHidden).toBe(true);
  });

  it('names the extension from _locales (the manifest says __MSG_extName__), which Chromium resolved', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { name: string; description: string; default_locale: string };
    expect(manifest).toMatchObject({ name: '__MSG_extName__', description: '__MSG_extDescription__', default_locale: 'en' });
    expect(await browser.worker.evaluate(() => [chrome.runtime.getManifest().name, chrome.runtime.getManifest().description])).toEqual([
      'Source Lens',
      expect.stringMatching(/^Shows which sources a news article cites/),
    ]);
  });

  it('renders the popup in dark mode', async () => {
    const popup = await donePopup({ colorScheme: 'dark' });
    const bg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(15, 20, 25)');
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-en-dark.png'), fullPage: true });
    await popup.close();
  });

  it('switches the interface to 简体中文 from the settings page', async () => {
    const settings = await settingsPage();
    await settings.selectOption('#setting-language', 'zh_CN');
    await settings.screenshot({ path: join(ARTIFACTS, 'settings-zh.png'), fullPage: true });
    const popup = await donePopup();
    await expect.poll(() => popup.locator('.brand').textContent()).toBe('信源透镜 Source Lens');
    expect(await popup.getByTestId('summary-line').textContent()).toContain('部分有据 1');
    expect(await popup.locator('[data-kind="date"]').first().textContent()).toMatch(/比文章（2022年9月17日，取自JSON-LD 的 datePublished）早 1 天/);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-zh-light.png'), fullPage: true });
    const dark = await donePopup({ colorScheme: 'dark' });
    await dark.screenshot({ path: join(ARTIFACTS, 'popup-zh-dark.png'), fullPage: true });
    await dark.close();
    await popup.close();

    // 繁體中文: Traditional characters and Taiwan terms, in the popup and in the badge on the page.
    await settings.selectOption('#setting-language', 'zh_TW');
    await expect.poll(() => settings.locator('legend').first().textContent()).toBe('何時查核來源');
    const tw = await donePopup();
    await expect.poll(() => tw.locator('.brand').textContent()).toBe('來源透鏡 Source Lens');
    expect(await tw.getByTestId('summary-line').textContent()).toMatch(/^1 個來源.*部分有據 1/);
    expect(await tw.locator('[data-kind="date"]').first().textContent()).toMatch(/比文章（2022年9月17日，取自JSON-LD 的 datePublished）早 1 天/);
    expect(await tw.locator('[data-kind="reachability"]').first().textContent()).toContain('來源可以連線');
    await tw.screenshot({ path: join(ARTIFACTS, 'popup-zh-tw-light.png'), fullPage: true });
    await tw.close();
    await expect.poll(async () => (await badge())?.label, { timeout: 5000 }).toMatch(/^來源：/);
    await settings.selectOption('#setting-language', 'en');
    await settings.screenshot({ path: join(ARTIFACTS, 'settings-en.png'), fullPage: true });
    await settings.close();
  });

  it('removes the badges from the open tab when they are turned off, and brings them back', async () => {
    const settings = await settingsPage();
    await settings.uncheck('#setting-badges');
    await expect.poll(async () => (await readBadges(article)).length, { timeout: 5000 }).toBe(0);
    await settings.check('#setting-badges');
    await expect.poll(async () => (await readBadges(article)).length, { timeout: 5000 }).toBe(1);
    await settings.close();
  });

  it('refuses an invalid settings import and keeps the old settings', async () => {
    const settings = await settingsPage();
    const before = await browser.worker.evaluate(() => chrome.storage.local.get('settings'));
    await settings.setInputFiles('#settings-import', {
      name: 'settings.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ timeoutSeconds: 'soon', badgeRoles: ['citation', 'gossip'], stealCookies: true })),
    });
    const errors = settings.getByTestId('import-errors');
    await errors.waitFor();
    expect(await errors.textContent()).toMatch(/timeoutSeconds|Timeout/i);
    await expect.poll(() => settings.getByTestId('field-error-timeoutSeconds').isVisible()).toBe(true);
    expect(await browser.worker.evaluate(() => chrome.storage.local.get('settings'))).toEqual(before);
    await settings.close();
  });
});
