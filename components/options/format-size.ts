import type { Locale, Translate } from '@/lib/i18n/translate';

/** A byte count as the reader would say it: "812 bytes", "14.2 KB", "3.1 MB". */
export function formatSize(bytes: number, t: Translate, locale: Locale): string {
  const number = (n: number) => new Intl.NumberFormat(locale === 'zh_CN' ? 'zh-CN' : 'en', { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024) return t('settings.size.bytes', { count: number(bytes) });
  if (bytes < 1024 * 1024) return t('settings.size.kilobytes', { count: number(bytes / 1024) });
  return t('settings.size.megabytes', { count: number(bytes / (1024 * 1024)) });
}
