import type { Settings, SettingKey } from '@/lib/schema/settings';
import { exportSettings } from '@/lib/settings/import-settings';
import { useI18n } from '../i18n-context';
import { BadgesFieldset } from './BadgesFieldset';
import { CacheFieldset } from './CacheFieldset';
import { CheckModeFieldset } from './CheckModeFieldset';
import { downloadText } from './download';
import { FetchingFieldset } from './FetchingFieldset';
import { ImportReview } from './ImportReview';
import { ImportSummary } from './ImportSummary';
import { LanguageFieldset } from './LanguageFieldset';
import { CreditsNote } from './CreditsNote';
import { PrivacyNote } from './PrivacyNote';
import { problemsByField } from './problem-text';
import { ReadingFieldset } from './ReadingFieldset';
import { SitesFieldset } from './SitesFieldset';
import { TransferSection } from './TransferSection';
import type { CacheState } from './use-cache-stats';
import { useImport } from './use-import';
import type { SaveStatus } from './use-settings';

export interface SettingsFormProps {
  settings: Settings;
  saveStatus: SaveStatus;
  cache: CacheState;
  onChange(patch: Partial<Settings>): void;
  /** Replaces every setting (a valid import, once the reader confirms it). */
  onReplace(settings: Settings): unknown;
  onClearCache(): void;
  /** Hands the exported file to the reader; a download unless a test says otherwise. */
  onExport?(fileName: string, text: string): void;
}

/** The settings page: every setting, saved as it changes, plus what leaves the browser and import/export. */
export function SettingsForm({ settings, saveStatus, cache, onChange, onReplace, onClearCache, onExport = downloadText }: SettingsFormProps) {
  const { t } = useI18n();
  const imported = useImport(settings, onReplace);
  const errors = problemsByField(t, imported.fieldProblems);
  const change = (patch: Partial<Settings>) => {
    imported.dismiss(Object.keys(patch) as SettingKey[]);
    onChange(patch);
  };
  const section = { settings, errors, onChange: change };

  return (
    <main class="options">
      <header class="options-header">
        <h1>{t('settings_title')}</h1>
        <p role="status" class="status" data-testid="saved-status">
          {saveStatus.kind === 'saved' ? t('settings_saved') : saveStatus.kind === 'error' ? t('settings_saveFailed', { message: saveStatus.message }) : ''}
        </p>
      </header>
      <p class="intro">{t('settings_intro')}</p>
      <ImportSummary state={imported.state} />
      <form onSubmit={(e) => e.preventDefault()} noValidate>
        <CheckModeFieldset {...section} />
        <BadgesFieldset {...section} />
        <SitesFieldset {...section} />
        <FetchingFieldset {...section} />
        <ReadingFieldset {...section} />
        <CacheFieldset {...section} cache={cache} onClearCache={onClearCache} />
        <LanguageFieldset {...section} />
      </form>
      <PrivacyNote />
      <CreditsNote />
      <TransferSection
        importState={imported.state}
        onImport={(file) => void imported.importFile(file)}
        onExport={() => onExport(`source-lens-settings-${new Date().toISOString().slice(0, 10)}.json`, exportSettings(settings))}
      >
        {imported.state.kind === 'review' && imported.plan && (
          <ImportReview
            file={imported.state.file}
            mode={imported.state.mode}
            plan={imported.plan}
            onMode={imported.setMode}
            onConfirm={() => void imported.confirm()}
            onCancel={imported.cancel}
          />
        )}
      </TransferSection>
    </main>
  );
}
