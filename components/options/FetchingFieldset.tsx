import { useI18n } from '../i18n-context';
import { CheckboxField, NumberField } from './fields';
import type { SectionProps } from './section-props';

export function FetchingFieldset({ settings, errors, onChange }: SectionProps) {
  const { t } = useI18n();
  return (
    <fieldset>
      <legend>{t('settings.fetching.legend')}</legend>
      <div class="grid">
        <NumberField
          field="concurrency"
          label="settings.concurrency.label"
          value={settings.concurrency}
          errors={errors.concurrency}
          onChange={(concurrency) => onChange({ concurrency })}
        />
        <NumberField
          field="perHostConcurrency"
          label="settings.perHostConcurrency.label"
          value={settings.perHostConcurrency}
          errors={errors.perHostConcurrency}
          onChange={(perHostConcurrency) => onChange({ perHostConcurrency })}
        />
        <NumberField
          field="timeoutSeconds"
          label="settings.timeoutSeconds.label"
          value={settings.timeoutSeconds}
          errors={errors.timeoutSeconds}
          onChange={(timeoutSeconds) => onChange({ timeoutSeconds })}
        />
        <NumberField
          field="maxBodyMegabytes"
          label="settings.maxBodyMegabytes.label"
          value={settings.maxBodyMegabytes}
          errors={errors.maxBodyMegabytes}
          onChange={(maxBodyMegabytes) => onChange({ maxBodyMegabytes })}
        />
      </div>
      <CheckboxField
        field="allowPrivateNetwork"
        label="settings.allowPrivateNetwork.label"
        hint="settings.allowPrivateNetwork.hint"
        checked={settings.allowPrivateNetwork}
        errors={errors.allowPrivateNetwork}
        onChange={(allowPrivateNetwork) => onChange({ allowPrivateNetwork })}
      />
    </fieldset>
  );
}
