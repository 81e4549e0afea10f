import { Settings } from '../schema/settings';
import { normaliseHost } from './host-name';

/**
 * Stored settings → valid settings. Each field falls back to its default on
 * its own, so one corrupt value never resets the rest; non-objects give the defaults.
 */
export function readSettings(raw: unknown): Settings {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return Settings.parse({});
  return Settings.parse(raw);
}

/** The fields whose stored value was invalid and replaced by the default, for logging. */
export function invalidFields(raw: unknown): string[] {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw === null || raw === undefined ? [] : ['(all)'];
  const record = raw as Record<string, unknown>;
  const clean = readSettings(raw) as Record<string, unknown>;
  return Object.keys(Settings.shape).filter((k) => k in record && JSON.stringify(record[k]) !== JSON.stringify(clean[k]));
}

/** Sites are matched as host names and their subdomains. */
export function isSiteDisabled(settings: Settings, url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return false;
  }
  return settings.disabledSites.some((site) => {
    // Stored entries are normalised since v2; normalising again costs little and forgives hand-edited storage.
    const s = normaliseHost(site);
    return !!s && (host === s || host.endsWith(`.${s}`));
  });
}
