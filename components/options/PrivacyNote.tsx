import { useI18n } from '../i18n-context';

/** What leaves the browser, said plainly: the page's promise, kept in step with lib/check. */
export function PrivacyNote() {
  const { t } = useI18n();
  return (
    <section class="privacy" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{t('settings.privacy.heading')}</h2>
      <ul>
        <li>{t('settings.privacy.sources')}</li>
        <li>{t('settings.privacy.archive')}</li>
        <li>{t('settings.privacy.nothingElse')}</li>
      </ul>
    </section>
  );
}
