import { keyOf } from '@/lib/i18n/translate';
import type { Claim } from '@/lib/schema/claim';
import type { SourceProgress } from '@/lib/schema/report';
import type { CitedSource } from '@/lib/schema/source';
import { memo } from 'preact/compat';
import { formatDay } from '@/lib/i18n/format';
import { useI18n } from '../i18n-context';
import { ClaimItem } from './ClaimItem';
import { DeferredDetails } from './DeferredDetails';
import { TranslateClaims } from './TranslateClaims';
import { TranslatedTexts } from './TranslatedTexts';
import { FindingList } from './FindingList';
import { Highlighted } from './Highlighted';
import { VerdictBadge } from './VerdictBadge';
import { shownVerdict } from '@/lib/i18n/verdict-label';

interface Props {
  source: CitedSource;
  progress: SourceProgress | null;
  claims: { index: number; claim: Claim }[];
  articleLang?: string;
  onRecheck: (url: string) => void;
}

/** One source's card; re-rendered only when its own progress (or the language) changes, not every batch. */
export const SourceCard = memo(function SourceCard({ source, progress, claims, articleLang, onRecheck }: Props) {
  const { t, locale } = useI18n();
  const check = progress?.check ?? null;
  const status = check ? shownVerdict(check) : progress?.status === 'fetching' ? 'checking' : 'queued';
  const a = source.attribution;
  const meta = check?.source ?? null;
  const outletName = source.outlet ? ((locale === 'zh_TW' ? source.outlet.nameZhHant : locale === 'zh_CN' ? source.outlet.nameZh : null) ?? source.outlet.name) : hostOf(source.url);
  const titleId = `src-${hashId(source.url)}`;
  const supportOf = (i: number) => check?.claims.find((c) => c.claim === i)?.support ?? null;

  return (
    <article class={`card card-${status}`} aria-labelledby={titleId} tabIndex={-1} data-testid="source-card" data-url={source.url}>
      <header class="card-head">
        <VerdictBadge verdict={status} />
        <span class="card-outlet">
          {outletName}
          {source.outlet && <span class="chip">{t(keyOf('type', source.outlet.type))}</span>}
          <span class="chip chip-role">{t(keyOf('role', source.role))}</span>
        </span>
      </header>
      <h2 class="card-title" id={titleId} lang={meta?.lang ?? undefined} data-testid="source-title">
        {meta?.title ?? source.text ?? source.url}
      </h2>
      <p class="card-url">{source.url}</p>

      <dl class="facts">
        <dt>{t('source_linkText')}</dt>
        <dd lang={articleLang} data-testid="anchor-text">
          {source.text}
        </dd>
        <dt>{t('source_inArticle')}</dt>
        <dd data-testid="context">
          <Highlighted text={source.context} mark={source.text} lang={articleLang} />
        </dd>
        <dt>{t('source_articleSays')}</dt>
        <dd data-testid="attribution" lang={articleLang}>
          {a.publication || a.author ? (
            <>
              {a.publication && (
                <span data-testid="attribution-publication">
                  {a.publicationEn && a.publicationEn !== a.publication ? t('source_knownAs', { name: a.publication, en: a.publicationEn }) : a.publication}
                </span>
              )}
              {a.publication && a.author && ' · '}
              {a.author && (
                <span data-testid="attribution-author">
                  {a.author}
                  {a.role && a.role !== a.affiliation ? ` ${t('source_affiliation', { affiliation: a.role })}` : a.affiliation && ` ${t('source_affiliation', { affiliation: a.affiliation })}`}
                </span>
              )}
              {/* Why these names: the rule that read each, and the words it read them from (issue 14 §5). */}
              {a.via && (
                <span class="muted attribution-why" data-testid="attribution-via" data-via={a.via}>
                  {t('attribution_publicationWhy', { rule: t(keyOf('attribution_via', a.via)) })}
                  {a.phrase && a.phrase !== a.publication && <> {t('attribution_phrase', { phrase: a.phrase })}</>}
                </span>
              )}
              {a.authorVia && (
                <span class="muted attribution-why" data-testid="attribution-author-via" data-via={a.authorVia}>
                  {t('attribution_authorWhy', { rule: t(keyOf('attribution_via', a.authorVia)) })}
                  {a.authorPhrase && a.authorPhrase !== a.phrase && <> {t('attribution_phrase', { phrase: a.authorPhrase })}</>}
                </span>
              )}
            </>
          ) : (
            <span class="muted">{t('source_noAttribution')}</span>
          )}
        </dd>
        {source.reference && (
          <>
            <dt>{t('source_referenceEntry', { label: source.reference.label ? `[${source.reference.label}]` : '' })}</dt>
            <dd data-testid="reference-entry" lang={articleLang}>
              {source.reference.text}
            </dd>
          </>
        )}
        {check && (
          <>
            <dt>{t('source_sourceSays')}</dt>
            <dd data-testid="source-meta" lang={meta?.lang ?? undefined}>
              {[meta?.siteName, meta?.authors.length ? t('source_byAuthor', { author: meta.authors.join(', ') }) : null, formatDay(meta?.publishedTime ?? null, locale)]
                .filter(Boolean)
                .join(' · ') || '—'}
              <br />
              <span class={`reach reach-${check.state}`} data-testid="reachability">
                {t(keyOf('state', check.state))}
                {check.httpStatus !== null && ` · ${t('http_status', { status: check.httpStatus })}`}
              </span>
              {progress?.cached && <span class="muted"> · {t('source_cached')}</span>}
              {check.finalUrl && check.finalUrl !== source.url && check.state === 'redirected' && (
                <span class="muted"> · {t('source_finalUrl', { url: check.finalUrl })}</span>
              )}
            </dd>
          </>
        )}
      </dl>

      {check && (
        <section aria-label={t('source_findings')}>
          <h3 class="section-title">{t('source_findings')}</h3>
          <FindingList findings={check.findings} />
        </section>
      )}
      {check && check.summary.length > 0 && (
        <DeferredDetails class="summary" summary={t('source_summary')}>
          {() => (
            <>
              <ul lang={meta?.lang ?? undefined}>
                {check.summary.map((s) => (
                  <li>{s}</li>
                ))}
              </ul>
              <TranslatedTexts texts={check.summary} sourceLang={meta?.lang ?? undefined} action={t('action_translateSummary')} testId="translated-summary" />
            </>
          )}
        </DeferredDetails>
      )}
      {claims.length > 0 && (
        <DeferredDetails class="claims" summary={t('source_claims', { count: claims.length })}>
          {() => (
            <>
              <ul>
                {claims.map(({ index, claim }) => (
                  <ClaimItem claim={claim} support={supportOf(index)} lang={articleLang} sourceLang={meta?.lang ?? undefined} />
                ))}
              </ul>
              <TranslateClaims url={source.url} claims={claims} supportOf={supportOf} articleLang={articleLang} sourceLang={meta?.lang ?? undefined} />
            </>
          )}
        </DeferredDetails>
      )}
      <p class="actions">
        <a href={source.url} target="_blank" rel="noopener noreferrer" class="button">
          {t('action_openSource')}
        </a>
        {check?.archivedUrl && (
          <a href={check.archivedUrl} target="_blank" rel="noopener noreferrer" class="button" data-testid="archive-link">
            {t('action_openArchive')}
          </a>
        )}
        <button type="button" class="button" onClick={() => onRecheck(source.url)} disabled={!check}>
          {t('action_recheck')}
        </button>
      </p>
    </article>
  );
});

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function hashId(s: string): string {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}
