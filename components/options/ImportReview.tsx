import { keyOf } from '@/lib/i18n/translate';
import { useEffect, useRef } from 'preact/hooks';
import type { Translate } from '@/lib/i18n/translate';
import type { Settings, SettingKey } from '@/lib/schema/settings';
import type { ImportMode, ImportPlan, Widening } from '@/lib/settings/import-plan';
import { useI18n } from '../i18n-context';
import { FIELD_LABEL } from './problem-text';

interface Props {
  file: string;
  mode: ImportMode;
  plan: ImportPlan;
  onMode(mode: ImportMode): void;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * A valid settings file, before anything is saved: each setting it would
 * change (now → after), what it would let Source Lens fetch that it does not
 * now, and a choice for the settings it leaves out. Nothing changes until Apply.
 */
export function ImportReview({ file, mode, plan, onMode, onConfirm, onCancel }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLElement>(null);
  // Keyboard and screen-reader users land on the review, which appeared far from the file picker's label.
  useEffect(() => ref.current?.focus(), [file]);
  const widens = plan.widenings.length > 0;

  return (
    <section class="import-review" data-testid="import-review" aria-labelledby="import-review-heading" aria-describedby={widens ? 'import-widenings' : undefined} tabIndex={-1} ref={ref}>
      <h3 id="import-review-heading">{t('settings_import_reviewHeading', { file })}</h3>
      {widens && (
        <div class="import-widenings" id="import-widenings" data-testid="import-widenings">
          <p>
            <strong>{t('settings_import_widenHeading')}</strong>
          </p>
          <ul>
            {plan.widenings.map((w) => (
              <li key={w.kind} data-kind={w.kind}>
                {wideningText(t, w)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {plan.changes.length ? (
        <table class="import-diff" data-testid="import-diff">
          <thead>
            <tr>
              <th scope="col">{t('settings_import_colSetting')}</th>
              <th scope="col">{t('settings_import_colNow')}</th>
              <th scope="col">{t('settings_import_colAfter')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.changes.map((c) => (
              <tr key={c.key} data-key={c.key}>
                <th scope="row">{t(FIELD_LABEL[c.key])}</th>
                <td>{valueText(t, c.key, c.from)}</td>
                <td>{valueText(t, c.key, c.to)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p data-testid="import-no-changes">{t('settings_import_noChanges')}</p>
      )}
      <fieldset class="nested">
        <legend>{t('settings_import_modeLegend')}</legend>
        {(['merge', 'replace'] as const).map((m) => (
          <div class="field-check" key={m}>
            <input type="radio" name="import-mode" id={`import-mode-${m}`} value={m} checked={mode === m} onChange={() => onMode(m)} />
            <label for={`import-mode-${m}`}>{t(m === 'merge' ? 'settings_import_modeMerge' : 'settings_import_modeReplace')}</label>
          </div>
        ))}
      </fieldset>
      <div class="import-actions">
        <button type="button" class="button primary" id="import-apply" onClick={onConfirm} disabled={!plan.changes.length}>
          {t('settings_import_apply')}
        </button>
        <button type="button" class="button" id="import-cancel" onClick={onCancel}>
          {t('settings_import_cancel')}
        </button>
      </div>
    </section>
  );
}

function wideningText(t: Translate, w: Widening): string {
  if (w.kind === 'sitesReenabled') return t('settings_import_widen_sitesReenabled', { sites: listText(t, w.sites) });
  return t(keyOf('settings_import_widen', w.kind));
}

const SHOWN = 5;

function listText(t: Translate, items: readonly string[]): string {
  if (!items.length) return t('settings_value_none');
  const list = items.slice(0, SHOWN).join(t('settings_listSeparator'));
  return items.length > SHOWN ? t('settings_value_more', { list, count: items.length - SHOWN }) : list;
}

/** A setting's value as the settings page words it. */
function valueText<K extends SettingKey>(t: Translate, key: K, value: Settings[K]): string {
  switch (key) {
    case 'checkMode':
      return t(keyOf('settings_checkMode', value as Settings['checkMode']));
    case 'language':
      return t(keyOf('settings_language', value as Settings['language']));
    case 'badgeRoles':
      return listText(
        t,
        (value as Settings['badgeRoles']).map((role) => t(keyOf('role', role))),
      );
    case 'disabledSites':
      return listText(t, value as string[]);
    default:
      if (typeof value === 'boolean') return t(value ? 'settings_value_on' : 'settings_value_off');
      return String(value);
  }
}
