import { LOCALES } from '../i18n/locales';
import { z } from 'zod/mini';
import { isHostName, MAX_SITES, normaliseSiteList } from '../settings/host-name';
import { SourceRole } from './source-role';

/**
 * What each setting may hold. Two schemas are built from this one list: the
 * lenient `Settings` for stored values and the strict `StrictSettings` for imported files
 * (lib/schema/strict-settings.ts). zod/mini: the page script reads the settings, and mini costs
 * it a fraction of classic zod's load (lib/messaging/page-protocol.ts).
 */
export const SettingFields = {
  /** 'popup': check only when the reader opens the popup; 'auto': on every article page. */
  checkMode: z.enum(['popup', 'auto']),
  badges: z.boolean(),
  /** The roles of the links that get an inline badge. */
  badgeRoles: z.array(SourceRole),
  /** Host names (and their subdomains) where Source Lens never runs; since v2 normalised ("example.com"). */
  disabledSites: z.array(z.string().check(z.refine(isHostName, { params: { reason: 'notHost' } }))).check(z.maxLength(MAX_SITES)),
  concurrency: z.int().check(z.minimum(1), z.maximum(16)),
  perHostConcurrency: z.int().check(z.minimum(1), z.maximum(8)),
  timeoutSeconds: z.int().check(z.minimum(2), z.maximum(120)),
  maxBodyMegabytes: z.number().check(z.minimum(0.25), z.maximum(20)),
  cacheHours: z.number().check(z.minimum(0), z.maximum(24 * 90)),
  cacheMaxEntries: z.int().check(z.minimum(10), z.maximum(5000)),
  summarySentences: z.int().check(z.minimum(3), z.maximum(5)),
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

type WithFallbacks = { [K in SettingKey]: z.ZodMiniCatch<Fields[K]> };

function withFallbacks(): WithFallbacks {
  // A fresh copy per parse, so no caller can mutate a shared default array.
  const entries = SETTING_KEYS.map((key) => {
    const field: z.ZodMiniType = SettingFields[key];
    return [key, z.catch(field, () => structuredClone(DEFAULTS[key]))];
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
  disabledSites: z.catch(
    z.pipe(
      z.array(z.unknown()),
      z.transform((list: unknown[]) => normaliseSiteList(list).hosts),
    ),
    () => [],
  ),
});
export type Settings = z.infer<typeof Settings>;

// What Settings.parse({}) gives (a test holds them equal), without parsing at load: the first parse of
// an object schema costs zod a compile, and every script that imports this would pay it at startup.
export const DEFAULT_SETTINGS: Settings = structuredClone(DEFAULTS);

export type NumberSettingKey = {
  [K in SettingKey]: Fields[K] extends z.ZodMiniNumber<number> ? K : never;
}[SettingKey];

/** A number setting's bounds and step, for form controls and error messages. */
export function numberLimits(key: NumberSettingKey): { min: number; max: number; integer: boolean } {
  // Read from the schema's own checks, so the form, the import and the CLI share its bounds.
  const def = SettingFields[key]._zod.def as { format?: string; checks?: { _zod: { def: { check: string; value?: unknown } } }[] };
  const bound = (check: string) => def.checks?.map((c) => c._zod.def).find((d) => d.check === check)?.value as number | undefined;
  return { min: bound('greater_than') ?? 0, max: bound('less_than') ?? Number.MAX_SAFE_INTEGER, integer: def.format === 'safeint' };
}
