import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract-article';
import { parseHtml } from '../../lib/platform/html';
import { Claim } from '../../lib/schema/claim';
import { CONTINUITY_EN_URL, CONTINUITY_ZH_URL } from '../web/routes';
import { fixtureHtml } from '../support/fixtures';

function claimsOf(file: string, url: string): Claim[] {
  // Short pages: read them as articles even below the reader-mode length threshold.
  const out = extractArticle(parseHtml(fixtureHtml(file)), url, { force: true });
  if (!out.ok) throw new Error(out.detail);
  // What the JSON output carries: every claim passes the schema, with its rule.
  return out.extraction.claims.map((c) => Claim.parse(c));
}

/** Each claim as [its first characters, speaker, the linked host or null, the rule]. */
const rows = (claims: Claim[], chars: number) => claims.map((c) => [c.text.slice(0, chars), c.speaker, c.sourceUrl && new URL(c.sourceUrl).host, c.via]);

const CNA = 'www.cna.com.tw';
const UDN = 'udn.com';

describe('claim continuity in a Chinese article with two sources back to back', () => {
  const claims = claimsOf('zh.harbour-post.example/water-restrictions.html', CONTINUITY_ZH_URL);

  it('gives each sentence to the source or speaker it belongs to, and says by which rule', () => {
    expect(rows(claims, 6)).toEqual([
      ['據中央社報導', '中央社', CNA, 'linked-sentence'],
      ['南部地區的用', '中央社', CNA, 'continuation'],
      ['水利署副署長', '陳志豪', null, 'unlinked'],
      ['他補充說，水', '陳志豪', null, 'unlinked'],
      ['另據聯合報報', '聯合報', UDN, 'linked-sentence'],
      ['報導指出，限', '聯合報', UDN, 'anaphora-document'],
      ['該報還提到，', '聯合報', UDN, 'anaphora-document'],
      ['農田水利署表', '農田水利署', null, 'unlinked'],
    ]);
  });

  it('does not let the deputy director quoted after a CNA sentence inherit the CNA link', () => {
    const quoted = claims.find((c) => c.quotes.includes('目前水情穩定，民眾不必擔心'))!;
    expect(quoted).toMatchObject({ speaker: '陳志豪', sourceUrl: null, cue: '說明', continuation: false });
  });

  it('ends the newspaper\'s run at a sentence quoting the mayor, though no cue word marks it', () => {
    const mayor = claims.find((c) => c.text.includes('盧秀燕'));
    expect(mayor?.sourceUrl ?? null).toBeNull();
  });
});

describe('claim continuity in an English article with two sources back to back', () => {
  const claims = claimsOf('www.port-calder-courier.example/rents.html', CONTINUITY_EN_URL);
  const REPORT = 'comptroller.portcalder.example';
  const FIGURES = 'www.ectf.example';

  it('resolves "the report", "the figures" and "the report\'s authors" to the source the article called so', () => {
    expect(rows(claims, 20)).toEqual([
      // "The report" is named by who published it, read from the phrase that carries the link.
      ['A report by the city', "city comptroller's office", REPORT, 'linked-sentence'],
      ['The report also foun', "city comptroller's office", REPORT, 'anaphora-document'],
      ['Vacancy in the harbo', "city comptroller's office", REPORT, 'continuation'],
      ['According to figures', 'European Cycle Trade Federation', FIGURES, 'linked-sentence'],
      ['The figures also sho', 'European Cycle Trade Federation', FIGURES, 'anaphora-document'],
      ['"We are watching ren', 'Ana Ruiz', null, 'unlinked'],
      ['She added that the c', 'Ana Ruiz', null, 'unlinked'],
      ["The report's authors", "The report's authors", REPORT, 'anaphora-author'],
      ['The report notes tha', "city comptroller's office", REPORT, 'anaphora-document'],
    ]);
  });

  it('does not carry the report into the organizer\'s quotation between two of its claims', () => {
    expect(claims.some((c) => c.text.includes('priced out'))).toBe(false);
  });
});

