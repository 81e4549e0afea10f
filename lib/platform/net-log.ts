import { browser } from 'wxt/browser';

/**
 * Remembers why the extension's own requests failed (Chromium's net::ERR_*),
 * since fetch() only says "Failed to fetch". Used to tell DNS from TLS from
 * a refused connection.
 */
export function watchNetworkErrors(): (url: string) => Promise<string | undefined> {
  const errors = new Map<string, { error: string; at: number }>();
  const webRequest = browser.webRequest;
  if (!webRequest?.onErrorOccurred) return async () => undefined;
  webRequest.onErrorOccurred.addListener(
    (details: { url: string; error: string; tabId: number }) => {
      if (details.tabId !== -1) return;
      errors.set(details.url, { error: details.error, at: Date.now() });
      if (errors.size > 500) errors.delete(errors.keys().next().value!);
    },
    { urls: ['http://*/*', 'https://*/*'] },
  );
  return async (url) => {
    // The error event can trail fetch's rejection by a moment.
    for (let i = 0; i < 5; i++) {
      const hit = errors.get(url);
      if (hit && Date.now() - hit.at < 60_000) return hit.error;
      await new Promise((r) => setTimeout(r, 40));
    }
    return undefined;
  };
}
