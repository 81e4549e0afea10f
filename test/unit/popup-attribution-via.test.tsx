// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { useRenderRoot } from '../support/render-root';
import { I18nContext } from '../../components/i18n-context';
import { SourceCard } from '../../components/popup/SourceCard';
import { extractArticle } from '../../lib/extract/extract-article';
import { createTranslator, type Locale } from '../../lib/i18n/translate';
import { parseHtml } from '../../lib/platform/html';
import { CREDITS_ZH_URL } from '../web/routes';
import { fixtureHtml } from '../support/fixtures';

const rootOf = useRenderRoot();

// The Chinese fixture's link on "目前全台水庫蓄水率約六成", credited by 水利署副署長陳志豪21日表示, as extraction gives it.
const out = extractArticle(parseHtml(fixtureHtml('zh.harbour-post.example/reservoir.html')), CREDITS_ZH_URL, { force: true });
if (!out.ok) throw new Error(out.detail);
const extraction = out.extraction;
const sourceAt = (part: string) => extraction.sources.find((s) => s.url.includes(part))!;
const claimsOf = (url: string) => extraction.claims.map((claim, index) => ({ index, claim })).filter((c) => c.claim.sourceUrl === url);

function mount(locale: Locale, source = sourceAt('reservoir-levels')) {
  const claims = claimsOf(source.url);
  act(() => {
    render(
      <I18nContext.Provider value={{ t: createTranslator(locale), locale }}>
        <SourceCard source={source} progress={null} claims={claims} articleLang="zh" onRecheck={() => {}} />
      </I18nContext.Provider>,
      rootOf(),
    );
  });
}

const text = (selector: string) => rootOf().querySelector(selector)?.textContent ?? '';

describe('the popup says why the article’s names were read', () => {
  it('in English: the rule for the publication and the author, with the words they came from', () => {
    mount('en');
    expect(text('[data-testid="attribution-publication"]')).toBe('水利署');
    expect(text('[data-testid="attribution-author"]')).toBe('陳志豪 (水利署副署長)');
    expect(text('[data-testid="attribution-via"]')).toBe('Publication: named before 表示, 指出 or 称 “水利署副署長陳志豪21日表示”');
    expect(text('[data-testid="attribution-author-via"]')).toBe('Author: named before 表示, 指出 or 称');
  });

  it('in Chinese', () => {
    mount('zh_CN');
    expect(text('[data-testid="attribution-via"]')).toBe('出处：写在“表示”“指出”“称”之前 “水利署副署長陳志豪21日表示”');
  });

  it('says by which rule each claim’s speaker was read', () => {
    // 台灣大學氣候變遷研究中心主任林美華22日指出，[link]…
    mount('en', sourceAt('spring-rain'));
    const speakerVia = [...rootOf().querySelectorAll('[data-speaker-via]')].map((e) => e.textContent);
    expect(speakerVia.length).toBeGreaterThan(0);
    expect(speakerVia).toEqual(['speaker read before “指出”']);
    expect(rootOf().querySelector('[data-testid="claim"]')?.textContent).toContain('林美華 (台灣大學氣候變遷研究中心主任)');
  });
});