/** Claims of an article made of these paragraphs (Simplified Chinese), the first linking an English source. */
function zhClaims(...paragraphs: string[]): Claim[] {
  const html = `<!doctype html><html lang="zh"><head><title>报道</title></head><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  const out = extractArticle(parseHtml(html), 'https://news.example.cn/2024/story', { force: true });
  if (!out.ok) throw new Error(out.detail);
  return out.extraction.claims;
}

describe('references back to a cited piece in Chinese', () => {
  const FP = 'https://foreignpolicy.com/2022/09/16/a/';
  const claims = zhClaims(
    `美国杂志《外交政策》在其发表的一篇<a href="${FP}">文章</a>中指出，哈萨克斯坦正试图打破联盟。`,
    '文章称，哈萨克斯坦没有帮助俄罗斯规避制裁。',
    '该文还提到，阿斯塔纳与莫斯科之间的联盟不仅限于遗产。',
    '文章回顾说，2008年格鲁吉亚战争改变了一切。',
    '该文作者乌姆洛夫表示，俄罗斯感到沮丧。',
    '她写道，中国领导人选择了哈萨克斯坦。',
    '报道援引一位官员的话说，局势紧张。',
    '俄罗斯官方媒体报道称，哈萨克斯坦向乌克兰提供了武器。',
    '报道还称，阿斯塔纳否认了这一说法。',
  );

  it('links 文章称 / 该文还提到 / 文章回顾说 / 该文作者…表示 / 她写道 / 报道援引 to the linked article', () => {
    expect(claims.map((c) => [c.text.slice(0, 5), c.speaker, c.sourceUrl, c.via])).toEqual([
      ['美国杂志《', '外交政策', FP, 'linked-sentence'],
      ['文章称，哈', '外交政策', FP, 'anaphora-document'],
      ['该文还提到', '外交政策', FP, 'anaphora-document'],
      ['文章回顾说', '外交政策', FP, 'anaphora-document'],
      ['该文作者乌', '乌姆洛夫', FP, 'anaphora-author'],
      ['她写道，中', '乌姆洛夫', FP, 'anaphora-pronoun'],
      ['报道援引一', '外交政策', FP, 'anaphora-document'],
      ['俄罗斯官方', '俄罗斯官方媒体', null, 'unlinked'],
      // A new named outlet without a link ends the article's run: 报道 is now theirs.
      ['报道还称，', '报道', null, 'unlinked'],
    ]);
  });
});

describe('what ends the current source in English', () => {
  const REPORT = 'https://www.argus-leader.example/news/2019/11/18/meth-campaign/';
  function enClaims(...paragraphs: string[]): Claim[] {
    const html = `<!doctype html><html lang="en"><head><title>Story</title></head><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const out = extractArticle(parseHtml(html), 'https://paper.example.com/2024/story', { force: true });
    if (!out.ok) throw new Error(out.detail);
    return out.extraction.claims;
  }

  it('keeps "the report" on the linked report past a claim by unnamed people', () => {
    const claims = enClaims(`According to a <a href="${REPORT}">report in the Argus Leader</a>, the governor launched a campaign.`, 'In the ads, people say they are on meth.', 'The report says an agency in Minneapolis made the ads.');
    expect(claims.find((c) => c.text.startsWith('The report says'))).toMatchObject({ sourceUrl: REPORT, via: 'anaphora-document' });
  });

  it('gives "the report" to a named organisation that just released one, not to the earlier linked report', () => {
    const claims = enClaims(`According to a <a href="${REPORT}">report in the Argus Leader</a>, the governor launched a campaign.`, 'The Port of Saltmarsh said Monday that it had released a report on cargo.', 'The report found that cargo fell 9 percent.');
    expect(claims.find((c) => c.text.startsWith('The report found'))).toMatchObject({ sourceUrl: null, via: 'unlinked' });
  });

  it('does not reach back past a named organisation to an older report, even when it names no report of its own', () => {
    const claims = enClaims(`According to a <a href="${REPORT}">report in the Argus Leader</a>, the governor launched a campaign.`, 'The Port of Saltmarsh said cargo traffic grew in March.', 'The report also found that cranes stood idle.');
    expect(claims.find((c) => c.text.startsWith('The report also'))).toMatchObject({ sourceUrl: null, via: 'unlinked' });
  });

  it('keeps "he added" and "she said" with the speaker named before them', () => {
    const claims = enClaims(`According to a <a href="${REPORT}">report in the Argus Leader</a>, the governor launched a campaign.`, 'Mayor Ana Ruiz said the ads were too dark.', 'She added that the city would run its own.');
    expect(claims.find((c) => c.text.startsWith('She added'))).toMatchObject({ speaker: 'Ana Ruiz', sourceUrl: null, via: 'unlinked' });
  });
});
