import { browser } from 'wxt/browser';

interface Chain {
  urls: string[];
  error?: string;
  at: number;
}

/**
 * Follows the extension's own requests (tab -1) through webRequest, since
 * fetch() says neither where redirects went nor why a request failed
 * ("Failed to fetch"): this keeps each request's redirect chain and Chromium's
 * net::ERR_* reason, keyed by every URL in the chain.
 */
export function watchNetworkRequests(): { explainFailure: (url: string) => Promise<string | undefined>; redirectsOf: (url: string) => Promise<string[]> } {
  const chains = new Map<string, Chain>();
  const byUrl = new Map<string, Chain>();
  const webRequest = browser.webRequest;
  if (!webRequest?.onErrorOccurred) return { explainFailure: async () => undefined, redirectsOf: async () => [] };
  const filter = { urls: ['http://*/*', 'https://*/*'] };
  const remember = (url: string, chain: Chain) => {
    byUrl.set(url, chain);
    if (byUrl.size > 1000) byUrl.delete(byUrl.keys().next().value!);
  };
  webRequest.onBeforeRequest.addListener((d: { requestId: string; url: string; tabId: number }) => {
    if (d.tabId !== -1) return undefined;
    // Each redirect hop fires onBeforeRequest again with the same requestId.
    if (chains.has(d.requestId)) return undefined;
    const chain: Chain = { urls: [d.url], at: Date.now() };
    chains.set(d.requestId, chain);
    if (chains.size > 500) chains.delete(chains.keys().next().value!);
    remember(d.url, chain);
    return undefined;
  }, filter);
  webRequest.onBeforeRedirect.addListener((d: { requestId: string; redirectUrl: string; tabId: number }) => {
    const chain = chains.get(d.requestId);
    if (!chain) return;
    chain.urls.push(d.redirectUrl);
    remember(d.redirectUrl, chain);
  }, filter);
  webRequest.onErrorOccurred.addListener((d: { requestId: string; url: string; error: string; tabId: number }) => {
    if (d.tabId !== -1) return;
    const chain = chains.get(d.requestId) ?? { urls: [d.url], at: Date.now() };
    chain.error = d.error;
    remember(d.url, chain);
  }, filter);

  return {
    async explainFailure(url) {
      // The error event can trail fetch's rejection by a moment (up to 1 s under load); without it a
      // redirect blocked by the private-network rule could not say where it went.
      for (let i = 0; i < 20; i++) {
        const chain = byUrl.get(url);
        if (chain?.error) return chain.urls.length > 1 ? `${chain.error} (after redirecting to ${chain.urls[chain.urls.length - 1]})` : chain.error;
        await new Promise((r) => setTimeout(r, 50));
      }
      return undefined;
    },
    async redirectsOf(url) {
      // Called after fetch() reports a redirect; the events may still be on their way (up to 1 s under load).
      for (let i = 0; i < 20; i++) {
        const chain = byUrl.get(url);
        if (chain && chain.urls[0] === url && chain.urls.length > 1) return chain.urls.slice(0, -1);
        await new Promise((r) => setTimeout(r, 50));
      }
      return [];
    },
  };
}
