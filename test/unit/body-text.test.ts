import { describe, expect, it } from 'vitest';
import { readBody } from '../../lib/extract/body';
import { parseHtml } from '../../lib/platform/html';

const prose = (n: number, from = 1) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + from} of the report says the council approved the new budget after a long debate, and the mayor said the money would go to schools, roads and parks over the next three years.</p>`).join('');
const page = (article: string) =>
  `<!doctype html><html lang="en"><head><title>Council passes budget</title></head><body><main><article><h1>Council passes budget</h1>${article}</article></main></body></html>`;
const text = (article: string) => readBody(parseHtml(page(article)))?.text ?? '';

describe('readBody text', () => {
  it('keeps a break between adjacent blocks and table cells', () => {
    const t = text(`${prose(4)}<p>The vote ended.</p><p>Next came the parks plan.</p><table><tr><td>FL</td><td>June 5</td></tr></table>`);
    expect(t).toContain('The vote ended.\n\nNext came the parks plan.');
    expect(t).not.toMatch(/ended\.Next/);
    expect(t).not.toMatch(/FLJune/);
  });
});

describe('readBody text without chrome', () => {
  it('drops a newsletter box and a related-stories list Readability keeps inside the article', () => {
    const t = text(
      `${prose(3)}<div class="newsletter-box"><h3>Morning briefing</h3><p>Get the latest city news in your inbox every morning with our free daily briefing.</p></div>${prose(2, 4)}` +
        `<ul class="related-links"><li>Mayor opens new library in the north of the city</li><li>School board names a new superintendent</li></ul>`,
    );
    expect(t).toContain('Paragraph 5 of the report');
    expect(t).not.toContain('inbox every morning');
    expect(t).not.toContain('new superintendent');
  });
});

describe('readBody text without captions', () => {
  it('drops figure captions and caption/credit wrappers but keeps the prose around them', () => {
    const t = text(
      `${prose(3)}<figure><img src="a.jpg"><figcaption>The mayor speaks to reporters outside city hall on Monday evening.</figcaption></figure>` +
        `${prose(2, 4)}<div class="wp-caption"><img src="b.jpg"><p class="wp-caption-text">Workers repair a road in the east of the city last spring.</p></div>${prose(1, 6)}`,
    );
    expect(t).toContain('Paragraph 6 of the report');
    expect(t).not.toContain('outside city hall');
    expect(t).not.toContain('repair a road');
  });
});

describe('readBody text without furniture written as paragraphs', () => {
  const furniture =
    '<p>Updated 1:39 am EST, Wednesday, November 20, 2019</p>' +
    '<p>Related: <a href="/other-story">Mayor opens new library in the north of the city</a></p>' +
    '<p><a href="/another-story">SCHOOL BOARD NAMES NEW SUPERINTENDENT AFTER LONG SEARCH</a></p>' +
    '<p>Get the latest city news in your inbox. <a href="/newsletters">Subscribe to our newsletters.</a></p>' +
    '<p>Tags <a href="/t/budget">city budget</a>, <a href="/t/council">city council</a>, <a href="/t/parks">parks</a></p>' +
    '<p>标签：<a href="/t/1">城市预算</a> <a href="/t/2">市议会选举</a> <a href="/t/3">公园</a></p>';
  const kept =
    '<p>By the end of the year the council had spent less than it planned</p>' +
    '<p>Residents can follow the debate on the council website, where the budget is published.</p>' +
    '<p><a href="/budget.pdf">Read the full budget</a></p>';

  it('drops datelines, teaser links, shouted headline links and newsletter prompts', () => {
    const t = text(`${prose(2)}${furniture}${prose(2, 3)}`);
    expect(t).toContain('Paragraph 4 of the report');
    for (const s of ['1:39 am', 'new library', 'SUPERINTENDENT', 'inbox', 'newsletters', 'city council', '市议会']) expect(t).not.toContain(s);
  });

  it('keeps prose that only resembles furniture', () => {
    const t = text(`${prose(2)}${kept}${prose(2, 3)}`);
    expect(t).toContain('By the end of the year');
    expect(t).toContain('follow the debate');
    expect(t).toContain('Read the full budget');
  });
});

describe('readBody text without interface labels and related lists', () => {
  it('drops lone "Advertisement" and gallery-counter lines', () => {
    const t = text(`${prose(2)}<p>Advertisement</p><div><span>Image 2 of 5</span></div>${prose(2, 3)}`);
    expect(t).toContain('Paragraph 4 of the report');
    expect(t).not.toMatch(/Advertisement|Image 2 of 5/);
  });

  it('drops a "You may also like" line and the links under it, but keeps a lead-in followed by prose', () => {
    const related =
      '<p>You may also like...</p><p><a href="/a">Who will run for mayor next year?</a></p><p><a href="/b">Ten parks to visit this summer</a></p>';
    const t = text(`${prose(3)}${related}${prose(1, 4)}`);
    expect(t).toContain('Paragraph 4 of the report');
    expect(t).not.toMatch(/may also like|run for mayor|parks to visit/);
    const section = text(`${prose(3)}<h2>Related</h2><p>The council also voted on a related measure to fund two new libraries.</p>`);
    expect(section).toContain('Related');
    expect(section).toContain('two new libraries');
  });
});

describe('readBody text without credited captions', () => {
  it('drops a short line closed by a picture credit, keeps an "(AP)" dateline paragraph', () => {
    const t = text(
      `<p>WASHINGTON (AP) — The council approved the budget on Monday after a long debate about schools and roads.</p>${prose(2)}` +
        `<p>Protesters gather outside city hall (Image: GETTY)</p><p>The mayor at the vote. (AP Photo/Jane Doe, File)</p>${prose(2, 3)}`,
    );
    expect(t).toContain('WASHINGTON (AP)');
    expect(t).toContain('Paragraph 4 of the report');
    expect(t).not.toMatch(/GETTY|Jane Doe/);
  });
});

describe('readBody text of a very large page (read without Readability)', () => {
  it('leaves out chrome, captions and prompts there too', () => {
    const filler = '<span>x</span>'.repeat(16_000);
    const t = text(
      `${prose(3)}<figure><img src="a.jpg"><figcaption>The mayor speaks to reporters outside city hall.</figcaption></figure>` +
        `<p>Get the latest city news in your inbox. <a href="/newsletters">Subscribe to our newsletters.</a></p>${prose(1, 4)}<div hidden>${filler}</div>`,
    );
    expect(t).toContain('Paragraph 4 of the report');
    expect(t).not.toMatch(/outside city hall|newsletters/);
  });
});

describe('readBody text without unmarked captions', () => {
  it('drops a short line sharing a small wrapper with a picture, keeps a paragraph beside an inline icon in a quote', () => {
    const t = text(
      `${prose(3)}<div class="pic"><img src="a.jpg" alt=""><p>The mayor speaks to reporters outside city hall.</p></div>` +
        `<blockquote><img src="icon.png" alt=""><p>We will fix every road in the city by next summer.</p></blockquote>${prose(1, 4)}`,
    );
    expect(t).toContain('Paragraph 4 of the report');
    expect(t).toContain('fix every road');
    expect(t).not.toContain('outside city hall');
  });
});

describe('readBody text keeps quoted posts', () => {
  it('keeps an embedded post quoted in a blockquote even when its wrapper is named like a widget', () => {
    const t = text(
      `${prose(2)}<div class="article-widget embed-tweet"><blockquote class="twitter-tweet"><p>I cannot thank the council enough for the new park.</p>— Resident (@resident) May 1, 2024</blockquote></div>${prose(2, 3)}`,
    );
    expect(t).toContain('Paragraph 4 of the report');
    expect(t).toContain('thank the council enough');
  });
});
