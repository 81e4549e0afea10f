import { keyOf } from '@/lib/i18n/translate';
import type { TabReport } from '@/lib/schema/report';
import type { Verdict } from '@/lib/schema/check';
import { useI18n } from '../i18n-context';

const ORDER: Verdict[] = ['supported', 'partial', 'mismatch', 'unreachable', 'unverifiable'];

/** "N sources — supported / partial / mismatch / unreachable / unverifiable", with progress while checking. */
export function SummaryLine({ report }: { report: TabReport }) {
  const { t } = useI18n();
  const total = report.extraction?.sources.length ?? 0;
  if (!total) return <p class="summary-line">{t('summary_none')}</p>;
  const counts = new Map<Verdict, number>();
  for (const p of report.progress) if (p.check) counts.set(p.check.verdict, (counts.get(p.check.verdict) ?? 0) + 1);
  const done = report.progress.filter((p) => p.status === 'done').length;
  const checking = report.phase === 'checking';
  return (
    <div class="summary-block">
      <p class="summary-line" data-testid="summary-line">
        <strong>{t('summary_sources', { count: total })}</strong>
        {ORDER.map((v) => (
          <span class={`count count-${v}`} data-verdict={v}>
            {t(keyOf('verdict', v))} {counts.get(v) ?? 0}
          </span>
        ))}
      </p>
      {checking && (
        <div role="status" aria-live="polite" class="progress">
          <span>{t('phase_checking', { done, total: report.progress.length })}</span>
          <progress max={report.progress.length} value={done} />
        </div>
      )}
    </div>
  );
}
