import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract-article';
import { parseHtml } from '../../lib/platform/html';
import { Claim } from '../../lib/schema/claim';
import { CitedSource } from '../../lib/schema/source';
import { REFERENCES_EN_URL, REFERENCES_JOURNAL_URL } from '../web/routes';
import { fixtureHtml } from '../support/fixtures';

function extract(html: string, url: string) {
  const out = extractArticle(parseHtml(html), url, { force: true });
  if (!out.ok) throw new Error(out.detail);
  // What the JSON output carries: every claim and source passes its schema.
  return { claims: out.extraction.claims.map((c) => Claim.parse(c)), sources: out.extraction.sources.map((s) => CitedSource.parse(s)) };
}

const claimFor = (claims: Claim[], start: string) => {
  const claim = claims.find((c) => c.text.startsWith(start));
  if (!claim) throw new Error(`no claim starts with "${start}": ${JSON.stringify(claims.map((c) => c.text))}`);
  return claim;
};

describe('an article with [n] markers and a reference list', () => {
  const { claims, sources } = extract(fixtureHtml('www.harbour-review.example/silt.html'), REFERENCES_EN_URL);

  it('links a sentence with [2] to entry 2’s URL, credited to entry 2’s authors', () => {
    expect(claimFor(claims, 'Dredging removed 1.2 million')).toMatchObject({ cue: '[2]', sourceUrl: REFERENCES_JOURNAL_URL, speaker: 'N. Okafor, E. Lindqvist', via: 'reference-entry' });
    expect(claimFor(claims, 'Most of it came from the river mouth')).toMatchObject({ sourceUrl: REFERENCES_JOURNAL_URL, via: 'reference-entry' });
  });

  it('gives entry 2’s link the entry as its attribution: authors and journal', () => {
    const journal = sources.find((s) => s.url === REFERENCES_JOURNAL_URL)!;
    expect(journal.attribution).toMatchObject({ author: 'N. Okafor, E. Lindqvist', publication: 'Journal of Coastal Engineering' });
    expect(journal.reference).toMatchObject({ number: 2, title: 'Harbour dredging and silt budgets: the inner harbour campaign', issued: { 'date-parts': [[2021]] } });
  });

  it('keeps a marker after the full stop with its own sentence, and reads a superscript marker', () => {
    expect(claimFor(claims, 'The city council approved')).toMatchObject({ cue: '[1]', speaker: 'Lena Morales', via: 'reference-entry' });
    expect(claims.some((c) => /^\s*\d\]/.test(c.text))).toBe(false);
    // Entry 3 has only a DOI in plain text: who is named, but no link is invented.
    expect(claimFor(claims, 'Silt returns within five years')).toMatchObject({ cue: '³', speaker: 'C. Byrne', sourceUrl: null, via: 'reference-entry' });
  });

  it('takes no claims from the reference list itself', () => {
    expect(claims.some((c) => c.text.includes('Journal of Coastal Engineering'))).toBe(false);
  });
});

describe('other marker styles', () => {
  const page = (body: string) => `<!doctype html><html lang="en"><head><title>Story</title></head><body><article>${body}</article></body></html>`;

  it('links an author–date marker "(Okafor and Lindqvist 2021)" to its entry', () => {
    const { claims } = extract(
      page(`<p>Silt volumes doubled in a single year (Okafor and Lindqvist 2021).</p><h2>References</h2><ul><li>Okafor, N., &amp; Lindqvist, E. (2021). Harbour dredging. <i>Journal of Coastal Engineering</i>. <a href="https://journal.example.org/a">link</a></li><li>Doe, J. (2019). Tides. <a href="https://tides.example.org/b">link</a></li></ul>`),
      'https://news.example.com/2024/story',
    );
    expect(claimFor(claims, 'Silt volumes doubled')).toMatchObject({ sourceUrl: 'https://journal.example.org/a', via: 'reference-entry' });
  });

  it('links 注1 in a Chinese article to entry 1', () => {
    const { claims } = extract(
      `<!doctype html><html lang="zh"><head><title>报道</title></head><body><article><p>今年春季降雨偏少，南部多座水库进水量明显不足，农业灌溉用水已开始分区轮供。</p><p>南部水库蓄水率已降至三成注1。</p><p>水利部门表示，将视降雨情况调整供水计划，并呼吁民众节约用水，工业用户也需配合减量。</p><h2>参考文献</h2><ol><li>[1] 张三, 李四. 南部水库蓄水率研究[J]. 水利学报, 2023, 54(3): 12-20. <a href="https://www.shuili.example/a">链接</a></li></ol></article></body></html>`,
      'https://news.example.cn/2024/story',
    );
    expect(claimFor(claims, '南部水库蓄水率已降至三成')).toMatchObject({ speaker: '张三, 李四', sourceUrl: 'https://www.shuili.example/a', via: 'reference-entry' });
  });
});
