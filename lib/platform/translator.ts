/**
 * The browser's on-device Translator API (Chrome 138+ on desktop), where it is
 * exposed: window contexts such as the popup — not the extension's service
 * worker, whose global has no `Translator`. Feature-detected, never required;
 * a model download starts only from a reader's click with the setting on.
 */

export type TranslatorState = 'absent' | 'unavailable' | 'needs-download' | 'ready';

interface TranslatorInstance {
  translate(text: string): Promise<string>;
  destroy?(): void;
}

/** The part of the API Source Lens uses (see the Translator API explainer). */
export interface TranslatorApi {
  availability(options: { sourceLanguage: string; targetLanguage: string }): Promise<'unavailable' | 'downloadable' | 'downloading' | 'available'>;
  create(options: { sourceLanguage: string; targetLanguage: string }): Promise<TranslatorInstance>;
}

/** The API in this context, or null (Firefox, Chrome before 138, workers). */
export function translatorApi(scope: object = globalThis): TranslatorApi | null {
  const api = (scope as { Translator?: unknown }).Translator;
  return api && typeof (api as TranslatorApi).availability === 'function' && typeof (api as TranslatorApi).create === 'function' ? (api as TranslatorApi) : null;
}

/** Whether `from` → `to` can be translated now, after a download, or not at all here. */
export async function translatorState(api: TranslatorApi | null, from: string, to: string): Promise<TranslatorState> {
  if (!api) return 'absent';
  try {
    const a = await api.availability({ sourceLanguage: from, targetLanguage: to });
    return a === 'available' ? 'ready' : a === 'unavailable' ? 'unavailable' : 'needs-download';
  } catch {
    return 'unavailable';
  }
}

/**
 * Translates texts one by one. With a model still to download, only when the
 * reader allowed downloads (the setting) — call it from their click, which the
 * browser requires for a download.
 */
export async function translateAll(api: TranslatorApi | null, texts: readonly string[], from: string, to: string, allowDownload: boolean): Promise<string[]> {
  const state = await translatorState(api, from, to);
  if (state === 'absent' || state === 'unavailable') throw new Error(`the browser cannot translate ${from} into ${to} here`);
  if (state === 'needs-download' && !allowDownload) throw new Error('the translation model is not downloaded, and downloads are off');
  const translator = await api!.create({ sourceLanguage: from, targetLanguage: to });
  try {
    const out: string[] = [];
    for (const t of texts) out.push(await translator.translate(t));
    return out;
  } finally {
    translator.destroy?.();
  }
}
