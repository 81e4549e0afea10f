// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { useRenderRoot } from '../support/render-root';
import { I18nContext } from '../../components/i18n-context';
import { ClaimItem } from '../../components/popup/ClaimItem';
import { TranslationContext, type ClaimTranslation } from '../../components/popup/translation-context';
import { createTranslator, type Locale } from '../../lib/i18n/translate';
import type { Claim } from '../../lib/schema/claim';
import type { Support } from '../../lib/schema/check';

// Issue 10 §2: with the browser's translator on, a claim's evidence (not only the source's summary)
// can be read in the interface language, below the original, on the reader's click.

const rootOf = useRenderRoot();

const CLAIM: Claim = { text: 'China’s consumer prices rose 0.8% in May, the statistics bureau said.', cue: 'said', speaker: null, sourceUrl: 'https://www.stats.gov.cn/x', quotes: [], continuation: false, via: 'linked-sentence' };
const SUPPORT: Support = {
  label: 'supported',
  score: 0.8,
  evidence: ['国家统计局表示，5月份全国居民消费价格同比上涨0.8%。', '其中食品价格上涨1.2%。'],
  evidenceScores: [0.8, 0.2],
  reason: 'compared word by word through CC-CEDICT',
  code: 'cross-language',
  params: {},
};

/** A stand-in translator recording what it was asked: each text comes back marked with the target language. */
function standIn() {
  const calls: { texts: readonly string[]; from: string; to: string }[] = [];
  const translation: ClaimTranslation = {
    translate: () => Promise.resolve(),
    translateTexts: (texts, from, to) => {
      calls.push({ texts, from, to });
      return Promise.resolve(texts.map((s) => `⟨${to}⟩ ${s}`));
    },
  };
  return { calls, translation };
}

function mount(translation: ClaimTranslation | null, locale: Locale, sourceLang = 'zh-CN') {
  act(() => {
    render(
      <I18nContext.Provider value={{ t: createTranslator(locale), locale }}>
        <TranslationContext.Provider value={translation}>
          <ul>
            <ClaimItem claim={CLAIM} support={SUPPORT} lang="en" sourceLang={sourceLang} />
          </ul>
        </TranslationContext.Provider>
      </I18nContext.Provider>,
      rootOf(),
    );
  });
}

describe('a claim’s evidence in the interface language', () => {
  it('is offered on a click and shown below the original evidence, one translated sentence per sentence', async () => {
    const { calls, translation } = standIn();
    mount(translation, 'en');
    const box = rootOf().querySelector('[data-testid="translated-evidence"]')!;
    const button = box.querySelector('button')!;
    expect(button.textContent).toBe('Translate the evidence into English with the browser');
    expect(calls).toEqual([]);
    await act(async () => {
      button.click();
      await Promise.resolve();
    });
    expect(calls).toEqual([{ texts: SUPPORT.evidence, from: 'zh-CN', to: 'en' }]);
    const items = [...rootOf().querySelectorAll('[data-testid="translated-evidence"] ul[lang="en"] li')].map((li) => li.textContent);
    expect(items).toEqual(SUPPORT.evidence.map((s) => `⟨en⟩ ${s}`));
    // The original stays, in its own language.
    expect([...rootOf().querySelectorAll('.evidence > ul[lang="zh-CN"] q')].map((q) => q.textContent)).toEqual(SUPPORT.evidence);
  });

  it('says why when the translator fails', async () => {
    mount({ translate: () => Promise.resolve(), translateTexts: () => Promise.reject(new Error('the model is not available')) }, 'en');
    await act(async () => {
      rootOf().querySelector<HTMLButtonElement>('[data-testid="translated-evidence"] button')!.click();
      await Promise.resolve();
    });
    expect(rootOf().querySelector('[data-testid="translated-evidence"] [role="status"]')!.textContent).toBe('Not translated: the model is not available.');
  });

  it('is not offered when the translator is off or absent, or the evidence is already in the interface language', () => {
    mount(null, 'en');
    expect(rootOf().querySelector('[data-testid="translated-evidence"]')).toBeNull();
    mount(standIn().translation, 'zh_CN');
    expect(rootOf().querySelector('[data-testid="translated-evidence"]')).toBeNull();
    mount(standIn().translation, 'en', 'en-US');
    expect(rootOf().querySelector('[data-testid="translated-evidence"]')).toBeNull();
  });
});
