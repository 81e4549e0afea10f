import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CPI_ARTICLE_URL, CPI_SOURCE_URL, RICE_FAITHFUL_URL, RICE_MISREPORTED_URL, RICE_SOURCE_URL } from '../web/cross-language';
import { REFERENCE_ARTICLE_URL, REFERENCE_SOURCE_URL } from '../web/routes';
import { ARTIFACTS, launchWithExtension, type ExtensionBrowser } from './browser';

// Claims in one language, sources in the other: the worker loads the packaged CC-CEDICT lexicon and compares them.
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

const FAKE_TRANSLATOR = join(dirname(fileURLToPath(import.meta.url)), 'fake-translator.js');

async function finishedCard(articleUrl: string, sourceUrl: string, initScripts: string[] = []) {
  const { tabId } = await browser.openTab(articleUrl);
  const popup = await browser.openPopup(tabId, { initScripts });
  const card = popup.locator(`[data-testid="source-card"][data-url="${sourceUrl}"]`);
  await expect.poll(() => card.getAttribute('class'), { timeout: 60_000 }).not.toMatch(/card-(queued|checking)/);
  await card.locator('details.claims > summary').click();
  return { popup, card };
}

describe('cross-language claims in Chromium', () => {
  it('the reference article: every Foreign Policy claim gets a label and English evidence beside it', async () => {
    const { popup, card } = await finishedCard(REFERENCE_ARTICLE_URL, REFERENCE_SOURCE_URL);
    const claims = card.getByTestId('claim');
    const n = await claims.count();
    expect(n).toBeGreaterThanOrEqual(10);
    for (let i = 0; i < n; i++) {
      const claim = claims.nth(i);
      expect(['supported', 'partial', 'not-found']).toContain(await claim.getAttribute('data-support'));
      expect(await claim.locator('.claim-reason').textContent()).toMatch(/CC-CEDICT/);
      const evidence = claim.locator('.evidence ul');
      expect(await evidence.getAttribute('lang')).toBe('en');
      expect(await evidence.locator('li').first().textContent()).toMatch(/[A-Za-z]{3,}/);
    }
    const tokayev = claims.filter({ hasText: '托卡耶夫还公开拒绝支持俄罗斯' });
    expect(await tokayev.getAttribute('data-support')).toBe('supported');
    expect(await tokayev.locator('.evidence li').first().textContent()).toContain('Tokayev has publicly refused to back Russia');
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-reference-claims.png'), fullPage: true });
  }, 120_000);

  it('a faithful Chinese summary of an English source is supported; one misreported figure is a mismatch that names it', async () => {
    const faithful = await finishedCard(RICE_FAITHFUL_URL, RICE_SOURCE_URL);
    expect(await faithful.card.getAttribute('class')).toMatch(/card-supported/);
    expect(await faithful.card.getByTestId('claim').first().locator('.claim-reason').textContent()).toMatch(/2\.6 million \(260万\)/);

    const wrong = await finishedCard(RICE_MISREPORTED_URL, RICE_SOURCE_URL);
    expect(await wrong.card.getAttribute('class')).toMatch(/card-mismatch/);
    expect(await wrong.card.getByTestId('findings').textContent()).toMatch(/360万 where the source says: “Thailand exported 2\.6 million tonnes/);
    await wrong.popup.screenshot({ path: join(ARTIFACTS, 'popup-misreported-figure.png'), fullPage: true });
  }, 180_000);

  it('with the on-device translator turned on, translates the claims on the reader’s click and compares them again through it', async () => {
    // Off by default: no button, nothing asked of the translator.
    const before = await finishedCard(RICE_FAITHFUL_URL, RICE_SOURCE_URL, [FAKE_TRANSLATOR]);
    expect(await before.card.getByTestId('translate-claims').count()).toBe(0);
    expect(await before.popup.evaluate(() => (self as unknown as { __translatorCalls: unknown[] }).__translatorCalls.length)).toBe(0);

    const settings = await browser.context.newPage();
    await settings.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await settings.check('#setting-onDeviceTranslation');
    await settings.close();

    const { popup, card } = await finishedCard(RICE_FAITHFUL_URL, RICE_SOURCE_URL, [FAKE_TRANSLATOR]);
    const button = card.getByTestId('translate-claims').getByRole('button');
    expect(await button.textContent()).toBe('Translate 3 claims with the browser and compare again');
    await button.click();
    const reasons = card.locator('[data-testid="claim"] .claim-reason');
    await expect.poll(async () => (await reasons.allTextContents()).filter((r) => r.startsWith('Through the browser’s translator')).length, { timeout: 30_000 }).toBe(3);
    expect(await card.getByTestId('claim').evaluateAll((els) => els.map((e) => e.getAttribute('data-support')))).toEqual(['supported', 'supported', 'supported']);
    const calls = (await popup.evaluate(() => (self as unknown as { __translatorCalls: unknown[][] }).__translatorCalls)) as unknown[][];
    // The model download (create) came from the click: the browser sees a user activation.
    expect(calls.find((c) => c[0] === 'create')).toEqual(['create', 'zh-CN', 'en', true]);
    expect(calls.filter((c) => c[0] === 'translate')).toHaveLength(3);
  }, 180_000);

  it('with the translator on, offers a Chinese source’s summary and a claim’s evidence in the reader’s language, below the original', async () => {
    // The setting was turned on by the test above (same browser profile).
    const { card } = await finishedCard(CPI_ARTICLE_URL, CPI_SOURCE_URL, [FAKE_TRANSLATOR]);
    await card.locator('details.summary > summary').click();
    const original = await card.locator('details.summary > ul').first().textContent();
    expect(original).toMatch(/\p{Script=Han}/u);
    await card.getByTestId('translated-summary').getByRole('button', { name: 'Translate the summary into English with the browser' }).click();
    const translated = card.getByTestId('translated-summary').locator('ul[lang="en"] li');
    await expect.poll(() => translated.count()).toBeGreaterThan(0);
    expect(await translated.first().textContent()).toMatch(/^⟨en⟩ \p{Script=Han}/u);
    // And a claim's Chinese evidence, below the original.
    const claims = card.locator('details.claims');
    if (!(await claims.evaluate((d) => (d as HTMLDetailsElement).open))) await claims.locator('> summary').click();
    const evidence = card.getByTestId('translated-evidence').first();
    await evidence.getByRole('button', { name: 'Translate the evidence into English with the browser' }).click();
    const rendered = evidence.locator('ul[lang="en"] li');
    await expect.poll(() => rendered.count()).toBeGreaterThan(0);
    expect(await rendered.first().textContent()).toMatch(/^⟨en⟩ \p{Script=Han}/u);
  }, 120_000);
});
