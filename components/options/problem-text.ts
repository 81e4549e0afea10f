import type { MessageKey } from '@/lib/i18n/en';
import type { Translate } from '@/lib/i18n/translate';
import type { SettingKey } from '@/lib/schema/settings';
import { SourceRole } from '@/lib/schema/source';
import type { ImportProblem } from '@/lib/settings/import-settings';
import { PAGE_ROLES } from './roles';

/** Each setting's name as the page labels it, for the import summary. */
export const FIELD_LABEL: Record<SettingKey, MessageKey> = {
  checkMode: 'settings.checkMode.legend',
  badges: 'settings.badges.label',
  badgeRoles: 'settings.badgeRoles.legend',
  disabledSites: 'settings.disabledSites.label',
  concurrency: 'settings.concurrency.label',
  perHostConcurrency: 'settings.perHostConcurrency.label',
  timeoutSeconds: 'settings.timeoutSeconds.label',
  maxBodyMegabytes: 'settings.maxBodyMegabytes.label',
  cacheHours: 'settings.cacheHours.label',
  cacheMaxEntries: 'settings.cacheMaxEntries.label',
  summarySentences: 'settings.summarySentences.label',
  wayback: 'settings.wayback.label',
  allowPrivateNetwork: 'settings.allowPrivateNetwork.label',
  onDeviceTranslation: 'settings.onDeviceTranslation.label',
  language: 'settings.language.label',
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
      return t(`settings.problem.${problem.code}`);
    case 'newerVersion':
      return t('settings.problem.newerVersion', { version: problem.version });
    case 'unknownKey':
      return t('settings.problem.unknownKey', { key: problem.key });
    case 'type':
      return t('settings.problem.type', { expected: t(`settings.kind.${problem.expected}`), found: t(`settings.kind.${problem.found}`) });
    case 'range':
      return t(problem.integer ? 'settings.problem.rangeInteger' : 'settings.problem.range', { min: problem.min, max: problem.max });
    case 'option':
      return t('settings.problem.option', { value: problem.value, options: problem.options.join(', ') });
    case 'unknownRole':
      return t('settings.problem.unknownRole', { value: problem.value, roles: SourceRole.options.join(', ') });
    case 'notHost':
      return t('settings.problem.notHost', { value: problem.value });
    case 'tooMany':
      return t('settings.problem.tooMany', { max: problem.max });
  }
}

/** Problems grouped by the setting they belong to, as text. */
export function problemsByField(t: Translate, problems: readonly ImportProblem[]): Partial<Record<SettingKey, string[]>> {
  const byField: Partial<Record<SettingKey, string[]>> = {};
  for (const p of problems) if (p.field) (byField[p.field] ??= []).push(problemText(t, p));
  return byField;
}
