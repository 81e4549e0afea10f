import { createBadgeManager } from '@/components/badges/manager';
import { anchorResolver, pageLinks } from '../extract/dom/anchor-refs';
import { serializeInSlices } from '../extract/dom/serialize';
import { createTranslator, resolveLocale } from '../i18n/translate';
import { MAX_PAGE_HTML, PageProtocol } from '../messaging/page-protocol';
import type { ResponseOf } from '../messaging/protocol';
import type { Settings } from '../schema/settings';
import { isSiteDisabled } from '../settings/read-settings';
import { startContentLifetime } from './content-lifetime';
import { listenForMessages, log } from './extension';
import { loadSettings, watchSettings } from './settings-store';
import { browserLanguage } from './tabs';

// Serialising a large page runs in slices of this many milliseconds, then yields to the page.
const SLICE_MS = 8;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The page as it stands, for the worker to read: serialising is the only work a check costs the page. */
async function copyOfPage(): Promise<ResponseOf<'page/html'>> {
  const url = location.href;
  const { html, cut } = await serializeInSlices(document, { budgetMs: SLICE_MS, pause, maxChars: MAX_PAGE_HTML });
  if (cut) {
    const message = `the page is too large to read (over ${MAX_PAGE_HTML / 1e6} million characters of HTML)`;
    return { ok: false, reason: 'error', detail: `Source Lens cannot read this page: ${message}.`, why: { code: 'unreadable', message } };
  }
  return { ok: true, url, html };
}

/**
 * The page script (entrypoints/page-badges.ts), injected by the background into pages that look
 * like articles and wherever a check is asked for. It hands the worker a copy of the page, which
 * the worker reads (sources, Readability, claims: lib/extract/page-copy.ts), and shows the inline
 * badges the worker sends back. It never fetches or extracts anything itself.
 */
export function startPageScript(): void {
  // Never anything the page can see or send: see content-lifetime.ts.
  const ctx = startContentLifetime('page-badges');
  let settings: Settings | null = null;
  // The badges, and the record of which anchors stand for which source.
  const badges = createBadgeManager({ batch: 100, pause });

  const active = () => !!settings && !isSiteDisabled(settings, location.href);

  const applySettings = () => {
    if (!settings || !active() || !settings.badges || ctx.isInvalid) return void badges.configure(null);
    const locale = resolveLocale(settings.language, browserLanguage());
    void badges.configure({ roles: settings.badgeRoles, t: createTranslator(locale), locale });
  };

  const unlisten = listenForMessages(PageProtocol, {
    'page/html': async (): Promise<ResponseOf<'page/html'>> => {
      settings = await loadSettings();
      if (!active()) return { ok: false, reason: 'disabled', detail: 'Source Lens is turned off for this site in its settings.', why: { code: 'disabled' } };
      return copyOfPage();
    },
    'page/sources': ({ pageUrl, sources }) => {
      // An answer about the page before a single-page-app navigation is no longer about this one.
      if (pageUrl !== location.href) return {};
      const resolve = anchorResolver(pageLinks(document));
      void badges.show(sources.map(({ source, anchors }) => ({ source, anchors: resolve(anchors) })));
      return {};
    },
    'page/report': ({ pageUrl, reset, views }) => {
      if (pageUrl && pageUrl !== location.href) return {};
      void badges.update(views, reset);
      return {};
    },
  });

  void loadSettings()
    .then((s) => {
      settings = s;
      applySettings();
    })
    .catch((e: unknown) => log(`cannot read the settings: ${String(e)}`));
  // Settings apply to open tabs at once: badges on/off, their roles, disabled sites, language.
  const unwatch = watchSettings((next) => {
    settings = next;
    applySettings();
  });
  // The extension was reloaded or removed, or a newer copy took over: leave the page as it was.
  ctx.onInvalidated(() => {
    void badges.configure(null);
    // Browser APIs throw once the context is gone; the listener dies with it anyway.
    for (const stop of [unlisten, unwatch]) {
      try {
        stop();
      } catch {
        // nothing left to stop
      }
    }
  });
  // Single-page apps change the address without a page load; the light script tells the worker,
  // which sends the new page's sources.
  ctx.onNavigate(() => badges.reset());
}
