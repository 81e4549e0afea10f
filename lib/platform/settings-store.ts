import { storage } from 'wxt/utils/storage';
import type { Settings } from '../schema/settings';
import { DEFAULT_SETTINGS } from '../schema/settings';
import { SETTINGS_VERSION, settingsMigrations } from '../settings/migrations';
import { invalidFields, readSettings } from '../settings/read-settings';

/**
 * The one stored settings object, versioned: WXT runs the migrations in
 * lib/settings/migrations.ts when a page of the extension first defines it.
 * The value type is loose on purpose: every read goes through the lenient
 * schema, so corrupt values fall back per field.
 */
export function defineSettingsItem() {
  return storage.defineItem<Record<string, unknown>>('local:settings', {
    fallback: { ...DEFAULT_SETTINGS },
    version: SETTINGS_VERSION,
    migrations: settingsMigrations,
  });
}

export const settingsItem = defineSettingsItem();

export async function loadSettings(): Promise<Settings> {
  const raw = await settingsItem.getValue().catch(() => null);
  const bad = invalidFields(raw);
  if (bad.length) console.warn(`[Source Lens] settings: invalid stored value for ${bad.join(', ')}; using the default`);
  return readSettings(raw);
}

/** Stores settings (after the lenient parse, so what is stored is always valid v2). */
export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue({ ...readSettings(settings) });
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => callback(readSettings(raw)));
}
