import { useEffect, useState } from 'preact/hooks';
import { numberLimits, SettingFields, type NumberSettingKey, type Settings, type SettingKey } from '@/lib/schema/settings';
import type { MessageKey } from '@/lib/i18n/translate';
import { useI18n } from '../i18n-context';
import { problemText } from './problem-text';
import type { SectionProps } from './section-props';

/**
 * A field is named once: its label, value, problems and change all follow from
 * the setting's key (labels are `settings.<key>.label`, checked by the type).
 */
interface FieldProps<K extends SettingKey> {
  section: SectionProps;
  field: K;
  hint?: MessageKey;
}

const labelOf = <K extends NumberSettingKey | CheckboxKey>(field: K) => `settings_${field}_label` as const satisfies MessageKey;

function change<K extends SettingKey>(section: SectionProps, field: K, value: Settings[K]): void {
  section.onChange({ [field]: value } as Partial<Settings>);
}

/** ids of a field's hint and error, joined for aria-describedby (undefined when neither is shown). */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter(Boolean);
  return list.length ? list.join(' ') : undefined;
}

export const errorId = (field: SettingKey) => `error-${field}`;
export const hintId = (field: SettingKey) => `hint-${field}`;

/** A field's problems, next to it; referenced by its control's aria-describedby. */
export function FieldError({ field, messages }: { field: SettingKey; messages: readonly string[] | undefined }) {
  if (!messages?.length) return null;
  return (
    <div class="field-error" id={errorId(field)} data-testid={`field-error-${field}`}>
      {messages.map((m, i) => (
        <p key={i}>{m}</p>
      ))}
    </div>
  );
}

export function Hint({ field, text }: { field: SettingKey; text: string }) {
  return (
    <p class="hint" id={hintId(field)}>
      {text}
    </p>
  );
}

type CheckboxKey = 'badges' | 'wayback' | 'allowPrivateNetwork' | 'onDeviceTranslation';

export function CheckboxField({ section, field, hint }: FieldProps<CheckboxKey>) {
  const { t } = useI18n();
  const checked = section.settings[field];
  const errors = section.errors[field];
  const label = labelOf(field);
  const invalid = !!errors?.length;
  return (
    <div class="field field-check">
      <input
        type="checkbox"
        id={`setting-${field}`}
        checked={checked}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(hint && hintId(field), invalid && errorId(field))}
        onChange={(e) => change(section, field, e.currentTarget.checked)}
      />
      <div>
        <label for={`setting-${field}`}>{t(label)}</label>
        {hint && <Hint field={field} text={t(hint)} />}
        <FieldError field={field} messages={errors} />
      </div>
    </div>
  );
}

/**
 * A number setting. Saved on every keystroke that gives a valid value; an
 * invalid one is shown as an error and not saved, so the stored value stays valid.
 * Problems from an import are shown with the field's own.
 */
export function NumberField({ section, field, hint }: FieldProps<NumberSettingKey>) {
  const { t } = useI18n();
  const value = section.settings[field];
  const errors = section.errors[field];
  const label = labelOf(field);
  const limits = numberLimits(field);
  const [draft, setDraft] = useState(String(value));
  const [ownError, setOwnError] = useState<string | null>(null);

  // A change from elsewhere (an import, another tab) replaces what is shown, unless it is what was typed.
  useEffect(() => {
    if (Number(draft) !== value || draft.trim() === '') {
      setDraft(String(value));
      setOwnError(null);
    }
  }, [value]);

  const onInput = (text: string) => {
    setDraft(text);
    const parsed = SettingFields[field].safeParse(text.trim() === '' ? NaN : Number(text));
    if (parsed.success) {
      setOwnError(null);
      if (parsed.data !== value) change(section, field, parsed.data);
    } else {
      setOwnError(problemText(t, { field, code: 'range', ...limits }));
    }
  };

  const messages = [...(errors ?? []), ...(ownError ? [ownError] : [])];
  const invalid = messages.length > 0;
  const id = `setting-${field}`;
  return (
    <div class="field">
      <label for={id}>{t(label)}</label>
      <p class="hint" id={hintId(field)}>
        {hint ? `${t(hint)} ` : ''}
        {t('settings_range', { min: limits.min, max: limits.max })}
      </p>
      <input
        type="number"
        id={id}
        class="number"
        min={limits.min}
        max={limits.max}
        step={limits.integer ? 1 : 'any'}
        inputMode={limits.integer ? 'numeric' : 'decimal'}
        value={draft}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(hintId(field), invalid && errorId(field))}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <FieldError field={field} messages={messages} />
    </div>
  );
}
