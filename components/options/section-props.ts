import type { Settings, SettingKey } from '@/lib/schema/settings';

/** What every group of settings gets: the values, the problems per field, and a way to change them. */
export interface SectionProps {
  settings: Settings;
  errors: Partial<Record<SettingKey, string[]>>;
  onChange(patch: Partial<Settings>): void;
}
