import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeArticle } from '../../lib/extract/article-gate';
import { extractArticle } from '../../lib/extract/extract-article';
import { parseHtml } from '../../lib/platform/html';
import { NON_ARTICLE_PAGES } from '../eval/cjk-non-articles';
import { articleHtml } from '../web/article-page';
import { XINHUA_SHORT_URL } from '../web/truth';
import { SITES } from '../support/fixtures';

const XINHUA = readFileSync(join(SITES, 'www.news.cn/storm-rebuild.html'), 'utf8');

describe('the article gate reads Chinese, Japanese and Korean by what their characters carry', () => {
  it('takes a short Xinhua-style page (six paragraphs of 43–70 characters) for an article', () => {
    expect(looksLikeArticle(parseHtml(XINHUA))).toBe(true);
    const out = extractArticle(parseHtml(XINHUA), XINHUA_SHORT_URL);
    expect(out.ok).toBe(true);
    if (out.ok) expect(out.extraction.article.title).toBe('沿海港口城镇风暴后加快重建');
  });

  it('takes a Japanese post written one sentence a line for an article', () => {
    const lines = [
      '朝から天気が良かったので、久しぶりに近くの山へ登ることにしました。',
      '登山口までは車で一時間ほどかかり、駐車場はすでに満車に近い状態でした。',
      '最初の一時間は急な登りが続き、何度も立ち止まって息を整えました。',
      '途中の展望台からは、遠くの海と町並みがはっきりと見えました。',
      '山頂に着いたのは昼前で、たくさんの登山客がお弁当を広げていました。',
      '帰りは別の道を下りて、温泉に立ち寄ってから家に帰りました。',
      '次は秋の紅葉の季節にもう一度来てみたいと思います。',
    ];
    expect(looksLikeArticle(parseHtml(articleHtml({ lang: 'ja', title: '春の山歩き', siteName: '山のブログ', paragraphs: lines })))).toBe(true);
  });

  it('still turns away CJK home pages, section indexes and search results', () => {
    for (const p of NON_ARTICLE_PAGES) expect(looksLikeArticle(parseHtml(p.html)), p.name).toBe(false);
  });

  it('leaves Latin pages to Readability’s own thresholds', () => {
    const short = articleHtml({ lang: 'en', title: 'Storm', siteName: 'Example', paragraphs: Array.from({ length: 7 }, (_, i) => `Paragraph ${i} is one short line of about seventy characters of text.`) });
    expect(looksLikeArticle(parseHtml(short))).toBe(false);
  });
});
