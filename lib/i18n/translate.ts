import { en, type MessageKey } from './en';
import { zhCN } from './zh-CN';

export type Locale = 'en' | 'zh_CN';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const CATALOGS: Record<Locale, Record<MessageKey, string>> = { en, zh_CN: zhCN };

/** The interface language: the setting, or the browser's language when it says "auto". */
export function resolveLocale(setting: 'auto' | Locale, browserLanguage: string): Locale {
  if (setting !== 'auto') return setting;
  return /^zh\b/i.test(browserLanguage) ? 'zh_CN' : 'en';
}

/** A translator; placeholders are {name}. Values are inserted as text, never as markup. */
export function createTranslator(locale: Locale): Translate {
  const catalog = CATALOGS[locale];
  return (key, params) => {
    const template = catalog[key] ?? en[key] ?? key;
    return params ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : template;
  };
}
