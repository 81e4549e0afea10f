import { localeTag, type Locale } from './locales';
import { createTranslator } from './translate';

// One formatter per language and kind, made on first use. An Intl object holds ICU state that V8
// frees in a pause after garbage collection: a popup re-rendering cards with a new formatter per
// date freed thousands at once (100–200 ms pauses of GCPhantomHandleProcessingCallback in a trace).
const formatters = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (f === undefined) formatters.set(key, (f = make()));
  return f;
}

/** The calendar day a date was written for, in the interface language ("16 Sep 2022", "2022年9月16日"). */
export function formatDay(iso: string | null, locale: Locale): string | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return iso;
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const format = cached(`day:${locale}`, () => new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : localeTag(locale), { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }));
  return format.format(date);
}

/** A language tag as its name in the interface language ("zh" → "Chinese" / "中文"). */
export function languageName(tag: string | null, locale: Locale): string | null {
  if (!tag) return null;
  try {
    return cached(`language:${locale}`, () => new Intl.DisplayNames([localeTag(locale)], { type: 'language' })).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A byte count as the reader would say it: "812 bytes", "14.2 KB", "3.1 MB". */
export function formatSize(bytes: number, locale: Locale): string {
  const t = createTranslator(locale);
  const format = cached(`size:${locale}`, () => new Intl.NumberFormat(localeTag(locale), { maximumFractionDigits: 1 }));
  const number = (n: number) => format.format(n);
  if (bytes < 1024) return t('settings_size_bytes', { count: number(bytes) });
  if (bytes < 1024 * 1024) return t('settings_size_kilobytes', { count: number(bytes / 1024) });
  return t('settings_size_megabytes', { count: number(bytes / (1024 * 1024)) });
}
