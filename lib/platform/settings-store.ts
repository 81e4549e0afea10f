import { storage } from 'wxt/utils/storage';
import type { Settings } from '../schema/settings';
import { DEFAULT_SETTINGS } from '../schema/settings';
import { invalidFields, readSettings } from '../settings/read-settings';

/**
 * The one stored settings object. Versioned, so later releases can migrate it;
 * every read goes through the schema, so corrupt values fall back per field.
 */
export const settingsItem = storage.defineItem<Record<string, unknown>>('local:settings', {
  fallback: { ...DEFAULT_SETTINGS },
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  const raw = await settingsItem.getValue().catch(() => null);
  const bad = invalidFields(raw);
  if (bad.length) console.warn(`[Source Lens] settings: invalid stored value for ${bad.join(', ')}; using the default`);
  return readSettings(raw);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue({ ...settings });
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => callback(readSettings(raw)));
}
