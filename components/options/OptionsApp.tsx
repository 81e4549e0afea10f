import { useEffect, useMemo } from 'preact/hooks';
import { createTranslator, localeTag, resolveLocale } from '@/lib/i18n/translate';
import { browserLanguage } from '@/lib/platform/tabs';
import { I18nContext } from '../i18n-context';
import { SettingsForm } from './SettingsForm';
import { useCacheStats } from './use-cache-stats';
import { useSettings } from './use-settings';

/** The settings page wired to storage and the background, in the language the settings ask for. */
export function OptionsApp() {
  const { settings, status, update, replace } = useSettings();
  const cache = useCacheStats();
  const locale = resolveLocale(settings?.language ?? 'auto', browserLanguage());
  const i18n = useMemo(() => ({ t: createTranslator(locale), locale }), [locale]);

  useEffect(() => {
    document.documentElement.lang = localeTag(locale);
    document.title = i18n.t('settings_title');
  }, [i18n]);

  return (
    <I18nContext.Provider value={i18n}>
      {settings ? (
        <SettingsForm settings={settings} saveStatus={status} cache={cache.state} onChange={update} onReplace={replace} onClearCache={() => void cache.clear()} />
      ) : (
        <main class="options">
          <p role="status">{i18n.t('settings_loading')}</p>
        </main>
      )}
    </I18nContext.Provider>
  );
}
