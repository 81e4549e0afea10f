import { browser } from 'wxt/browser';

/**
 * How long this copy of the content script is in charge of the page, and when
 * the page's address changes — decided only from what a web page cannot reach
 * or forge. (WXT's ContentScriptContext announces each start to the page with
 * window.postMessage and takes "a newer script started" and "the address
 * changed" as DOM events, which any page can replay or forge; it is not used.)
 *
 * - A newer copy of the same script in the same isolated world (re-injected)
 *   finds the older one through a key on the isolated world's own global,
 *   which page scripts never see, and stops it. Each of the two scripts
 *   (page-reader, page-badges) has its own key.
 * - A copy orphaned by an extension reload or removal notices on its own:
 *   the runtime's id is gone (checked every second).
 * - Address changes come from the Navigation API when the browser has it, and
 *   from the same one-second check otherwise.
 */
export interface ContentLifetime {
  readonly isInvalid: boolean;
  /** Runs `cb` once when this copy stops; returns a remover. */
  onInvalidated(cb: () => void): () => void;
  /** Runs `cb` after each change of address without a page load. */
  onNavigate(cb: () => void): void;
}

/** The two scripts: the light one on every page, and the badge script injected into articles. */
export type ContentScriptName = 'page-reader' | 'page-badges';
const CHECK_MS = 1000;

type Copy = { stop(): void; readonly isInvalid: boolean };
type Holder = Record<symbol, Copy | undefined>;
const keyOf = (name: ContentScriptName) => Symbol.for(`source-lens.${name}`);

/**
 * Whether a copy of this script is in charge of the page and its extension is still there.
 * Self-contained: the background also runs it in a tab with scripting.executeScript({ func }).
 */
export function isRunning(name: ContentScriptName): boolean {
  const copy = (globalThis as Record<symbol, { readonly isInvalid: boolean } | undefined>)[Symbol.for(`source-lens.${name}`)];
  return !!copy && !copy.isInvalid;
}

export function startContentLifetime(name: ContentScriptName): ContentLifetime {
  const signal = new AbortController();
  const stop = () => signal.abort();
  const holder = globalThis as Holder;
  const key = keyOf(name);
  holder[key]?.stop();

  const navigated: (() => void)[] = [];
  let lastUrl = location.href;
  const checkUrl = () => {
    if (signal.signal.aborted || location.href === lastUrl) return;
    lastUrl = location.href;
    for (const cb of navigated) cb();
  };
  const runtimeGone = () => {
    try {
      return browser.runtime?.id == null;
    } catch {
      return true;
    }
  };
  const timer = setInterval(() => {
    if (runtimeGone()) stop();
    else checkUrl();
  }, CHECK_MS);
  signal.signal.addEventListener('abort', () => clearInterval(timer));
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  // The navigate event fires before the address changes; look once it has.
  nav?.addEventListener?.('navigate', () => setTimeout(checkUrl, 0), { signal: signal.signal });

  const lifetime: ContentLifetime = {
    get isInvalid() {
      if (!signal.signal.aborted && runtimeGone()) stop();
      return signal.signal.aborted;
    },
    onInvalidated(cb) {
      if (signal.signal.aborted) {
        cb();
        return () => undefined;
      }
      signal.signal.addEventListener('abort', cb, { once: true });
      return () => signal.signal.removeEventListener('abort', cb);
    },
    onNavigate(cb) {
      navigated.push(cb);
    },
  };
  holder[key] = { stop, get isInvalid() { return lifetime.isInvalid; } };
  return lifetime;
}
