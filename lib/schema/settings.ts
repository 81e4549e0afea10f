import { LOCALES } from '../i18n/locales';
import { z } from 'zod';
import { isHostName, MAX_SITES, normaliseHost, normaliseSiteList } from '../settings/host-name';
import { SourceRole } from './source-role';

/**
 * What each setting may hold. Two schemas are built from this one list: the
 * lenient `Settings` for stored values and the strict `StrictSettings` for imported files.
 */
export const SettingFields = {
  /** 'popup': check only when the reader opens the popup; 'auto': on every article page. */
  checkMode: z.enum(['popup', 'auto']),
  badges: z.boolean(),
  /** The roles of the links that get an inline badge. */
  badgeRoles: z.array(SourceRole),
  /** Host names (and their subdomains) where Source Lens never runs; since v2 normalised ("example.com"). */
  disabledSites: z.array(z.string().refine(isHostName, { params: { reason: 'notHost' } })).max(MAX_SITES),
  concurrency: z.number().int().min(1).max(16),
  perHostConcurrency: z.number().int().min(1).max(8),
  timeoutSeconds: z.number().int().min(2).max(120),
  maxBodyMegabytes: z.number().min(0.25).max(20),
  cacheHours: z.number().min(0).max(24 * 90),
  cacheMaxEntries: z.number().int().min(10).max(5000),
  summarySentences: z.number().int().min(3).max(5),
  /** Ask the Internet Archive for copies of dead sources. */
  wayback: z.boolean(),
  allowPrivateNetwork: z.boolean(),
  /**
   * Compare claims in another language through the browser's on-device translator (Chrome 138+),
   * which may download a language model: off until the reader turns it on.
   */
  onDeviceTranslation: z.boolean(),
  // Adding an interface language (lib/i18n/locales.ts) widens this enum: old stored values stay valid, no migration.
  language: z.enum(['auto', ...LOCALES]),
};
type Fields = typeof SettingFields;
export type SettingKey = keyof Fields;
export const SETTING_KEYS = Object.keys(SettingFields) as SettingKey[];

const DEFAULTS: { [K in SettingKey]: z.output<Fields[K]> } = {
  checkMode: 'popup',
  badges: true,
  badgeRoles: ['citation'],
  disabledSites: [],
  concurrency: 6,
  perHostConcurrency: 2,
  timeoutSeconds: 10,
  maxBodyMegabytes: 3,
  cacheHours: 24,
  cacheMaxEntries: 500,
  summarySentences: 3,
  wayback: true,
  allowPrivateNetwork: false,
  onDeviceTranslation: false,
  language: 'auto',
};

type WithFallbacks = { [K in SettingKey]: z.ZodCatch<Fields[K]> };

function withFallbacks(): WithFallbacks {
  // A fresh copy per parse, so no caller can mutate a shared default array.
  const entries = SETTING_KEYS.map((key) => {
    const field: z.ZodType = SettingFields[key];
    return [key, field.catch(() => structuredClone(DEFAULTS[key]))];
  });
  return Object.fromEntries(entries) as WithFallbacks;
}

/**
 * Stored settings. Each field carries its own `.catch`, so an invalid stored
 * value falls back to the default for that field and keeps the rest.
 */
export const Settings = z.object({
  ...withFallbacks(),
  // Per entry rather than per field: one bad entry must not turn Source Lens back on everywhere else.
  disabledSites: z
    .array(z.unknown())
    .transform((list) => normaliseSiteList(list).hosts)
    .catch(() => []),
});
export type Settings = z.infer<typeof Settings>;

// What Settings.parse({}) gives (a test holds them equal), without parsing at load: the first parse of
// an object schema costs zod a compile, and every script that imports this would pay it at startup.
export const DEFAULT_SETTINGS: Settings = structuredClone(DEFAULTS);

/** Sites as an imported file may write them: any form that names a host, normalised and deduplicated. */
const importedSites = z
  .array(z.string())
  .max(MAX_SITES)
  .transform((list) => list.map((entry) => normaliseHost(entry) ?? entry))
  .pipe(SettingFields.disabledSites)
  .transform((hosts) => [...new Set(hosts)]);

/**
 * An imported settings file, checked strictly: wrong types, out-of-range
 * numbers, unknown keys and unknown roles are errors. Missing fields take their defaults.
 */
export const StrictSettings = z
  .strictObject({
    ...SettingFields,
    badgeRoles: SettingFields.badgeRoles.transform((roles) => [...new Set(roles)]),
    disabledSites: importedSites,
  })
  .partial();

export type NumberSettingKey = {
  [K in SettingKey]: Fields[K] extends z.ZodNumber ? K : never;
}[SettingKey];

/** A number setting's bounds and step, for form controls and error messages. */
export function numberLimits(key: NumberSettingKey): { min: number; max: number; integer: boolean } {
  const schema: z.ZodNumber = SettingFields[key];
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER, integer: schema.isInt };
}
