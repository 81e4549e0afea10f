import en from '../../public/_locales/en/messages.json';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import zhTW from '../../public/_locales/zh_TW/messages.json';
import { localeTag, type Locale } from './locales';

export { LOCALES, localeTag, resolveLocale, type Locale } from './locales';

/**
 * The interface's words live in `public/_locales/<locale>/messages.json`, the extension platform's own
 * format (the manifest's `__MSG_extName__` is read from them by the browser). They are also loaded here
 * as data, because the reader may choose an interface language other than the browser's, which
 * `browser.i18n.getMessage` cannot do, and because lib/ runs under Node for the command line.
 *
 * Placeholders are {name}. A message with plural forms is stored once per CLDR category as
 * `<name>_one`, `<name>_other`… (the categories its language has, per Intl.PluralRules) and chosen by
 * the `count` parameter.
 */
export type Catalog = Record<string, { message: string; description?: string }>;
export const CATALOGS: Record<Locale, Catalog> = { en, zh_CN: zhCN, zh_TW: zhTW };

export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
type Name = keyof typeof en;
/** Messages with plural forms: English, the reference, has a `_one` form for each. */
type PluralName = Name extends infer N ? (N extends `${infer B}_one` ? B : never) : never;
type PluralForm = `${PluralName}_${(typeof PLURAL_CATEGORIES)[number]}`;
export type MessageKey = Exclude<Name, PluralForm> | PluralName;
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** A message key built from a prefix and a value ("state", "not-html" → "state_not_html"). */
export function keyOf<P extends string, V extends string>(prefix: P, value: V) {
  return `${prefix}_${value.replace(/-/g, '_')}` as `${P}_${Underscored<V>}`;
}
type Underscored<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Underscored<B>}` : S;

function template(locale: Locale, key: string, params: Params | undefined, plural: Intl.PluralRules): string | undefined {
  const catalog = CATALOGS[locale];
  const direct = catalog[key]?.message;
  if (direct !== undefined) return direct;
  const count = params?.count;
  const category = typeof count === 'number' ? plural.select(count) : 'other';
  return (catalog[`${key}_${category}`] ?? catalog[`${key}_other`])?.message;
}

function create(locale: Locale): Translate {
  const tag = localeTag(locale);
  const plural = new Intl.PluralRules(tag);
  const englishPlural = new Intl.PluralRules('en');
  const number = new Intl.NumberFormat(tag, { useGrouping: 'min2' } as Intl.NumberFormatOptions);
  return (key, params) => {
    const text = template(locale, key, params, plural) ?? template('en', key, params, englishPlural) ?? key;
    if (!params) return text;
    // Values go in as text, never markup; numbers as the language writes them.
    return text.replace(/\{(\w+)\}/g, (m, name: string) => {
      const value = params[name];
      return value === undefined ? m : typeof value === 'number' ? number.format(value) : value;
    });
  };
}

const translators = new Map<Locale, Translate>();

/** The translator for an interface language (one per language, made on first use). */
export function createTranslator(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = create(locale)));
  return t;
}
