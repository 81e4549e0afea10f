import { useI18n } from '../i18n-context';

/** What leaves the browser, said plainly: the page's promise, kept in step with lib/check. */
export function PrivacyNote() {
  const { t } = useI18n();
  return (
    <section class="privacy" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{t('settings_privacy_heading')}</h2>
      <ul>
        <li>{t('settings_privacy_sources')}</li>
        <li>{t('settings_privacy_archive')}</li>
        <li>{t('settings_privacy_nothingElse')}</li>
      </ul>
    </section>
  );
}
