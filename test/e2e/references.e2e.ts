import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCES_EN_URL, REFERENCES_JOURNAL_URL } from '../web/routes';
import { launchWithExtension, type ExtensionBrowser } from './browser';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

describe('an article with a reference list in Chromium', () => {
  it('credits entry 2 to its authors and journal, shows the entry, and checks the footnoted claims against it', async () => {
    const { tabId } = await browser.openTab(REFERENCES_EN_URL);
    const popup = await browser.openPopup(tabId);

    const card = popup.locator(`[data-testid="source-card"][data-url="${REFERENCES_JOURNAL_URL}"]`);
    await expect.poll(() => card.getAttribute('class'), { timeout: 30_000 }).not.toMatch(/card-(queued|checking)/);

    expect(await card.getByTestId('attribution-publication').textContent()).toBe('Journal of Coastal Engineering');
    expect(await card.getByTestId('attribution-author').textContent()).toBe('N. Okafor, E. Lindqvist');
    expect(await card.getByTestId('reference-entry').textContent()).toContain('Harbour dredging and silt budgets: the inner harbour campaign');
    const claims = card.getByTestId('claim');
    await expect.poll(() => claims.count()).toBe(2);
    expect(await claims.first().textContent()).toContain('Dredging removed 1.2 million cubic metres');
    expect(await claims.first().locator('[data-via]').getAttribute('data-via')).toBe('reference-entry');
    await expect.poll(() => claims.first().getAttribute('data-support')).toBe('supported');
  }, 90_000);
});
