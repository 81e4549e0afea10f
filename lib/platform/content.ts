import { looksLikeArticle } from '../extract/body';
import { extractArticle } from '../extract/extract-article';
import type { ResponseOf } from '../messaging/protocol';
import { isSiteDisabled } from '../settings/read-settings';
import { listenForMessages, log, sendToBackground } from './extension';
import { loadSettings } from './settings-store';

/**
 * The content script: reads the page when asked, and nothing else. The page's
 * anchors per source are kept here for the inline badges.
 */
export function startContentScript(): void {
  let anchors = new Map<string, Element[]>();

  listenForMessages({
    'page/extract': async ({ force }): Promise<ResponseOf<'page/extract'>> => {
      const settings = await loadSettings();
      if (isSiteDisabled(settings, location.href)) {
        return { ok: false, reason: 'disabled', detail: 'Source Lens is turned off for this site in its settings.' };
      }
      try {
        const out = extractArticle(document, location.href, { force });
        if (!out.ok) return { ok: false, reason: 'not-article', detail: out.detail };
        anchors = out.anchors;
        return { ok: true, extraction: out.extraction };
      } catch (e) {
        log(`extraction failed: ${String(e)}`);
        return { ok: false, reason: 'error', detail: `The page could not be read: ${e instanceof Error ? e.message : String(e)}` };
      }
    },
    'page/report': () => {
      void anchors;
      return {};
    },
  });

  void (async () => {
    const settings = await loadSettings();
    if (isSiteDisabled(settings, location.href)) return;
    await sendToBackground('page/loaded', { url: location.href, readerable: looksLikeArticle(document) }).catch(() => undefined);
  })();
}
