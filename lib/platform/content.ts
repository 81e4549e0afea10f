import { createBadgeManager } from '@/components/badges/manager';
import { extractArticleInSlices } from '../extract/extract-article';
import { scanPage } from '../extract/scan';
import { createTranslator, resolveLocale } from '../i18n/translate';
import type { ResponseOf } from '../messaging/protocol';
import type { Settings } from '../schema/settings';
import { isSiteDisabled } from '../settings/read-settings';
import { startContentLifetime } from './content-lifetime';
import { listenForMessages, log } from './extension';
import { loadSettings, watchSettings } from './settings-store';
import { browserLanguage } from './tabs';

// Page-load work runs in slices of this many milliseconds, then yields to the page.
const SLICE_MS = 8;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The extractor script (entrypoints/page-extractor.ts), injected by the background into pages that
 * look like articles and wherever a check is asked for: finds the sources for the inline badges,
 * shows them, and reads the article when asked. It never fetches anything; the background does.
 */
export function startExtractorScript(): void {
  // Never anything the page can see or send: see content-lifetime.ts.
  const ctx = startContentLifetime('page-extractor');
  let settings: Settings | null = null;
  // The badges, and the record of which anchors stand for which source.
  const badges = createBadgeManager({ batch: 100, pause });
  // The page-load scan under way, if any: an extraction waits for it.
  let scanning: Promise<void> = Promise.resolve();

  const active = () => !!settings && !isSiteDisabled(settings, location.href);

  const applySettings = () => {
    if (!settings || !active() || !settings.badges || ctx.isInvalid) return void badges.configure(null);
    const locale = resolveLocale(settings.language, browserLanguage());
    void badges.configure({ roles: settings.badgeRoles, t: createTranslator(locale), locale });
  };

  const unlisten = listenForMessages({
    'page/extract': async ({ force }): Promise<ResponseOf<'page/extract'>> => {
      settings = await loadSettings();
      if (!active()) return { ok: false, reason: 'disabled', detail: 'Source Lens is turned off for this site in its settings.', why: { code: 'disabled' } };
      try {
        // After the page-load scan, so badges are shown in order; then in slices, like the scan.
        await scanning;
        const out = await extractArticleInSlices(document, location.href, { force, budgetMs: SLICE_MS, pause });
        if (!out.ok) return { ok: false, reason: 'not-article', detail: out.detail, why: out.why };
        void badges.show(out.extraction.sources.map((source) => ({ source, anchors: out.anchors.get(source.url) ?? [] })));
        return { ok: true, extraction: out.extraction };
      } catch (e) {
        log(`extraction failed: ${String(e)}`);
        const message = e instanceof Error ? e.message : String(e);
        return { ok: false, reason: 'error', detail: `The page could not be read: ${message}`, why: { code: 'unreadable', message } };
      }
    },
    'page/report': ({ pageUrl, reset, progress }) => {
      if (pageUrl && pageUrl !== location.href) return {};
      badges.update(progress, reset);
      return {};
    },
  });

  // The light script (content-gate.ts) tells the background about the page; this one finds its sources for the badges.
  const startPage = async () => {
    settings = await loadSettings();
    if (!active() || ctx.isInvalid) return;
    const scan = await scanPage(document, location.href, { budgetMs: SLICE_MS, pause });
    if (ctx.isInvalid) return;
    applySettings();
    void badges.show(scan.sources);
  };
  const scanPageNow = () => (scanning = startPage().catch((e: unknown) => log(`cannot read the page's sources: ${String(e)}`)));

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
  // Single-page apps change the address without a page load.
  let navTimer: ReturnType<typeof setTimeout> | undefined;
  ctx.onNavigate(() => {
    badges.reset();
    clearTimeout(navTimer);
    navTimer = setTimeout(scanPageNow, 600);
  });
  scanPageNow();
}
