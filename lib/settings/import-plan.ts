import { DEFAULT_SETTINGS, SETTING_KEYS, Settings, type SettingKey } from '../schema/settings';

/**
 * What importing a file would do, shown to the reader before anything is saved.
 * 'merge' (the default): the settings the file names change, the rest keep their
 * values. 'replace': the settings the file leaves out go back to their defaults.
 */
export type ImportMode = 'merge' | 'replace';

export interface SettingChange<K extends SettingKey = SettingKey> {
  key: K;
  from: Settings[K];
  to: Settings[K];
}

/**
 * A change that widens what Source Lens fetches or where it runs; each is named
 * in the confirmation rather than lost among the rows.
 */
export type Widening =
  | { kind: 'privateNetwork' }
  | { kind: 'autoCheck' }
  | { kind: 'archive' }
  | { kind: 'onDeviceTranslation' }
  | { kind: 'sitesReenabled'; sites: string[] };

export interface ImportPlan {
  next: Settings;
  changes: SettingChange[];
  widenings: Widening[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function planImport(current: Settings, fields: Partial<Settings>, mode: ImportMode): ImportPlan {
  const base = mode === 'replace' ? DEFAULT_SETTINGS : current;
  // Through the stored-value schema, so what is applied is exactly what will be stored.
  const next = Settings.parse({ ...structuredClone(base), ...structuredClone(fields) });
  const changes = SETTING_KEYS.filter((key) => !same(current[key], next[key])).map((key) => ({ key, from: current[key], to: next[key] }) as SettingChange);
  return { next, changes, widenings: widenings(current, next) };
}

/** The ways `next` lets Source Lens fetch more, or run in more places, than `current`. */
export function widenings(current: Settings, next: Settings): Widening[] {
  const out: Widening[] = [];
  if (next.allowPrivateNetwork && !current.allowPrivateNetwork) out.push({ kind: 'privateNetwork' });
  if (next.checkMode === 'auto' && current.checkMode !== 'auto') out.push({ kind: 'autoCheck' });
  if (next.wayback && !current.wayback) out.push({ kind: 'archive' });
  if (next.onDeviceTranslation && !current.onDeviceTranslation) out.push({ kind: 'onDeviceTranslation' });
  // A site stays off while it or a parent domain is still listed.
  const stillOff = (site: string) => next.disabledSites.some((d) => site === d || site.endsWith(`.${d}`));
  const reenabled = current.disabledSites.filter((site) => !stillOff(site));
  if (reenabled.length) out.push({ kind: 'sitesReenabled', sites: reenabled });
  return out;
}
