/** The interface languages, named as the `_locales/` folders are (the extension platform's locale codes). */
export const LOCALES = ['en', 'zh_CN', 'zh_TW'] as const;
export type Locale = (typeof LOCALES)[number];

/** The BCP 47 tag of an interface language, for Intl and `lang` attributes ("zh_TW" → "zh-TW"). */
export const localeTag = (locale: Locale): string => locale.replace('_', '-');

/**
 * The interface language for a browser language: Traditional Chinese where the browser's language is
 * written in Traditional characters (zh-TW, zh-HK, zh-MO, zh-Hant…), Simplified for other Chinese
 * (zh-CN, zh-SG, zh), another interface language by its language subtag, else English. Intl.Locale's likely-subtags data decides the script.
 */
export function localeForLanguage(language: string): Locale {
  let tag: Intl.Locale;
  try {
    tag = new Intl.Locale(language.replace(/_/g, '-')).maximize();
  } catch {
    return 'en';
  }
  if (tag.language === 'zh') return tag.script === 'Hant' ? 'zh_TW' : 'zh_CN';
  // Any other interface language is named by its language subtag alone ("fr" for fr-CA).
  return (LOCALES as readonly string[]).includes(tag.language) ? (tag.language as Locale) : 'en';
}

/** The interface language: the reader's choice, or the browser's language when the setting says "auto". */
export function resolveLocale(setting: 'auto' | Locale, browserLanguage: string): Locale {
  return setting === 'auto' ? localeForLanguage(browserLanguage) : setting;
}
