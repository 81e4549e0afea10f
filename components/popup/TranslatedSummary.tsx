import { useContext, useState } from 'preact/hooks';
import { useI18n } from '../i18n-context';
import { TranslationContext } from './translation-context';

/** The interface language as a BCP 47 tag for the translator. */
const TARGET = { en: 'en', zh_CN: 'zh-Hans', zh_TW: 'zh-Hant' } as const;

/**
 * The source's summary in the reader's language, through the browser's
 * on-device translator (when turned on and present), shown below the original.
 */
export function TranslatedSummary({ sentences, sourceLang }: { sentences: readonly string[]; sourceLang: string | undefined }) {
  const { t, locale } = useI18n();
  const translation = useContext(TranslationContext);
  const [state, setState] = useState<{ kind: 'idle' | 'working' } | { kind: 'done'; text: string[] } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const target = TARGET[locale];
  if (!translation || !sourceLang || sourceLang.split('-')[0] === target.split('-')[0]) return null;
  const run = () => {
    setState({ kind: 'working' });
    translation
      .translateTexts(sentences, sourceLang, target)
      .then((text) => setState({ kind: 'done', text }))
      .catch((e: Error) => setState({ kind: 'error', message: e.message }));
  };
  return (
    <div class="translated-summary" data-testid="translated-summary">
      {state.kind === 'done' ? (
        <ul lang={target}>
          {state.text.map((s) => (
            <li>{s}</li>
          ))}
        </ul>
      ) : (
        <p>
          <button type="button" class="button" onClick={run} disabled={state.kind === 'working'}>
            {t('action_translateSummary')}
          </button>{' '}
          <span role="status" class="muted">
            {state.kind === 'working' ? t('translate_working') : state.kind === 'error' ? t('translate_failed', { message: state.message }) : ''}
          </span>
        </p>
      )}
    </div>
  );
}
