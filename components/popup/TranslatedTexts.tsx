import { useContext, useState } from 'preact/hooks';
import { useI18n } from '../i18n-context';
import { TranslationContext } from './translation-context';

/** The interface language as a BCP 47 tag for the translator. */
const TARGET = { en: 'en', zh_CN: 'zh-Hans', zh_TW: 'zh-Hant' } as const;

/**
 * A source's sentences (its summary, a claim's evidence) in the reader's
 * language, through the browser's on-device translator when it is turned on
 * and present, shown below the original on the reader's click.
 */
export function TranslatedTexts({ texts, sourceLang, action, testId }: { texts: readonly string[]; sourceLang: string | undefined; action: string; testId: string }) {
  const { t, locale } = useI18n();
  const translation = useContext(TranslationContext);
  const [state, setState] = useState<{ kind: 'idle' | 'working' } | { kind: 'done'; text: string[] } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const target = TARGET[locale];
  if (!translation || !texts.length || !sourceLang || sourceLang.split('-')[0] === target.split('-')[0]) return null;
  const run = () => {
    setState({ kind: 'working' });
    translation
      .translateTexts(texts, sourceLang, target)
      .then((text) => setState({ kind: 'done', text }))
      .catch((e: Error) => setState({ kind: 'error', message: e.message }));
  };
  return (
    <div class="translated-texts" data-testid={testId}>
      {state.kind === 'done' ? (
        <ul lang={target}>
          {state.text.map((s) => (
            <li>{s}</li>
          ))}
        </ul>
      ) : (
        <p>
          <button type="button" class="button" onClick={run} disabled={state.kind === 'working'}>
            {action}
          </button>{' '}
          <span role="status" class="muted">
            {state.kind === 'working' ? t('translate_working') : state.kind === 'error' ? t('translate_failed', { message: state.message }) : ''}
          </span>
        </p>
      )}
    </div>
  );
}
