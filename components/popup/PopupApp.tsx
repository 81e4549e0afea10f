import { useEffect, useMemo, useState } from 'preact/hooks';
import { sendToBackground } from '@/lib/platform/send';
import { translateAll, translatorApi } from '@/lib/platform/translator';
import { createTranslator, localeTag, resolveLocale, type Locale } from '@/lib/i18n/translate';
import { loadSettings, watchSettings } from '@/lib/platform/settings-store';
import { browserLanguage, openSettings } from '@/lib/platform/tabs';
import { I18nContext } from '../i18n-context';
import { TranslationContext, type ClaimTranslation } from './translation-context';
import { Popup } from './Popup';
import { useReport } from './use-report';

/** The popup wired to the background: the report for one tab, in the reader's language. */
export function PopupApp({ tabId }: { tabId: number | null }) {
  const [locale, setLocale] = useState<Locale>(() => resolveLocale('auto', browserLanguage()));
  const [translate, setTranslate] = useState(false);
  useEffect(() => {
    const apply = (s: { language: Parameters<typeof resolveLocale>[0]; onDeviceTranslation: boolean }) => {
      setLocale(resolveLocale(s.language, browserLanguage()));
      setTranslate(s.onDeviceTranslation);
    };
    void loadSettings().then(apply);
    return watchSettings(apply);
  }, []);
  // The browser's translator, when the reader turned it on and this browser has it.
  const translation = useMemo<ClaimTranslation | null>(() => {
    const api = translatorApi();
    if (!translate || !api || tabId === null) return null;
    return {
      async translate(url, claims, from, to) {
        const texts = await translateAll(api, claims.map((c) => c.text), from, to, true);
        await sendToBackground('report/translated', { tabId, url, translations: claims.map((c, i) => ({ claim: c.index, text: texts[i]! })) });
      },
      translateTexts: (texts, from, to) => translateAll(api, texts, from, to, true),
    };
  }, [translate, tabId]);
  useEffect(() => {
    document.documentElement.lang = localeTag(locale);
  }, [locale]);
  const state = useReport(tabId);
  // One value per language: a new object each render would redraw every card (memoised or not) on each report batch.
  const i18n = useMemo(() => ({ t: createTranslator(locale), locale }), [locale]);
  return (
    <I18nContext.Provider value={i18n}>
      <TranslationContext.Provider value={translation}>
        <Popup {...state} onAnalyse={state.analyse} onRecheck={state.recheck} onSettings={openSettings} />
      </TranslationContext.Provider>
    </I18nContext.Provider>
  );
}
