import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_SOURCE_URL } from '../web/routes';
import { HOSTILE_BADGES_URL, hostileBadgeRoutes } from '../web/hostile-badges';
import { badgesFor } from './badge-probe';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './browser';

let browser: ExtensionBrowser;
let page: Page;
let tabId: number;

const FP = REFERENCE_SOURCE_URL;
const PARTLY = 'Source: Foreign Policy (Magazine). Partly supported. Show details';

interface Hostile {
  messages: string[];
  added: { tag: string; attributes: string[]; text: string; html: string }[];
  shadowText: string[];
  sizes: string[];
  forged: number;
}
const hostile = () => page.evaluate(() => (window as unknown as { __hostile: Hostile }).__hostile);

beforeAll(async () => {
  browser = await launchWithExtension({ routes: hostileBadgeRoutes() });
  ({ page, tabId } = await browser.openTab(HOSTILE_BADGES_URL));
  // Check the page, so the badges carry a verdict the page would like to read or change.
  const popup = await browser.openPopup(tabId);
  await popup.waitForSelector('main[data-phase="done"]', { timeout: 30_000 });
  await popup.close();
  await page.bringToFront();
}, 90_000);
afterAll(() => browser?.close());

describe('badges on a page that attacks them (Chromium)', () => {
  it('puts real badges beside links the page has already decorated with fake ones', async () => {
    await expect.poll(async () => (await badgesFor(page, FP)).length, { timeout: 15_000 }).toBe(1);
    // The page's fake is still there, and it is not the extension's badge.
    expect(await page.locator('source-lens-badge[data-fake]').count()).toBeGreaterThan(0);
    const [real] = await badgesFor(page, FP);
    expect(real!.hostAttributes['data-fake']).toBeUndefined();
    await expect.poll(async () => (await badgesFor(page, FP))[0]?.label, { timeout: 15_000 }).toBe(PARTLY);
  });

  it('gives the page no way into a badge: no shadow root to read or rewrite', async () => {
    await expect.poll(async () => (await badgesFor(page, FP))[0]?.status, { timeout: 15_000 }).toBe('partial');
    const attempt = await page.evaluate((href) => {
      const link = document.querySelector(`a[href="${href}"]`)!;
      const found: string[] = [];
      for (let el = link.nextElementSibling; el; el = el.nextElementSibling) {
        if (el.hasAttribute('data-fake')) continue;
        found.push(el.shadowRoot === null ? 'null' : 'open');
        // Rewrite whatever is reachable, as the reviewer's page did.
        el.shadowRoot?.querySelectorAll('button').forEach((b) => b.setAttribute('aria-label', 'Source: Foreign Policy (Magazine). Supported. Show details'));
        el.shadowRoot?.querySelectorAll('[data-status]').forEach((w) => w.setAttribute('data-status', 'supported'));
        let reattached = 'refused';
        try {
          el.attachShadow({ mode: 'open' });
          reattached = 'attached';
        } catch {
          // expected: the element already has a (closed) root
        }
        found.push(reattached);
      }
      return found;
    }, FP);
    expect(attempt).toEqual(['null', 'refused']);
    const [real] = await badgesFor(page, FP);
    expect(real!.mode).toBe('closed');
    expect(real!.status).toBe('partial');
    expect(real!.label).toBe(PARTLY);
  });

  it('keeps the badges on when the page replays or forges the extension’s messages', async () => {
    await expect.poll(async () => (await badgesFor(page, FP)).length, { timeout: 15_000 }).toBe(1);
    // The page also knows the extension's id (a store extension's id is public) and forges
    // every "a newer content script started" and "the address changed" event WXT listens for.
    await page.evaluate((id) => {
      for (const name of ['content', 'content-script', 'reader']) {
        const started = `${id}:${name}:wxt:content-script-started`;
        const detail = { contentScriptName: name, messageId: 'forged' };
        document.dispatchEvent(new CustomEvent(started, { detail }));
        window.postMessage({ type: started, ...detail }, '*');
        window.dispatchEvent(new Event(`${id}:${name}:wxt:locationchange`));
      }
    }, browser.extensionId);
    // Wait out the content script's own timers (location check, re-scan after a navigation).
    await page.waitForTimeout(2500);
    const [real] = await badgesFor(page, FP);
    expect(real?.label).toBe(PARTLY);
    // And the extension told the page nothing in the first place.
    expect((await hostile()).messages.filter((m) => !m.includes('"forged"') && !m.includes('"messageId":"forged"'))).toEqual([]);
  });

  it('shows a page-side MutationObserver neither the source nor the verdict', async () => {
    await expect.poll(async () => (await badgesFor(page, FP))[0]?.status, { timeout: 15_000 }).toBe('partial');
    const seen = await hostile();
    const everything = JSON.stringify([seen.added, seen.shadowText]);
    expect(everything).not.toContain('foreignpolicy');
    expect(everything).not.toContain('Foreign Policy');
    expect(everything).not.toMatch(/supported|partial|Partly|verdict|status/i);
    // What the page did see of a badge: a plain element with no text and nothing that names it.
    const hosts = seen.added.filter((a) => a.tag !== 'a');
    expect(hosts.length).toBeGreaterThan(0);
    for (const h of hosts) {
      expect(h.text).toBe('');
      expect(h.attributes.filter((a) => !a.startsWith('style='))).toEqual([]);
    }
    // Not through the rendered text around it, nor through its size as the verdict went from
    // "not checked" to "checking" to "partly supported".
    const around = await page.evaluate((href) => document.querySelector(`a[href="${href}"]`)!.parentElement!.innerText, FP);
    expect(around).not.toMatch(/[◐•✓✗⊘]|Partly|Magazine/);
    expect(seen.sizes.length).toBeGreaterThan(0);
    expect(new Set(seen.sizes).size).toBe(1);
  });

  it('ships no test hook and nothing that talks to the page in the content script', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
    const files = manifest.content_scripts.flatMap((c) => c.js);
    expect(files.length).toBeGreaterThan(0);
    const code = files.map((f) => readFileSync(join(EXTENSION_DIR, f), 'utf8')).join('\n');
    expect(code).not.toMatch(/postMessage\(/);
    expect(code).not.toMatch(/mode:\s*["']open["']/);
    expect(code).not.toContain('source-lens-badge');
    expect(code).not.toContain('content-script-started');
    expect(code).not.toMatch(/dispatchEvent\(/);
  });
});
