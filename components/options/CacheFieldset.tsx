import { useI18n } from '../i18n-context';
import { NumberField } from './fields';
import { formatSize } from '@/lib/i18n/format';
import type { SectionProps } from './section-props';
import type { CacheState } from './use-cache-stats';

interface Props extends SectionProps {
  cache: CacheState;
  onClearCache(): void;
}

function useStatsText(cache: CacheState): string {
  const { t, locale } = useI18n();
  const stats = cache.kind === 'ready' ? cache.stats : cache.kind === 'clearing' ? cache.stats : null;
  if (cache.kind === 'unavailable') return cache.error ? t('settings_cache_clearFailed', { message: cache.error }) : t('settings_cache_statsUnavailable');
  if (!stats) return t('settings_cache_statsLoading');
  const size = formatSize(stats.bytes, locale);
  return t('settings_cache_stats', { count: stats.entries, size });
}

export function CacheFieldset(section: Props) {
  const { cache, onClearCache } = section;
  const { t } = useI18n();
  const statsText = useStatsText(cache);
  const clearing = cache.kind === 'clearing';
  return (
    <fieldset>
      <legend>{t('settings_cache_legend')}</legend>
      <div class="grid">
        <NumberField section={section} field="cacheHours" hint="settings_cacheHours_hint" />
        <NumberField section={section} field="cacheMaxEntries" />
      </div>
      <div class="cache-row">
        {/* Polite: the new count after clearing is announced without taking over. */}
        <p id="cache-stats" aria-live="polite">
          {statsText}
        </p>
        <button type="button" id="cache-clear" class="button" aria-describedby="cache-stats" aria-disabled={clearing || undefined} onClick={() => !clearing && onClearCache()}>
          {clearing ? t('settings_cache_clearing') : t('settings_cache_clear')}
        </button>
      </div>
    </fieldset>
  );
}
