import type { Locale } from './translate';

/** The calendar day a date was written for, in the interface language ("16 Sep 2022", "2022年9月16日"). */
export function formatDay(iso: string | null, locale: Locale): string | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return iso;
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return new Intl.DateTimeFormat(locale === 'zh_CN' ? 'zh-CN' : 'en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A language tag as its name in the interface language ("zh" → "Chinese" / "中文"). */
export function languageName(tag: string | null, locale: Locale): string | null {
  if (!tag) return null;
  try {
    return new Intl.DisplayNames([locale === 'zh_CN' ? 'zh-CN' : 'en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
