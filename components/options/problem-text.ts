import { keyOf } from '@/lib/i18n/translate';
import type { MessageKey } from '@/lib/i18n/translate';
import type { Translate } from '@/lib/i18n/translate';
import type { SettingKey } from '@/lib/schema/settings';
import { SourceRole } from '@/lib/schema/source';
import type { ImportProblem } from '@/lib/settings/import-settings';
import { PAGE_ROLES } from './roles';

/** Each setting's name as the page labels it, for the import summary. */
export const FIELD_LABEL: Record<SettingKey, MessageKey> = {
  checkMode: 'settings_checkMode_legend',
  badges: 'settings_badges_label',
  badgeRoles: 'settings_badgeRoles_legend',
  disabledSites: 'settings_disabledSites_label',
  concurrency: 'settings_concurrency_label',
  perHostConcurrency: 'settings_perHostConcurrency_label',
  timeoutSeconds: 'settings_timeoutSeconds_label',
  maxBodyMegabytes: 'settings_maxBodyMegabytes_label',
  cacheHours: 'settings_cacheHours_label',
  cacheMaxEntries: 'settings_cacheMaxEntries_label',
  summarySentences: 'settings_summarySentences_label',
  wayback: 'settings_wayback_label',
  allowPrivateNetwork: 'settings_allowPrivateNetwork_label',
  onDeviceTranslation: 'settings_onDeviceTranslation_label',
  language: 'settings_language_label',
};

/** The control to focus for a setting (the first of a group). */
export function controlId(field: SettingKey): string {
  if (field === 'checkMode') return 'setting-checkMode-popup';
  if (field === 'badgeRoles') return `setting-badgeRoles-${PAGE_ROLES[0]}`;
  return `setting-${field}`;
}

/** A problem with an imported file (or a typed value) in the reader's language. */
export function problemText(t: Translate, problem: ImportProblem): string {
  switch (problem.code) {
    case 'notJson':
    case 'notObject':
    case 'notOurs':
    case 'tooLarge':
    case 'invalid':
      return t(keyOf('settings_problem', problem.code));
    case 'newerVersion':
      return t('settings_problem_newerVersion', { version: problem.version });
    case 'unknownKey':
      return t('settings_problem_unknownKey', { key: problem.key });
    case 'type':
      return t('settings_problem_type', { expected: t(keyOf('settings_kind', problem.expected)), found: t(keyOf('settings_kind', problem.found)) });
    case 'range':
      return t(problem.integer ? 'settings_problem_rangeInteger' : 'settings_problem_range', { min: problem.min, max: problem.max });
    case 'option':
      return t('settings_problem_option', { value: problem.value, options: problem.options.join(', ') });
    case 'unknownRole':
      return t('settings_problem_unknownRole', { value: problem.value, roles: SourceRole.options.join(', ') });
    case 'notHost':
      return t('settings_problem_notHost', { value: problem.value });
    case 'tooMany':
      return t('settings_problem_tooMany', { max: problem.max });
  }
}

/** Problems grouped by the setting they belong to, as text. */
export function problemsByField(t: Translate, problems: readonly ImportProblem[]): Partial<Record<SettingKey, string[]>> {
  const byField: Partial<Record<SettingKey, string[]>> = {};
  for (const p of problems) if (p.field) (byField[p.field] ??= []).push(problemText(t, p));
  return byField;
}
