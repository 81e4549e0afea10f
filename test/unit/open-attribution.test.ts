import { describe, expect, it } from 'vitest';
import { attributeLink } from '../../lib/extract/attribution/link-attribution';
import { extractArticle } from '../../lib/extract/extract-article';
import { parseHtml } from '../../lib/platform/html';
import { Claim } from '../../lib/schema/claim';
import { CitedSource } from '../../lib/schema/source';
import { CREDITS_EN_URL, CREDITS_ZH_URL } from '../web/routes';
import { fixtureHtml } from '../support/fixtures';

/** What the JSON output carries for a fixture article: every source and claim passes its schema. */
function extractionOf(file: string, url: string) {
  const out = extractArticle(parseHtml(fixtureHtml(file)), url, { force: true });
  if (!out.ok) throw new Error(out.detail);
  return { sources: out.extraction.sources.map((s) => CitedSource.parse(s)), claims: out.extraction.claims.map((c) => Claim.parse(c)) };
}

const row = (s: CitedSource) => {
  const a = s.attribution;
  return [new URL(s.url).pathname, a.publication, a.via ?? null, a.author, a.authorVia ?? null, a.affiliation, a.role ?? null];
};

describe('open-vocabulary attribution in an English article crediting bodies the outlet table does not know', () => {
  const { sources, claims } = extractionOf('www.saltmarsh-gazette.example/bike-imports.html', CREDITS_EN_URL);

  it('reads each publication and person from the phrase that carries the link, and says by which rule', () => {
    expect(sources.map(row)).toEqual([
      ['/market-report-2024', 'European Cycle Trade Federation', 'anchor-names-publisher', null, null, null, null],
      ['/press/valde-statement', 'ECTF', 'role-before-name', 'Henrik Valde', 'cue-subject', 'ECTF', 'secretary general'],
      ['/audits/harbour-fees-2024', "city comptroller's office", 'document-by', null, null, null, null],
      ['/cuf/working-papers/freight-2024', "Eastbrook University's Center for Urban Finance", 'document-by', null, null, null, null],
      ['/news/container-volumes', 'Port of Saltmarsh', 'cue-subject', null, null, null, null],
      // Place-name trap: "Shops in Washington and Brussels reported", "members … in China said" name no publication.
      ['/members', null, null, null, null, null, null],
    ]);
  });

  it('never makes a place a publication that no phrase makes the speaker', () => {
    const places = ['European Union', 'Washington', 'Brussels', 'China'];
    expect(sources.filter((s) => places.includes(s.attribution.publication ?? ''))).toEqual([]);
  });

  it('records the words each name was read from', () => {
    expect(sources[2]!.attribution.phrase).toBe("report released Monday by the city comptroller's office");
  });

  it('gives every claim the rule that read its speaker, and keeps the person\'s organisation beside the name', () => {
    expect(claims.every((c) => !!c.speakerVia)).toBe(true);
    expect(claims.find((c) => c.speaker === 'Henrik Valde')).toMatchObject({ speakerVia: 'cue-subject', speakerRole: 'secretary general', speakerOrganisation: 'ECTF' });
  });
});

