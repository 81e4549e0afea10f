import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createBadgeManager, type BadgeManager } from '@/components/badges/manager';
import { extractArticle } from '../extract/extract-article';
import { scanPage } from '../extract/scan';
import { createTranslator, resolveLocale } from '../i18n/translate';
import type { ResponseOf } from '../messaging/protocol';
import type { TabReport } from '../schema/report';
import type { Settings } from '../schema/settings';
import type { CitedSource } from '../schema/source';
import { isSiteDisabled } from '../settings/read-settings';
import { listenForMessages, log, sendToBackground } from './extension';
import { loadSettings, watchSettings } from './settings-store';
import { browserLanguage } from './tabs';

// Page-load work runs in slices of this many milliseconds, then yields to the page.
const SLICE_MS = 8;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The content script: reads the page when asked, and shows the inline badges.
 * It never fetches anything; the background does.
 */
export function startContentScript(ctx: ContentScriptContext): void {
  let settings: Settings | null = null;
  let badges: BadgeManager | null = null;
  let lastReport: TabReport | null = null;
  // Every source found so far, with its anchors on the page.
  let found = new Map<string, { source: Pick<CitedSource, 'url' | 'role' | 'outlet'>; anchors: Element[] }>();

  const active = () => !!settings && !isSiteDisabled(settings, location.href);

  const renderBadges = () => {
    badges?.clear();
    badges = null;
    if (!settings || !active() || !settings.badges || ctx.isInvalid) return;
    const locale = resolveLocale(settings.language, browserLanguage());
    badges = createBadgeManager({ roles: settings.badgeRoles, t: createTranslator(locale), locale, batch: 100, pause });
    void badges.show([...found.values()]);
    if (lastReport) badges.update(lastReport);
  };

  const remember = (sources: { source: Pick<CitedSource, 'url' | 'role' | 'outlet'>; anchors: Element[] }[]) => {
    for (const s of sources) {
      const known = found.get(s.source.url);
      found.set(s.source.url, { source: s.source, anchors: known ? [...new Set([...known.anchors, ...s.anchors])] : s.anchors });
    }
    if (badges) void badges.show(sources);
  };

  listenForMessages({
    'page/extract': async ({ force }): Promise<ResponseOf<'page/extract'>> => {
      settings = await loadSettings();
      if (!active()) return { ok: false, reason: 'disabled', detail: 'Source Lens is turned off for this site in its settings.' };
      try {
        const out = extractArticle(document, location.href, { force });
        if (!out.ok) return { ok: false, reason: 'not-article', detail: out.detail };
        remember(out.extraction.sources.map((source) => ({ source, anchors: out.anchors.get(source.url) ?? [] })));
        return { ok: true, extraction: out.extraction };
      } catch (e) {
        log(`extraction failed: ${String(e)}`);
        return { ok: false, reason: 'error', detail: `The page could not be read: ${e instanceof Error ? e.message : String(e)}` };
      }
    },
    'page/report': ({ report }) => {
      if (report.pageUrl && report.pageUrl !== location.href) return {};
      lastReport = report;
      badges?.update(report);
      return {};
    },
  });

  const startPage = async () => {
    settings = await loadSettings();
    if (!active() || ctx.isInvalid) return;
    const scan = await scanPage(document, location.href, { budgetMs: SLICE_MS, pause });
    if (ctx.isInvalid) return;
    renderBadges();
    remember(scan.sources);
    await sendToBackground('page/loaded', { url: location.href, readerable: scan.readerable }).catch(() => undefined);
  };

  // Settings apply to open tabs at once: badges on/off, their roles, disabled sites, language.
  const unwatch = watchSettings((next) => {
    settings = next;
    renderBadges();
  });
  // The extension was reloaded or removed: leave the page as it was. WXT notices when a
  // context-wrapped timer finds the runtime gone, so keep one ticking.
  ctx.onInvalidated(() => {
    badges?.clear();
    // Browser APIs throw once the context is gone; the listener dies with it anyway.
    try {
      unwatch();
    } catch {
      // nothing left to unwatch
    }
  });
  ctx.setInterval(() => undefined, 1000);
  // Single-page apps change the address without a page load.
  let navTimer: ReturnType<typeof setTimeout> | undefined;
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    badges?.reset();
    found = new Map();
    lastReport = null;
    clearTimeout(navTimer);
    navTimer = setTimeout(() => void startPage(), 600);
  });
  void startPage();
}
