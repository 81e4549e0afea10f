import { keyOf } from '@/lib/i18n/translate';
import { useI18n } from '../i18n-context';
import { describedBy, errorId, FieldError, hintId } from './fields';
import type { SectionProps } from './section-props';

const MODES = ['popup', 'auto'] as const;

export function CheckModeFieldset({ settings, errors, onChange }: SectionProps) {
  const { t } = useI18n();
  const invalid = !!errors.checkMode?.length;
  return (
    <fieldset aria-describedby={describedBy(hintId('checkMode'), invalid && errorId('checkMode'))}>
      <legend>{t('settings_checkMode_legend')}</legend>
      <FieldError field="checkMode" messages={errors.checkMode} />
      {MODES.map((mode) => (
        <div class="field field-check" key={mode}>
          <input
            type="radio"
            name="checkMode"
            id={`setting-checkMode-${mode}`}
            value={mode}
            checked={settings.checkMode === mode}
            aria-invalid={invalid || undefined}
            onChange={() => onChange({ checkMode: mode })}
          />
          <label for={`setting-checkMode-${mode}`}>{t(keyOf('settings_checkMode', mode))}</label>
        </div>
      ))}
      <p class="hint" id={hintId('checkMode')}>
        {t('settings_checkMode_hint')}
      </p>
    </fieldset>
  );
}
