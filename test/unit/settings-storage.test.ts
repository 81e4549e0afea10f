import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, Settings } from '../../lib/schema/settings';
import { defineSettingsItem, loadSettings, saveSettings, watchSettings } from '../../lib/platform/settings-store';
import { migrateV1ToV2, SETTINGS_VERSION } from '../../lib/settings/migrations';
import { invalidFields, isSiteDisabled, readSettings } from '../../lib/settings/read-settings';

const V1_SITES = ['https://www.Example.com/path', '*.example.org', ' example.net ', 'EXAMPLE.com', 'not a site', '', 'http://news.example.co.uk:8080/x?y#z'];
const V2_SITES = ['example.com', 'example.org', 'example.net', 'news.example.co.uk'];

const stored = async () => fakeBrowser.storage.local.get(['settings', 'settings$']);

describe('settings storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('has defaults that are what the schema reads from an empty object', () => {
    // DEFAULT_SETTINGS is written out rather than parsed at load (startup cost); the two must agree.
    expect(DEFAULT_SETTINGS).toEqual(Settings.parse({}));
    expect(Object.keys(DEFAULT_SETTINGS).sort()).toEqual(Object.keys(Settings.parse({})).sort());
  });

  it('is at version 2', () => {
    expect(SETTINGS_VERSION).toBe(2);
  });

  it('migrates v1 (stored without a version) to v2 through the storage item', async () => {
    await fakeBrowser.storage.local.set({ settings: { checkMode: 'auto', timeoutSeconds: 30, disabledSites: V1_SITES } });
    const item = defineSettingsItem();
    expect(await item.getValue()).toEqual({ checkMode: 'auto', timeoutSeconds: 30, disabledSites: V2_SITES });
    expect(await item.getMeta()).toEqual({ v: 2 });
    // Written back, so every other part of the extension reads the migrated value.
    expect(await stored()).toEqual({ settings: { checkMode: 'auto', timeoutSeconds: 30, disabledSites: V2_SITES }, settings$: { v: 2 } });
    const settings = await loadSettings();
    expect(settings.disabledSites).toEqual(V2_SITES);
    expect(settings.checkMode).toBe('auto');
    expect(settings.timeoutSeconds).toBe(30);
  });

  it('migrates a value marked v1 and leaves a v2 value alone', async () => {
    await fakeBrowser.storage.local.set({ settings: { disabledSites: ['WWW.Example.com/'] }, settings$: { v: 1 } });
    await defineSettingsItem().getValue();
    expect(await stored()).toEqual({ settings: { disabledSites: ['example.com'] }, settings$: { v: 2 } });

    fakeBrowser.reset();
    // Already v2: the migration must not run again.
    await fakeBrowser.storage.local.set({ settings: { disabledSites: ['example.com', 'odd entry'] }, settings$: { v: 2 } });
    await defineSettingsItem().getValue();
    expect((await stored()).settings).toEqual({ disabledSites: ['example.com', 'odd entry'] });
  });

  it('migration survives v1 values that are not what v1 wrote', async () => {
    expect(migrateV1ToV2(null)).toBeNull();
    expect(migrateV1ToV2('garbage')).toBe('garbage');
    expect(migrateV1ToV2({ disabledSites: 'example.com', badges: false })).toEqual({ disabledSites: 'example.com', badges: false });
    expect(migrateV1ToV2({ disabledSites: [1, null, 'Example.com'] })).toEqual({ disabledSites: ['example.com'] });
    // Idempotent: every extension page defines the item and may run it.
    const once = migrateV1ToV2({ disabledSites: V1_SITES });
    expect(migrateV1ToV2(once)).toEqual(once);
    await fakeBrowser.storage.local.set({ settings: [1, 2, 3] });
    await defineSettingsItem().getValue();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('a fresh install reads the defaults and saves at v2', async () => {
    const item = defineSettingsItem();
    expect(readSettings(await item.getValue())).toEqual(DEFAULT_SETTINGS);
    await item.setValue({ ...DEFAULT_SETTINGS, badges: false });
    expect(await stored()).toEqual({ settings: { ...DEFAULT_SETTINGS, badges: false }, settings$: { v: 2 } });
  });

  it('a corrupt stored field falls back to its default and keeps the rest', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        checkMode: 'sometimes',
        badges: false,
        badgeRoles: ['citation', 'bogus'],
        timeoutSeconds: 'slow',
        concurrency: 4,
        cacheHours: -5,
        summarySentences: 9,
        language: 'zh_CN',
        wayback: 'yes',
        disabledSites: ['example.com', 42, 'not a host', 'HTTPS://Example.org/x'],
      },
      settings$: { v: 2 },
    });
    await defineSettingsItem().getValue();
    const settings = await loadSettings();
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      badges: false,
      concurrency: 4,
      language: 'zh_CN',
      // Per entry: the good sites stay.
      disabledSites: ['example.com', 'example.org'],
    });
    expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/checkMode.*timeoutSeconds/));
  });

  it('names the invalid fields and treats a non-object as all defaults', () => {
    expect(invalidFields({ timeoutSeconds: 0, badges: true })).toEqual(['timeoutSeconds']);
    expect(invalidFields(undefined)).toEqual([]);
    expect(invalidFields('x')).toEqual(['(all)']);
    expect(readSettings('x')).toEqual(DEFAULT_SETTINGS);
    expect(readSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('defaults are fresh copies: changing one read does not change the next', () => {
    const a = readSettings({});
    a.badgeRoles.push('social');
    expect(readSettings({}).badgeRoles).toEqual(['citation']);
    expect(DEFAULT_SETTINGS.badgeRoles).toEqual(['citation']);
  });

  it('saves normalised values and tells watchers', async () => {
    const seen = vi.fn();
    const stop = watchSettings(seen);
    await saveSettings({ ...DEFAULT_SETTINGS, timeoutSeconds: 20, disabledSites: ['https://www.example.com/a', 'example.com'] });
    await vi.waitFor(() => expect(seen).toHaveBeenCalled());
    expect(seen.mock.lastCall?.[0]).toEqual({ ...DEFAULT_SETTINGS, timeoutSeconds: 20, disabledSites: ['example.com'] });
    expect((await stored()).settings).toMatchObject({ timeoutSeconds: 20, disabledSites: ['example.com'] });
    stop();
  });

  it('matches a disabled site and its subdomains, not look-alikes', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
    expect(isSiteDisabled(settings, 'https://example.com/a')).toBe(true);
    expect(isSiteDisabled(settings, 'https://www.example.com/a')).toBe(true);
    expect(isSiteDisabled(settings, 'https://news.example.com./a')).toBe(true);
    expect(isSiteDisabled(settings, 'https://notexample.com/a')).toBe(false);
    expect(isSiteDisabled(settings, 'https://example.com.evil.net/')).toBe(false);
    expect(isSiteDisabled(settings, 'not a url')).toBe(false);
  });
});
