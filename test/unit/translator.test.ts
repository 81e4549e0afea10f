import { describe, expect, it } from 'vitest';
import { translateAll, translatorApi, translatorState, type TranslatorApi } from '../../lib/platform/translator';

/** A stand-in for Chrome's Translator API: a phrase table, a model state, and a record of what was asked. */
function fakeTranslator(availability: 'unavailable' | 'downloadable' | 'downloading' | 'available', table: Record<string, string> = {}) {
  const log = { created: 0, destroyed: 0 };
  const api: TranslatorApi = {
    async availability() {
      return availability;
    },
    async create() {
      log.created++;
      return { translate: async (text: string) => table[text] ?? `[untranslated] ${text}`, destroy: () => void log.destroyed++ };
    },
  };
  return { api, log };
}

describe('the browser’s on-device translator', () => {
  it('is found only where the global exposes it (absent in Node, Firefox, the service worker)', () => {
    expect(translatorApi({})).toBeNull();
    expect(translatorApi({ Translator: {} })).toBeNull();
    const { api } = fakeTranslator('available');
    expect(translatorApi({ Translator: api })).toBe(api);
    expect(translatorApi()).toBeNull();
  });

  it('says whether a pair is ready, needs a download or cannot be translated', async () => {
    expect(await translatorState(null, 'zh', 'en')).toBe('absent');
    expect(await translatorState(fakeTranslator('available').api, 'zh', 'en')).toBe('ready');
    expect(await translatorState(fakeTranslator('downloadable').api, 'zh', 'en')).toBe('needs-download');
    expect(await translatorState(fakeTranslator('unavailable').api, 'zh', 'en')).toBe('unavailable');
  });

  it('translates each text in order, and never starts a download the reader did not allow', async () => {
    const ready = fakeTranslator('available', { 甲: 'first', 乙: 'second' });
    expect(await translateAll(ready.api, ['甲', '乙'], 'zh', 'en', false)).toEqual(['first', 'second']);
    expect(ready.log).toEqual({ created: 1, destroyed: 1 });
    const needsModel = fakeTranslator('downloadable', { 甲: 'first' });
    await expect(translateAll(needsModel.api, ['甲'], 'zh', 'en', false)).rejects.toThrow(/downloads are off/);
    expect(needsModel.log.created).toBe(0);
    expect(await translateAll(needsModel.api, ['甲'], 'zh', 'en', true)).toEqual(['first']);
    await expect(translateAll(fakeTranslator('unavailable').api, ['甲'], 'zh', 'ja', true)).rejects.toThrow(/cannot translate zh into ja/);
  });
});
