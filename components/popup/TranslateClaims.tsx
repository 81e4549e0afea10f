import { useContext, useState } from 'preact/hooks';
import type { Claim } from '@/lib/schema/claim';
import type { Support } from '@/lib/schema/check';
import { useI18n } from '../i18n-context';
import { TranslationContext } from './translation-context';

interface Props {
  url: string;
  claims: readonly { index: number; claim: Claim }[];
  supportOf: (index: number) => Support | null;
  articleLang: string | undefined;
  sourceLang: string | undefined;
}

/**
 * "Translate with the browser": shown when the reader turned the on-device
 * translator on, the browser has it, and claims are in another language than
 * their source. The click is what lets the browser download a model.
 */
export function TranslateClaims({ url, claims, supportOf, articleLang, sourceLang }: Props) {
  const { t } = useI18n();
  const translation = useContext(TranslationContext);
  const [state, setState] = useState<{ kind: 'idle' | 'working' | 'done' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const foreign = claims.filter(({ index }) => {
    const code = supportOf(index)?.code;
    return code === 'cross-language' || code === 'other-language';
  });
  if (!translation || !articleLang || !sourceLang || articleLang === sourceLang || !foreign.length) return null;
  const run = () => {
    setState({ kind: 'working' });
    translation
      .translate(url, foreign.map(({ index, claim }) => ({ index, text: claim.text })), articleLang, sourceLang)
      .then(() => setState({ kind: 'done' }))
      .catch((e: Error) => setState({ kind: 'error', message: e.message }));
  };
  return (
    <p class="translate" data-testid="translate-claims">
      <button type="button" class="button" onClick={run} disabled={state.kind === 'working'}>
        {t('action_translateClaims', { count: foreign.length })}
      </button>{' '}
      <span role="status" class="muted">
        {state.kind === 'working' ? t('translate_working') : state.kind === 'done' ? t('translate_done') : state.kind === 'error' ? t('translate_failed', { message: state.message }) : ''}
      </span>
    </p>
  );
}
