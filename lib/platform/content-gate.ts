import { browser } from 'wxt/browser';
import { looksLikeArticle } from '../extract/article-gate';
import type { RequestOf } from '../messaging/protocol';
import { startContentLifetime } from './content-lifetime';

// Single-page apps change the address without a page load: look again once the new page has settled.
const SETTLE_MS = 600;

/**
 * The light script injected into every page (entrypoints/page-reader.ts): is this page an article?
 * It tells the background, which injects the extractor (entrypoints/page-extractor.ts: sources,
 * badges, Readability, claims, the outlet table) only into pages that look like articles or when a
 * check is asked for. It receives nothing, so it needs no message parsing (the background parses
 * what it sends), and it says nothing to the page.
 */
export function startContentGate(): void {
  const ctx = startContentLifetime('page-reader');
  const announce = () => {
    if (ctx.isInvalid) return;
    const loaded: RequestOf<'page/loaded'> = { url: location.href, readerable: looksLikeArticle(document) };
    // The answer (whether a check started) is the background's business; the page shows nothing of it.
    browser.runtime.sendMessage({ type: 'page/loaded', payload: loaded }).catch(() => undefined);
  };
  let navTimer: ReturnType<typeof setTimeout> | undefined;
  ctx.onNavigate(() => {
    clearTimeout(navTimer);
    navTimer = setTimeout(announce, SETTLE_MS);
  });
  announce();
}