describe('open-vocabulary attribution in a Chinese article with titled, dated speakers and two sources back to back', () => {
  const { sources, claims } = extractionOf('zh.harbour-post.example/reservoir.html', CREDITS_ZH_URL);

  it('splits title and date off the name, keeps the organisation, and does not give the agency the official as author', () => {
    expect(sources.map(row)).toEqual([
      ['/news/ahel/202403210101.aspx', '中央社', 'zh-ju', null, null, null, null],
      ['/news/reservoir-levels', '水利署', 'zh-cue-subject', '陳志豪', 'zh-cue-subject', '水利署', '水利署副署長'],
      ['/climate/spring-rain-2024', '台灣大學氣候變遷研究中心', 'zh-cue-subject', '林美華', 'zh-cue-subject', '台灣大學氣候變遷研究中心', '台灣大學氣候變遷研究中心主任'],
      // 中國經濟 is a place's economy, not a publication, and "相關數據顯示" does not borrow the sentence before's speaker.
      ['/water-demand', null, null, null, null, null, null],
    ]);
  });

  it('says which Chinese cue read each speaker', () => {
    expect(claims.find((c) => c.speaker === '林美華')).toMatchObject({ speakerVia: 'zh-zhichu', speakerRole: '台灣大學氣候變遷研究中心主任', speakerOrganisation: '台灣大學氣候變遷研究中心' });
    expect(claims.find((c) => c.speaker === '中央社')).toMatchObject({ speakerVia: 'zh-ju' });
  });

  it('gives each of two statements in one sentence its own clause and its own link (据中央社报导，…；陳志豪表示，…)', () => {
    const row = (c: (typeof claims)[number]) => [c.text, c.speaker, c.sourceUrl && new URL(c.sourceUrl).host];
    expect(claims.slice(0, 2).map(row)).toEqual([
      ['據中央社報導，南部地區本週降雨偏多，水庫進帳明顯；', '中央社', 'www.cna.com.tw'],
      ['水利署副署長陳志豪21日表示，目前全台水庫蓄水率約六成，水情穩定。', '陳志豪', 'www.wra-harbour.example'],
    ]);
  });
});

