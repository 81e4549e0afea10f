import { z } from 'zod';
import { MAX_SITES, normaliseHost } from '../settings/host-name';
import { SettingFields } from './settings';

// Classic zod: only the options page and the CLI check imported files; the field rules are the
// stored settings' own (lib/schema/settings.ts).

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
    badgeRoles: z.pipe(SettingFields.badgeRoles, z.transform((roles: z.output<typeof SettingFields.badgeRoles>) => [...new Set(roles)])),
    disabledSites: importedSites,
  })
  .partial();
