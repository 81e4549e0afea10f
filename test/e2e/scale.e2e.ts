import { shownVerdict } from '../../lib/i18n/verdict-label';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';

// 120 sources answering after 150 ms, every tenth one gone (404): the popup is open while they stream in.
const COUNT = 120;
const PAGE_URL = `https://www.many-sources.example-news.com/scale/?n=${COUNT}&delay=150&run=e2e&gone=10`;
// The card shows an unreachable source as gone or unavailable when it can tell (lib/i18n/verdict-label.ts).
const RANK: Record<string, number> = { mismatch: 0, unreachable: 1, gone: 1, unavailable: 1, partial: 2, unverifiable: 3, supported: 4 };

const COUNT_STORAGE_CHANGES = `globalThis.__storageChanges = [];
chrome.storage.local.onChanged.addListener((changes) => globalThis.__storageChanges.push(...Object.keys(changes)));`;

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
}, 60_000);
afterAll(() => browser?.close());

type Final = { phase: string; progress: { url: string; check: { verdict: string } | null }[] };

async function finalReport(popup: Page, tabId: number): Promise<Final> {
  return popup.evaluate(async (id) => {
    const reply = (await chrome.runtime.sendMessage({ type: 'report/get', payload: { tabId: id } })) as { ok: boolean; data: Final };
    return reply.data;
  }, tabId);
}

describe('the popup on a page citing many sources', () => {
  it('open during the check, converges to the final report: counts by verdict, every card, problems first', async () => {
    const { tabId } = await browser.openTab(PAGE_URL);
    // Pages that watch storage.local for settings (the popup, every tab's content script) must not be
    // sent anything per source checked: each cache write there cost them a long task.
    const popup = await browser.openPopup(tabId);
    await popup.evaluate(COUNT_STORAGE_CHANGES);
    // The reader sees the check under way, with cards already shown.
    await popup.waitForSelector('main[data-phase="checking"] [data-testid="source-card"]', { timeout: 60_000 });
    await popup.waitForSelector('main[data-phase="done"]', { timeout: 100_000 });

    const report = await finalReport(popup, tabId);
    expect(await popup.evaluate(() => (globalThis as unknown as { __storageChanges: string[] }).__storageChanges)).toEqual([]);
    expect(report.phase).toBe('done');
    expect(report.progress).toHaveLength(COUNT);
    const verdictOf = new Map(report.progress.map((p) => [p.url, p.check!.verdict]));
    const expected = new Map<string, number>();
    for (const v of verdictOf.values()) expected.set(v, (expected.get(v) ?? 0) + 1);
    // The fixture's own split: the gone ones unreachable, the rest answered.
    expect(expected.get('unreachable')).toBe(COUNT / 10);

    // The counts line, as the reader reads it.
    const counts = await popup.locator('[data-testid="summary-line"] [data-verdict]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-verdict')!, Number(/\d+\s*$/.exec(e.textContent ?? '')?.[0])] as const));
    for (const [verdict, n] of counts) expect(n, verdict).toBe(expected.get(verdict) ?? 0);

    // Only the first cards are built; the rest come when asked.
    const cards = popup.locator('[data-testid="source-card"]');
    const first = await cards.count();
    expect(first).toBeLessThan(COUNT);
    expect(await popup.getByTestId('sources-shown').textContent()).toContain(`${first} of ${COUNT}`);

    // Keyboard: Tab to the button (scrolling it into view adds nothing while it has the focus),
    // Enter shows more and moves the focus to the first new card.
    await popup.getByTestId('show-more').focus();
    expect(await cards.count()).toBe(first);
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('source-card');
    expect(await popup.evaluate((n) => document.activeElement === document.querySelectorAll('[data-testid="source-card"]')[n], first)).toBe(true);

    // Scrolling to the end shows the rest.
    for (let i = 0; i < 40; i++) {
      // One count per round: cards may arrive between two reads (the last batch can land right after the check).
      const before = await cards.count();
      if (before >= COUNT) break;
      await popup.evaluate(() => document.querySelector('[data-testid="sources-shown"]')?.scrollIntoView());
      await expect.poll(() => cards.count()).toBeGreaterThan(before);
    }
    expect(await cards.count()).toBe(COUNT);
    expect(await popup.getByTestId('show-more').count()).toBe(0);

    // Every card shows its final verdict, problems first.
    const shown = await cards.evaluateAll((els) => els.map((e) => ({ url: e.getAttribute('data-url')!, status: /card-(\w+)/.exec(e.className)?.[1] ?? '' })));
    expect(new Set(shown.map((s) => s.url)).size).toBe(COUNT);
    const shownOf = new Map(report.progress.map((p) => [p.url, shownVerdict(p.check! as Parameters<typeof shownVerdict>[0])]));
    for (const s of shown) expect(s.status, s.url).toBe(shownOf.get(s.url));
    const ranks = shown.map((s) => RANK[s.status]!);
    for (let i = 1; i < ranks.length; i++) expect(ranks[i]!).toBeGreaterThanOrEqual(ranks[i - 1]!);
    expect(shown.slice(0, COUNT / 10).every((s) => RANK[s.status] === 1)).toBe(true);

    // A popup opened after the check gets the finished report in parts (more than 100 sources):
    // it shows the same counts and the same cards in the same order as the one that watched.
    const late = await browser.openPopup(tabId);
    await late.waitForSelector('main[data-phase="done"]', { timeout: 30_000 });
    const lateCounts = await late.locator('[data-testid="summary-line"] [data-verdict]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-verdict')!, Number(/\d+\s*$/.exec(e.textContent ?? '')?.[0])] as const));
    expect(lateCounts).toEqual(counts);
    expect(await late.getByTestId('sources-shown').textContent()).toContain(`${first} of ${COUNT}`);
    const lateCards = await late.locator('[data-testid="source-card"]').evaluateAll((els) => els.map((e) => ({ url: e.getAttribute('data-url')!, status: /card-(\w+)/.exec(e.className)?.[1] ?? '' })));
    expect(lateCards).toEqual(shown.slice(0, first));
    await late.close();
  });
});
