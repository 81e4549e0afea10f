import { browser } from 'wxt/browser';

/**
 * The tab the popup reports on: the active tab, or `?tabId=N` in the popup's
 * address — the documented seam end-to-end tests use to open the real popup
 * page for a given tab.
 */
export async function popupTabId(search: string): Promise<number | null> {
  const fromUrl = new URLSearchParams(search).get('tabId');
  if (fromUrl !== null && /^\d+$/.test(fromUrl)) return Number(fromUrl);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function openSettings(): void {
  void browser.runtime.openOptionsPage();
}

export function browserLanguage(): string {
  return browser.i18n?.getUILanguage?.() ?? navigator.language;
}
