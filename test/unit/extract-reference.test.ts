import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract-article';
import { REFERENCE_SOURCE_URL } from '../web/routes';
import { referenceArticle } from '../support/fixtures';

const { doc, url } = referenceArticle();
const out = extractArticle(doc, url);
if (!out.ok) throw new Error(out.detail);
const { article, sources, claims } = out.extraction;

describe('the reference article', () => {
  it('reads its metadata', () => {
    expect(article.title).toBe('哈萨克斯坦试图从俄罗斯对乌克兰战争中实现的目标');
    expect(article.siteName).toBe('半岛电视台');
    expect(article.publishedTime).toBe('2022-09-17T13:33:51+00:00');
    expect(article.lang).toBe('zh');
    expect(article.canonicalUrl).toBe(url);
  });

  it('finds exactly one cited source, the Foreign Policy article, and no page chrome', () => {
    expect(sources.map((s) => s.url)).toEqual([REFERENCE_SOURCE_URL]);
    const [fp] = sources;
    expect(fp!.text).toBe('文章');
    expect(fp!.context).toBe('美国杂志《外交政策》在其发表的一篇文章中指出，作为乌克兰战争前俄罗斯在南方最大的盟友，哈萨克斯坦现在正试图悄悄地打破它与莫斯科之间的联盟。');
    expect(fp!.role).toBe('citation');
  });

  it('attributes the source to 外交政策 (Foreign Policy) and to 蒂穆尔·乌姆洛夫 of the Carnegie Endowment', () => {
    const a = sources[0]!.attribution;
    expect(a.publication).toBe('外交政策');
    expect(a.publicationEn).toBe('Foreign Policy');
    expect(a.author).toBe('蒂穆尔·乌姆洛夫');
    expect(a.affiliation).toBe('卡内基国际和平基金会');
  });

  it('lists the unlinked claim of the pro-government media with no source', () => {
    const unlinked = claims.filter((c) => c.sourceUrl === null);
    expect(unlinked).toHaveLength(1);
    expect(unlinked[0]!.text.startsWith('俄罗斯的亲政府媒体报道称')).toBe(true);
    expect(unlinked[0]!.cue).toBe('报道称');
    expect(unlinked[0]!.speaker).toBe('俄罗斯的亲政府媒体');
  });

  it('resolves "这位作者", "他" and "乌姆洛夫" back to the named author and the linked source', () => {
    const by = (start: string) => claims.find((c) => c.text.startsWith(start))!;
    for (const start of ['这位作者补充称', '乌姆洛夫指出', '他还表示', '直到今天，作者指出', '乌姆洛夫在其文章中指出']) {
      expect(by(start).speaker, start).toBe('蒂穆尔·乌姆洛夫');
      expect(by(start).sourceUrl, start).toBe(REFERENCE_SOURCE_URL);
    }
    expect(by('美国杂志《外交政策》').speaker).toBe('外交政策');
  });

  it('keeps the sentences with 2008, 2014 and 30 years inside the Foreign Policy attribution chain', () => {
    for (const needle of ['2008年', '30年']) {
      const claim = claims.find((c) => c.text.includes(needle))!;
      expect(claim.sourceUrl, needle).toBe(REFERENCE_SOURCE_URL);
      expect(claim.continuation, needle).toBe(true);
    }
  });

  it('links every claim of the Foreign Policy run to it, each by the rule that says why, and none crosses to another speaker', () => {
    const linked = claims.filter((c) => c.sourceUrl === REFERENCE_SOURCE_URL);
    expect(linked.map((c) => [c.text.slice(0, 8), c.via])).toEqual([
      ['美国杂志《外交政', 'linked-sentence'],
      ['这篇由卡内基国际', 'named-source'],
      ['相反，哈萨克斯坦', 'continuation'],
      ['这位作者补充称，', 'anaphora-author'],
      ['乌姆洛夫指出，阿', 'named-source'],
      ['在取得独立后的3', 'continuation'],
      ['他还表示，俄罗斯', 'anaphora-pronoun'],
      ['莫斯科也意识到，', 'continuation'],
      ['自独立以来，哈萨', 'continuation'],
      ['俄罗斯在其西部边', 'continuation'],
      ['在乌克兰战争爆发', 'continuation'],
      ['双方将两国关系加', 'continuation'],
      ['但是，更为重要的', 'continuation'],
      ['乌姆洛夫评论称，', 'named-source'],
      ['直到今天，作者指', 'anaphora-author'],
      ['作者补充说，直至', 'anaphora-author'],
      ['乌姆洛夫在其文章', 'named-source'],
    ]);
    // Only the magazine and its author speak for it; the pro-government media's report stays theirs.
    expect(new Set(linked.map((c) => c.speaker))).toEqual(new Set(['外交政策', '蒂穆尔·乌姆洛夫']));
    expect(claims.filter((c) => c.sourceUrl === null).map((c) => [c.speaker, c.via])).toEqual([['俄罗斯的亲政府媒体', 'unlinked']]);
  });

  it('keeps quotations as quotes', () => {
    const claim = claims.find((c) => c.text.startsWith('这篇由'))!;
    expect(claim.quotes).toEqual(['对俄罗斯合理的安全担忧']);
  });
});
