import { keyOf, localeTag } from '@/lib/i18n/translate';
import { SettingFields } from '@/lib/schema/settings';
import { useI18n } from '../i18n-context';
import { describedBy, errorId, FieldError } from './fields';
import type { SectionProps } from './section-props';

export function LanguageFieldset({ settings, errors, onChange }: SectionProps) {
  const { t } = useI18n();
  const invalid = !!errors.language?.length;
  return (
    <fieldset>
      <legend>{t('settings_language_legend')}</legend>
      <div class="field">
        <label for="setting-language">{t('settings_language_label')}</label>
        <select
          id="setting-language"
          value={settings.language}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy(invalid && errorId('language'))}
          onChange={(e) => onChange({ language: SettingFields.language.parse(e.currentTarget.value) })}
        >
          {SettingFields.language.options.map((language) => (
            // Each language is named in itself, so a reader can find theirs whatever the page is in.
            <option key={language} value={language} lang={language === 'auto' ? undefined : localeTag(language)}>
              {t(keyOf('settings_language', language))}
            </option>
          ))}
        </select>
        <FieldError field="language" messages={errors.language} />
      </div>
    </fieldset>
  );
}
