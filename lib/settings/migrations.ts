import { normaliseSiteList } from './host-name';

/**
 * The stored settings' shape version. v1 shipped first; v2 stores disabled
 * sites as normalised host names. Bump it with a migration whenever the stored shape changes.
 */
export const SETTINGS_VERSION = 2;

type Stored = Record<string, unknown>;

const isRecord = (value: unknown): value is Stored => !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * v1 → v2: v1 took any text as a site ("https://www.Example.com/path",
 * "*.example.org", " example.net "); v2 keeps each entry's host name
 * ("example.com"), drops entries that name no host and duplicates. Anything
 * else is left alone: the lenient read repairs it field by field.
 */
export function migrateV1ToV2(value: unknown): unknown {
  if (!isRecord(value) || !Array.isArray(value.disabledSites)) return value;
  return { ...value, disabledSites: normaliseSiteList(value.disabledSites).hosts };
}

/** Keyed by the version each migration produces, as WXT storage expects. Each must be idempotent: every extension page may run it. */
export const settingsMigrations: Record<number, (value: any) => unknown> = {
  2: migrateV1ToV2,
};

/** Brings a value stored (or exported) at `fromVersion` up to SETTINGS_VERSION. */
export function migrateSettings(value: unknown, fromVersion: number): unknown {
  let migrated = value;
  for (let v = fromVersion + 1; v <= SETTINGS_VERSION; v++) migrated = settingsMigrations[v]?.(migrated) ?? migrated;
  return migrated;
}
