import { useI18n } from '../i18n-context';
import { CheckboxField, NumberField } from './fields';
import type { SectionProps } from './section-props';

export function FetchingFieldset(section: SectionProps) {
  const { t } = useI18n();
  return (
    <fieldset>
      <legend>{t('settings_fetching_legend')}</legend>
      <div class="grid">
        <NumberField section={section} field="concurrency" />
        <NumberField section={section} field="perHostConcurrency" />
        <NumberField section={section} field="timeoutSeconds" />
        <NumberField section={section} field="maxBodyMegabytes" />
      </div>
      <CheckboxField section={section} field="allowPrivateNetwork" hint="settings_allowPrivateNetwork_hint" />
    </fieldset>
  );
}
