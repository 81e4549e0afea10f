import { numberLimits } from '@/lib/schema/settings';
import { useI18n } from '../i18n-context';
import { CheckboxField, describedBy, errorId, FieldError } from './fields';
import type { SectionProps } from './section-props';

const { min, max } = numberLimits('summarySentences');
const SENTENCE_COUNTS = Array.from({ length: max - min + 1 }, (_, i) => min + i);

export function ReadingFieldset(section: SectionProps) {
  const { settings, errors, onChange } = section;
  const { t } = useI18n();
  const invalid = !!errors.summarySentences?.length;
  return (
    <fieldset>
      <legend>{t('settings_reading_legend')}</legend>
      <div class="field">
        <label for="setting-summarySentences">{t('settings_summarySentences_label')}</label>
        <select
          id="setting-summarySentences"
          value={String(settings.summarySentences)}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy(invalid && errorId('summarySentences'))}
          onChange={(e) => onChange({ summarySentences: Number(e.currentTarget.value) })}
        >
          {SENTENCE_COUNTS.map((count) => (
            <option key={count} value={String(count)}>
              {t('settings_summarySentences_option', { count })}
            </option>
          ))}
        </select>
        <FieldError field="summarySentences" messages={errors.summarySentences} />
      </div>
      <CheckboxField section={section} field="wayback" hint="settings_wayback_hint" />
      <CheckboxField section={section} field="onDeviceTranslation" hint="settings_onDeviceTranslation_hint" />
    </fieldset>
  );
}