describe('a later cue in a Chinese sentence', () => {
  const claimsIn = (paragraph: string) => {
    const html = `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><article><p>${paragraph}</p></article></body></html>`;
    const out = extractArticle(parseHtml(html), 'https://news.example/a', { force: true });
    if (!out.ok) throw new Error(out.detail);
    return out.extraction.claims;
  };

  it('is inside what was said unless a named speaker opens a statement after a semicolon', () => {
    const one = claimsIn('据<a href="https://www.reuters.com/a">路透社报道</a>，泰国商务部官员表示，今年出口增长了百分之五。');
    expect(one.map((c) => c.speaker)).toEqual(['路透社']);
    const two = claimsIn('据<a href="https://www.reuters.com/a">路透社报道</a>，出口增长了百分之五；泰国商务部部长朱林表示，明年还会增长。');
    expect(two.map((c) => [c.speaker, c.text])).toEqual([
      ['路透社', '据路透社报道，出口增长了百分之五；'],
      ['朱林', '泰国商务部部长朱林表示，明年还会增长。'],
    ]);
    // With no link of its own, the second statement keeps the sentence's link, as an English second speaker does.
    expect(two[1]!.sourceUrl).toBe('https://www.reuters.com/a');
  });
  const claimsOfParagraphs = (lang: string, ...paragraphs: string[]) => {
    const html = `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const out = extractArticle(parseHtml(html), 'https://news.example/a', { force: true });
    if (!out.ok) throw new Error(out.detail);
    return out.extraction.claims.map((c) => [c.speaker, c.sourceUrl, c.text.slice(0, 12)]);
  };

  it('keeps a first speaker who gave up the link unlinked in the sentences after, and one other speaker one claim', () => {
    expect(claimsOfParagraphs('en', 'Ann Ruiz said the plan works, while the Harbour Board argued that <a href="https://harbour.example/report">its report</a> shows it fails. She added that costs would rise.')).toEqual([
      ['Ann Ruiz', null, 'Ann Ruiz sai'],
      ['the Harbour Board', 'https://harbour.example/report', 'Ann Ruiz sai'],
      ['Ann Ruiz', null, 'She added th'],
    ]);
  });

  it('reads an ASCII semicolon as a Chinese one, and does not credit the speaker before it with the link after it', () => {
    expect(claimsOfParagraphs('zh-CN', '据<a href="https://www.reuters.com/a">路透社报道</a>，出口增长了百分之五;泰国商务部部长朱林表示，明年还会增长。他还说，进口也会增加。')).toEqual([
      ['路透社', 'https://www.reuters.com/a', '据路透社报道，出口增长了'],
      ['朱林', 'https://www.reuters.com/a', '泰国商务部部长朱林表示，'],
      ['朱林', 'https://www.reuters.com/a', '他还说，进口也会增加。'],
    ]);
    expect(claimsOfParagraphs('zh-CN', '朱林表示，出口增长了；而且王明说，<a href="https://www.mof.example/tax">税收</a>下降。').map((c) => c.slice(0, 2))).toEqual([
      ['朱林', null],
      ['王明', 'https://www.mof.example/tax'],
    ]);
  });

  it('in English too, a link inside the second speaker\'s clause is theirs, not the first speaker\'s', () => {
    const html = '<!doctype html><html lang="en"><head><title>t</title></head><body><article><p>Mayor Ann Ruiz said rents rose 12 percent last year, while the Harbour Board argued that <a href="https://harbour-board.example/fees">harbour fees fell</a>.</p></article></body></html>';
    const out = extractArticle(parseHtml(html), 'https://news.example/a', { force: true });
    if (!out.ok) throw new Error(out.detail);
    const bySpeaker = Object.fromEntries(out.extraction.claims.map((c) => [c.speaker, c.sourceUrl]));
    expect(bySpeaker).toEqual({ 'Ann Ruiz': null, 'the Harbour Board': 'https://harbour-board.example/fees' });
  });
});

describe('the author of a link in a sentence with several credits', () => {
  const attribution = (text: string, anchor: string) => {
    const linkStart = text.indexOf(anchor);
    return attributeLink({ text, linkStart, linkEnd: linkStart + anchor.length, anchorText: anchor, previous: null, following: [], lang: 'en' });
  };

  it('is the person who wrote the linked piece, whoever published it', () => {
    expect(attribution('Professor Ann Ruiz wrote in a paper published by the university that silt had doubled.', 'a paper')).toMatchObject({ author: 'Ann Ruiz' });
  });

  it('is not a person whose own statement comes before another speaker\'s', () => {
    expect(attribution('Mayor Ann Ruiz said rents rose, while the Harbour Board argued that harbour fees fell.', 'harbour fees fell')).toMatchObject({ author: null, publication: 'Harbour Board' });
  });
});

describe('attribution phrases, one sentence at a time', () => {
  const attribution = (text: string, anchor: string, lang = 'en') => {
    const linkStart = text.indexOf(anchor);
    return attributeLink({ text, linkStart, linkEnd: linkStart + anchor.length, anchorText: anchor, previous: null, following: [], lang });
  };

  it.each([
    ['Rents rose, according to the Institute for Fiscal Studies.', 'Rents rose', 'Institute for Fiscal Studies', 'according-to'],
    ["The Harbour Board's annual report shows a loss.", 'annual report', 'Harbour Board', 'possessive'],
    ['Researchers at Calder Polytechnic counted 400 nests.', 'counted', 'Calder Polytechnic', 'researchers-at'],
    ['Henrik Valde, a spokesperson for the Nordic Ferry Union, said fares would rise.', 'fares', 'Nordic Ferry Union', 'spokesperson-for'],
    ['The European Union said imports fell.', 'imports', 'European Union', 'cue-subject'],
    ['據環保署報導，空氣品質改善。', '空氣品質', '環保署', 'zh-ju'],
    ['海洋委員會發布的報告顯示，漁獲減少。', '報告', '海洋委員會', 'zh-cue-subject'],
    ['這篇文章在海港評論上發表。', '文章', '海港評論', 'zh-published-in'],
  ])('%s → %s', (text, anchor, publication, via) => {
    expect(attribution(text, anchor, /\p{Script=Han}/u.test(text) ? 'zh' : 'en')).toMatchObject({ publication, via });
  });

  it.each([
    ['Bicycle imports into the European Union fell 11 percent.', 'fell'],
    ['Data from China showed a slowdown.', 'Data'],
    ['中國經濟今年增長五個百分點。', '增長'],
  ])('names no publication in "%s"', (text, anchor) => {
    expect(attribution(text, anchor, /\p{Script=Han}/u.test(text) ? 'zh' : 'en').publication).toBeNull();
  });

  it('reads the author of 由X撰写 and X撰写的文章 without the words around the name', () => {
    expect(attribution('这篇由王小明撰写的文章指出，房价上涨。', '文章', 'zh')).toMatchObject({ author: '王小明', authorVia: 'written-by' });
  });
});
