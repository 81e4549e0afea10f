import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../i18n-context';
import { controlId, FIELD_LABEL, problemText } from './problem-text';
import type { ImportState } from './use-import';

/** What is wrong with an imported file, at the top of the page; each problem links to its field. */
export function ImportSummary({ state }: { state: ImportState }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const failed = state.kind === 'failed' || state.kind === 'unreadable';
  // Keyboard and screen-reader users land on the summary rather than hunting for it.
  useEffect(() => {
    if (failed) ref.current?.focus();
  }, [state]);
  if (!failed) return null;

  const heading =
    state.kind === 'unreadable'
      ? t('settings_import_readFailed', { file: state.file })
      : t('settings_import_failed', { file: state.file, count: state.problems.length });

  return (
    <div class="import-errors" role="alert" id="import-errors" data-testid="import-errors" tabIndex={-1} ref={ref}>
      <h2>{heading}</h2>
      {state.kind === 'failed' && (
        <ul>
          {state.problems.map((problem, i) => {
            const message = problemText(t, problem);
            if (!problem.field) return <li key={i}>{t('settings_import_problemAt', { field: t('settings_import_wholeFile'), message })}</li>;
            const target = controlId(problem.field);
            const text = t('settings_import_problemAtKey', { field: t(FIELD_LABEL[problem.field]), key: problem.field, message });
            return (
              <li key={i}>
                <a
                  href={`#${target}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(target)?.focus();
                  }}
                >
                  {text}
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
