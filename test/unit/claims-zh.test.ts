import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract-article';
import { parseHtml } from '../../lib/platform/html';
import type { Claim } from '../../lib/schema/claim';

/** Claims of an article made of these paragraphs, in the page language given. */
function claimsOf(lang: string, ...paragraphs: string[]): Claim[] {
  const html = `<!doctype html><html lang="${lang}"><head><title>报道</title></head><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  const out = extractArticle(parseHtml(html), 'https://news.example.cn/2024/story', { force: true });
  if (!out.ok) throw new Error(out.detail);
  return out.extraction.claims.filter((c) => !c.continuation);
}

describe('Chinese claims', () => {
  it('resolves 他 to the person the same sentence named before it', () => {
    const [claim] = claimsOf('zh', '纽约州立大学社会学荣誉教授戴夫·汉森研究酒精和饮酒超过40年，他认为确实如此。');
    expect(claim).toMatchObject({ cue: '认为', speaker: '戴夫·汉森' });
  });

  it('reads names joined with the katakana dot ・ as Chinese, and 他们 is not one person', () => {
    expect(claimsOf('zh', '教授戴夫・汉森研究酒精和饮酒超过40年，他认为确实如此。')[0]?.speaker).toBe('戴夫·汉森');
    expect(claimsOf('zh', '戴夫·汉森和同事们做了实验，他们认为结果可靠。')[0]?.speaker).toBe('他们');
  });

  it('keeps places in 地 as speakers and a cue next to a set phrase', () => {
    expect(claimsOf('zh', '美军某军事基地表示，演习将如期举行。')[0]?.speaker).toBe('美军某军事基地');
    expect(claimsOf('zh', '他听说后表示，会尽快处理。')).toHaveLength(1);
  });

  it('does not read set phrases with 说 or 自认为 as attributions', () => {
    expect(claimsOf('zh', '换句话说，在微重力下酒的陈酿过程可能不同。', '各自努力地找寻自认为最好的拍摄角度。')).toEqual([]);
  });

  it('drops an adverb in 地 and an honorific after the name from the speaker', () => {
    const claims = claimsOf('zh', '演出结束时，一位女生激动地说：“他们的精神让我们感动。”', '钟南山院士说：“武汉肯定能过关。”');
    expect(claims.map((c) => c.speaker)).toEqual(['一位女生', '钟南山']);
  });

  it('takes a role word before the name off the speaker', () => {
    const [claim] = claimsOf('zh', '编剧张晓阳介绍说，剧组坚持演出不息、创作不止的原则。');
    expect(claim?.speaker).toBe('张晓阳');
  });

  it('reads no Chinese cues in Japanese, where 表示 means "shown"', () => {
    expect(claimsOf('ja', '消費者は、スマートフォンに表示されたりんごのマークをみて、アップル社の商品であると理解します。')).toEqual([]);
  });
});
