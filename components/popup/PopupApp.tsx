import { useEffect, useState } from 'preact/hooks';
import { createTranslator, resolveLocale, type Locale } from '@/lib/i18n/translate';
import { loadSettings, watchSettings } from '@/lib/platform/settings-store';
import { browserLanguage, openSettings } from '@/lib/platform/tabs';
import { I18nContext } from '../i18n-context';
import { Popup } from './Popup';
import { useReport } from './use-report';

/** The popup wired to the background: the report for one tab, in the reader's language. */
export function PopupApp({ tabId }: { tabId: number | null }) {
  const [locale, setLocale] = useState<Locale>(resolveLocale('auto', browserLanguage()));
  useEffect(() => {
    void loadSettings().then((s) => setLocale(resolveLocale(s.language, browserLanguage())));
    return watchSettings((s) => setLocale(resolveLocale(s.language, browserLanguage())));
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale === 'zh_CN' ? 'zh-CN' : 'en';
  }, [locale]);
  const state = useReport(tabId);
  return (
    <I18nContext.Provider value={{ t: createTranslator(locale), locale }}>
      <Popup {...state} onAnalyse={state.analyse} onRecheck={state.recheck} onSettings={openSettings} />
    </I18nContext.Provider>
  );
}
