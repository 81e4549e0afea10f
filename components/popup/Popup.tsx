import { keyOf } from '@/lib/i18n/translate';
import type { TabReport } from '@/lib/schema/report';
import { useI18n } from '../i18n-context';
import { ArticleHeader } from './ArticleHeader';
import { ClaimItem } from './ClaimItem';
import { ExportBar } from './ExportBar';
import { SourceList } from './SourceList';
import { SummaryLine } from './SummaryLine';

interface Props {
  report: TabReport | null;
  loaded: boolean;
  error: string | null;
  onAnalyse: (force: boolean) => void;
  onRecheck: (url: string | null) => void;
  onSettings: () => void;
}

/** The popup's content for each phase; data in, events out. */
export function Popup({ report, loaded, error, onAnalyse, onRecheck, onSettings }: Props) {
  const { t } = useI18n();
  return (
    <main class="popup" data-phase={report?.phase ?? (loaded ? 'idle' : 'loading')}>
      <div class="topbar">
        <span class="brand">{t('app_name')}</span>
        <button type="button" class="link-button" onClick={onSettings}>
          {t('action_settings')}
        </button>
      </div>
      {error && (
        <p class="error" role="alert">
          {t('error_load', { message: error })}
        </p>
      )}
      <Body report={report} loaded={loaded} onAnalyse={onAnalyse} onRecheck={onRecheck} />
    </main>
  );
}

function Body({ report, loaded, onAnalyse, onRecheck }: Pick<Props, 'report' | 'loaded' | 'onAnalyse' | 'onRecheck'>) {
  const { t } = useI18n();
  if (!loaded) return <p role="status">{t('popup_loading')}</p>;
  if (!report || report.phase === 'idle') {
    return (
      <div class="state">
        <p>{t('phase_idle')}</p>
        <button type="button" class="button primary" onClick={() => onAnalyse(false)}>
          {t('action_analyse')}
        </button>
      </div>
    );
  }
  if (report.phase === 'extracting') return <p role="status" class="state">{t('phase_extracting')}</p>;
  if (report.phase === 'not-article' || report.phase === 'error') {
    return (
      <div class="state" data-testid="state-message">
        <p>
          <strong>{t(report.phase === 'error' ? 'phase_error' : 'phase_notArticle')}</strong>
        </p>
        {report.why ? <p>{t(keyOf('why', report.why.code), { count: report.why.count ?? 0, message: report.why.message ?? '' })}</p> : report.reason && <p>{report.reason}</p>}
        <button type="button" class="button primary" onClick={() => onAnalyse(true)}>
          {t(report.phase === 'error' ? 'action_retry' : 'action_analyseAnyway')}
        </button>
      </div>
    );
  }
  const extraction = report.extraction!;
  const lang = extraction.article.lang ?? undefined;
  const unlinked = extraction.claims.flatMap((claim, index) => (claim.sourceUrl ? [] : [{ claim, index }]));
  return (
    <>
      <ArticleHeader article={extraction.article} />
      <SummaryLine report={report} />
      {report.phase === 'done' && (
        <p role="status" class="sr-only">
          {t('phase_done')}
        </p>
      )}
      <SourceList extraction={extraction} progress={report.progress} articleLang={lang} onRecheck={onRecheck} />
      {unlinked.length > 0 && (
        <section class="unlinked" data-testid="unlinked-claims">
          <h2 class="section-title">{t('claims_unlinked', { count: unlinked.length })}</h2>
          <ul>
            {unlinked.map(({ claim }) => (
              <ClaimItem claim={claim} support={null} lang={lang} />
            ))}
          </ul>
        </section>
      )}
      <ExportBar report={report} />
    </>
  );
}
