import { browser } from 'wxt/browser';

interface Chain {
  urls: string[];
  error?: string;
  at: number;
}

/** What the browser saw of one request: every address it asked for, and why it failed. */
export interface NetworkLog {
  /** Chromium's net::ERR_* reason and the addresses requested before it, when the request failed. */
  explainFailure(url: string): Promise<{ error: string; chain: string[] } | undefined>;
  /** Every address requested from `url` to `finalUrl`, both included; as much as was seen when the events never caught up. */
  chainOf(url: string, finalUrl: string): Promise<string[]>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Follows the extension's own requests (tab -1) through webRequest, since
 * fetch() says neither where redirects went nor why a request failed
 * ("Failed to fetch"): this keeps each request's redirect chain and Chromium's
 * net::ERR_* reason, keyed by every URL in the chain.
 */
export function watchNetworkRequests(): NetworkLog {
  const chains = new Map<string, Chain>();
  const byUrl = new Map<string, Chain>();
  const webRequest = browser.webRequest;
  if (!webRequest?.onErrorOccurred) return { explainFailure: async () => undefined, chainOf: async (url, finalUrl) => (url === finalUrl ? [url] : []) };
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
        if (chain?.error) return { error: chain.error, chain: [...chain.urls] };
        await sleep(40);
      }
      return undefined;
    },
    async chainOf(url, finalUrl) {
      // fetch() can answer before the last onBeforeRedirect events arrive (up to 1 s under load):
      // the chain is complete only once it reaches the address fetch() ended at.
      let seen: string[] = [];
      for (let i = 0; i < 40; i++) {
        const chain = byUrl.get(url);
        if (chain && chain.urls[0] === url) {
          seen = chain.urls;
          if (seen[seen.length - 1] === finalUrl) return [...seen];
        }
        await sleep(50);
      }
      return [...seen];
    },
  };
}
