import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n-context';
import type { ImportState } from './use-import';

interface Props {
  importState: ImportState;
  /** The review of a valid file, shown under the file picker. */
  children?: ComponentChildren;
  onExport(): void;
  onImport(file: File): void;
}

/** Export to a JSON file and import from one. */
export function TransferSection({ importState, onExport, onImport, children }: Props) {
  const { t } = useI18n();
  const failed = importState.kind === 'failed' || importState.kind === 'unreadable';
  return (
    <section class="transfer" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{t('settings_transfer_heading')}</h2>
      <div class="field">
        <button type="button" id="settings-export" class="button" aria-describedby="export-hint" onClick={onExport}>
          {t('settings_export_button')}
        </button>
        <p class="hint" id="export-hint">
          {t('settings_export_hint')}
        </p>
      </div>
      <div class="field">
        <label for="settings-import">{t('settings_import_label')}</label>
        <p class="hint" id="import-hint">
          {t('settings_import_hint')}
        </p>
        <input
          type="file"
          id="settings-import"
          accept=".json,application/json"
          aria-invalid={failed || undefined}
          aria-describedby={failed ? 'import-hint import-errors' : 'import-hint'}
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (file) onImport(file);
            // So choosing the same file again, after fixing it, imports it again.
            input.value = '';
          }}
        />
      </div>
      {children}
      <p role="status" class="status" data-testid="import-status">
        {importState.kind === 'done'
          ? importState.changed === 0
            ? t('settings_import_doneNone', { file: importState.file })
            : t('settings_import_done', { file: importState.file, count: importState.changed })
          : importState.kind === 'cancelled'
            ? t('settings_import_cancelled', { file: importState.file })
            : ''}
      </p>
    </section>
  );
}
