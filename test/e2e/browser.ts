import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { Route } from '../web/routes';
import { startFixtureWeb, type FixtureWeb } from '../web/server';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = join(root, '.output/chrome-mv3');
export const ARTIFACTS = join(root, 'test/artifacts');

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: install Debian's chromium package or set CHROMIUM_PATH`);
  return path;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  web: FixtureWeb;
  /** The browser's profile folder (DevToolsActivePort is there when launched with devtools). */
  profile: string;
  /** Opens a page of the fixture web and returns it with its tab id. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  /** The real popup page for a tab (the `?tabId=` seam). */
  openPopup(tabId: number, options?: { colorScheme?: 'light' | 'dark'; width?: number; height?: number; initScripts?: string[] }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Debian's Chromium with the built extension, headless unless `headful`, and
 * every host mapped to the local fixture web — the extension fetches
 * https://foreignpolicy.com/… as in the field and gets the local page.
 */
export async function launchWithExtension(
  options: {
    headful?: boolean;
    colorScheme?: 'light' | 'dark';
    devtools?: boolean;
    /** Extra pages for the fixture web (a test's own article and sources). */
    routes?: Route[];
    /** Host rules applied before the fixture web's catch-all `MAP *` (e.g. names mapped to a test's own server). */
    hostRules?: string[];
    /** Another build of the extension (the bench compares builds); the current build by default. */
    extensionDir?: string;
  } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`no built extension in ${extensionDir}: run npm run build first`);
  mkdirSync(ARTIFACTS, { recursive: true });
  const web = await startFixtureWeb(options.routes);
  const profile = mkdtempSync(join(tmpdir(), 'source-lens-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: !options.headful,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1100, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${[...(options.hostRules ?? []), web.hostRules].join(', ')}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=en-US',
      ...(options.devtools ? ['--remote-debugging-port=0'] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    worker,
    extensionId,
    web,
    profile,
    async openTab(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      const tabId = await worker.evaluate(async (u: string) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === u)?.id ?? -1;
      }, page.url());
      if (tabId < 0) throw new Error(`no tab found for ${page.url()}`);
      return { page, tabId };
    },
    async openPopup(tabId, popupOptions = {}) {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: popupOptions.width ?? 400, height: popupOptions.height ?? 600 });
      if (popupOptions.colorScheme) await popup.emulateMedia({ colorScheme: popupOptions.colorScheme });
      // Init scripts go in through DevTools, so the extension page's CSP does not stop them (axe-core).
      for (const path of popupOptions.initScripts ?? []) await popup.addInitScript({ path });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      return popup;
    },
    async close() {
      await context.close();
      await web.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
