import { useEffect, useState } from 'preact/hooks';
import { numberLimits, SettingFields, type NumberSettingKey, type SettingKey } from '@/lib/schema/settings';
import type { MessageKey } from '@/lib/i18n/en';
import { useI18n } from '../i18n-context';
import { problemText } from './problem-text';

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

interface CheckboxProps {
  field: 'badges' | 'wayback' | 'allowPrivateNetwork';
  label: MessageKey;
  hint?: MessageKey;
  checked: boolean;
  errors: readonly string[] | undefined;
  onChange(value: boolean): void;
}

export function CheckboxField({ field, label, hint, checked, errors, onChange }: CheckboxProps) {
  const { t } = useI18n();
  const invalid = !!errors?.length;
  return (
    <div class="field field-check">
      <input
        type="checkbox"
        id={`setting-${field}`}
        checked={checked}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(hint && hintId(field), invalid && errorId(field))}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <div>
        <label for={`setting-${field}`}>{t(label)}</label>
        {hint && <Hint field={field} text={t(hint)} />}
        <FieldError field={field} messages={errors} />
      </div>
    </div>
  );
}

interface NumberProps {
  field: NumberSettingKey;
  label: MessageKey;
  hint?: MessageKey;
  value: number;
  /** Problems from an import, shown with the field's own. */
  errors: readonly string[] | undefined;
  onChange(value: number): void;
}

/**
 * A number setting. Saved on every keystroke that gives a valid value; an
 * invalid one is shown as an error and not saved, so the stored value stays valid.
 */
export function NumberField({ field, label, hint, value, errors, onChange }: NumberProps) {
  const { t } = useI18n();
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
      if (parsed.data !== value) onChange(parsed.data);
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
        {t('settings.range', { min: limits.min, max: limits.max })}
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
