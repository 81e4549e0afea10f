import { useI18n } from '../i18n-context';

/** Data Source Lens ships from others, with its license: CC-CEDICT's terms ask for credit where it is used. */
export function CreditsNote() {
  const { t } = useI18n();
  return (
    <section class="privacy" aria-labelledby="credits-heading" data-testid="credits">
      <h2 id="credits-heading">{t('settings_credits_heading')}</h2>
      <p>
        {t('settings_credits_cedict')}{' '}
        <a href="https://cc-cedict.org/wiki/" target="_blank" rel="noopener noreferrer">
          CC-CEDICT
        </a>{' '}
        ·{' '}
        <a href="https://creativecommons.org/licenses/by-sa/4.0/" target="_blank" rel="noopener noreferrer">
          CC BY-SA 4.0
        </a>
      </p>
    </section>
  );
}
