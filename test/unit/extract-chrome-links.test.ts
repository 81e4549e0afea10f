import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract-article';
import { parseHtml } from '../../lib/platform/html';

const URL = 'https://news.example.com/2024/05/01/story';
const filler = 'Officials said the review would take several months and that the findings would be published once the auditors had finished their work.';
const run = (html: string, url = URL) => {
  const out = extractArticle(parseHtml(html), url, { force: true });
  if (!out.ok) throw new Error(out.detail);
  return out.extraction.sources.map((s) => s.url);
};
const story = (id: string, headline: string, link: string, paras = 3) =>
  `<article id="${id}"><h2>${headline}</h2>${Array.from({ length: paras }, (_, i) => `<p>${i === 0 ? `According to <a href="${link}">a report</a>, the plan moved ahead. ` : ''}${filler} ${filler}</p>`).join('')}</article>`;

describe('cited links: the story the page is about', () => {
  it('on a page streaming several stories, reads only the story whose headline is the title', () => {
    const html = `<html><head><title>Council approves the river bridge plan | Example</title></head><body><main>
      ${story('a', 'Council approves the river bridge plan', 'https://www.city.example.gov/minutes/2024-05-01', 2)}
      ${story('b', 'Storm closes schools across the county', 'https://weather.example.org/alerts/77', 5)}
      ${story('c', 'Local team wins the regional final', 'https://sports.example.net/final', 4)}
    </main></body></html>`;
    expect(run(html)).toEqual(['https://www.city.example.gov/minutes/2024-05-01']);
  });

  it('keeps a single article with teaser articles as it was', () => {
    const html = `<html><head><title>Council approves the river bridge plan</title></head><body>
      ${story('a', 'Council approves the river bridge plan', 'https://www.city.example.gov/minutes/2024-05-01', 4)}
      <aside><article><h3>Other news</h3><p><a href="/other">Storm closes schools</a></p></article></aside>
    </body></html>`;
    expect(run(html)).toEqual(['https://www.city.example.gov/minutes/2024-05-01']);
  });
});

const page = (body: string) =>
  `<html><head><title>Council approves the river bridge plan</title></head><body><article><h1>Council approves the river bridge plan</h1>${body}</article></body></html>`;
const prose = (inner = '') => `<p>${inner} ${filler} ${filler}</p>`;

describe('cited links: embeds and sign-up links', () => {
  it('reads an embedded post inside a "social" wrapper as part of the article', () => {
    const tweet = `<div class="social-media-embed"><blockquote class="twitter-tweet"><p>The bridge vote is today <a href="https://t.co/abc123">pic</a></p>— Mayor (@mayor) <a href="https://twitter.com/mayor/status/123">May 1, 2024</a></blockquote></div>`;
    const urls = run(page(prose('The mayor posted about it.') + tweet + prose()));
    expect(urls).toEqual(['https://t.co/abc123', 'https://twitter.com/mayor/status/123']);
  });

  it('still drops a social share bar', () => {
    const bar = `<div class="social-share"><a href="https://twitter.com/examplenews">Twitter</a> <a href="https://www.facebook.com/examplenews">Facebook</a></div>`;
    expect(run(page(prose('See <a href="https://www.city.example.gov/minutes">the minutes</a>.') + bar))).toEqual(['https://www.city.example.gov/minutes']);
  });

  it('drops a link to a subscription host', () => {
    expect(run(page(prose() + '<p>Get the latest updates. <a href="http://subscription.example.com/">Subscribe to our newsletters.</a></p>'))).toEqual([]);
  });
});

describe('cited links: chrome inside the body', () => {
  const cited = 'https://www.city.example.gov/minutes';
  const lead = prose(`See <a href="${cited}">the minutes</a>.`);

  it('drops the author link of a byline span inside a paragraph', () => {
    expect(run(page(`<p><span class="pb-byline">By <a href="/jane-doe">Jane Doe</a></span> May 1 at 3:57 PM. ${filler}</p>${lead}`))).toEqual([cited]);
  });

  it('drops a hover card but keeps the link that opens it', () => {
    const card = `<span class="rollover-people"><a class="rollover-people-link" href="/people/ilhan-omar">Ilhan Omar</a><span class="rollover-people-block"><span><img src="/x.jpg"><a href="/people/ilhan-omar">Ilhan Omar</a><a href="/news/4711-other-story">Other story</a></span></span></span>`;
    expect(run(page(`<p>The man threatened Rep. ${card}, officials said. ${filler}</p>${lead}`))).toEqual(['https://news.example.com/people/ilhan-omar', cited]);
  });

  it('keeps a line marked "hide-for-print" (it is shown on screen)', () => {
    expect(run(page(`${lead}<p><span class="interstitial hide-for-print"><a href="/2024/04/30/earlier-story">Earlier: the plan was delayed</a></span></p>${prose()}`))).toEqual([cited, 'https://news.example.com/2024/04/30/earlier-story']);
  });

  it('judges class names one by one: an author blurb named after the article body is chrome', () => {
    expect(run(page(`${lead}<div class="article-body-content--author-blurb"><a href="/author/jane/">Jane Doe</a> is a reporter at Example News.</div>`))).toEqual([cited]);
  });

  it('drops a "previous post" link', () => {
    expect(run(page(`${lead}<div id="prevlink"><a class="previous" href="/2024/04/01/older">← Previous: An older post</a></div>`))).toEqual([cited]);
  });
});

describe('cited links: recirculation lists', () => {
  const cited = 'https://www.city.example.gov/minutes';
  const lead = prose(`See <a href="${cited}">the minutes</a>.`);
  const list = '<ul><li>Storm closes <a href="/2024/05/01/storm">schools across the county</a></li><li>Team wins <a href="/2024/05/01/final">the regional final</a></li><li><a href="https://partner.example.net/deals">Best deals this week</a></li></ul>';

  it.each([
    ['<hr><div class="heading-h3">More Great Example Stories</div>'],
    ['<h3>Related coverage:</h3>'],
    ['<div role="heading" aria-level="3">Most read</div>'],
    ['<p><strong>相关阅读</strong></p>'],
    ['<h2>推薦閱讀</h2>'],
  ])('drops the list after %s', (heading) => {
    expect(run(page(lead + heading + list))).toEqual([cited]);
  });

  it('keeps a list after an ordinary heading', () => {
    expect(run(page(lead + '<h3>What the council decided</h3>' + list))).toHaveLength(4);
  });
});

describe('cited links: the source credit in the meta line', () => {
  const zh = (credit: string) => `<html lang="zh"><head><title>宇航员在太空中喝酒会怎么样</title></head><body><div class="wrap">
    <h1>宇航员在太空中喝酒会怎么样</h1><div class="meta"><span>2017-03-10 09:58</span> <span>${credit}</span></div>
    <div class="text">${'<p>　　翱翔于距地球数千公里的太空中，进入广袤漆黑的未知领域，是一项艰苦卓绝的工作。这让人感到巨大压力和极度恐慌。那么，为什么不能让宇航员来一杯鸡尾酒呢？</p>'.repeat(4)}</div></div></body></html>`;

  it('takes a "来源：" credit that links to the original article', () => {
    expect(run(zh('来源：<a href="http://tech.163.com/17/0228/00/CEAPST9C00097U81.html">网易科学人</a>'), 'http://www.gmw.cn/a.htm')).toEqual(['http://tech.163.com/17/0228/00/CEAPST9C00097U81.html']);
  });

  it('leaves a credit that links to a landing page', () => {
    expect(run(zh('來源： <a href="/cobrand/sinacn/">北京新浪網</a>'), 'https://news.sina.com.tw/article/1.html')).toEqual([]);
  });

  it('leaves other links of the meta line', () => {
    expect(run(zh('作者：<a href="http://www.gmw.cn/author/2017/12345.html">张三</a>'), 'http://www.gmw.cn/a.htm')).toEqual([]);
  });
});

describe('cited links: site boilerplate lines', () => {
  const cited = 'https://www.city.example.gov/minutes';
  const lead = prose(`See <a href="${cited}">the minutes</a>.`);

  it.each([
    ['Follow him on Twitter @jdoe or email him at <a href="/contact/jdoe">jdoe@example.com</a>'],
    ['Have a tip? Jane Doe may be reached at <a href="/contact">this address</a>.'],
    ['We’d like to hear what you think about this or any of our articles. Here are some <a href="https://help.example.com/letters">tips</a>.'],
    ['<em>Join our <a href="https://forums.example.com/">Space Forums</a> to keep talking space.</em>'],
    ['現在用APP看新聞 <a href="https://service.example.com.tw/app/app.html">點我下載APP</a>'],
    ['邀請您到 <a href="https://www.facebook.com/someblog">FB 粉絲團</a> 按個"讚"!'],
  ])('drops the links of "%s"', (line) => {
    expect(run(page(`${lead}<p>${line}</p>`))).toEqual([cited]);
  });

  it('keeps a prose sentence that only mentions when something first appeared', () => {
    const url = 'https://www.fmreview.org/syria2018/simpson-c';
    expect(run(page(`<p>The camp first appeared in 2014, when people fleeing the war <a href="${url}">gathered at the border</a>.</p>${prose()}`))).toEqual([url]);
  });
});

describe('cited links: the page itself', () => {
  it('does not list a link to the page itself as a source', () => {
    const cited = 'https://www.city.example.gov/minutes';
    expect(run(page(prose(`Gunmen <a href="${URL}?utm_source=x#top">stormed the museum</a>, see <a href="${cited}">the minutes</a>.`)))).toEqual([cited]);
  });
});

describe('cited links: byline lines', () => {
  const cited = 'https://www.city.example.gov/minutes';
  const lead = prose(`See <a href="${cited}">the minutes</a>.`);

  it('drops the profile and social links of a byline with a time stamp', () => {
    const byline = '<p class="info"><a href="/en/team/jane-doe.html">Jane Doe</a> (<a href="https://twitter.com/janedoe">@janedoe</a>) 12 minutes ago Wed 29th April 2020 | 03:32 PM</p>';
    expect(run(page(byline + lead))).toEqual([cited]);
  });

  it('keeps a profile link in a short sentence that has a date', () => {
    expect(run(page(`<p>On May 1, 2024, <a href="/people/jane-doe">the mayor</a> signed the order.</p>${lead}`))).toEqual(['https://news.example.com/people/jane-doe', cited]);
  });
});

describe('cited links: a "Sources" list beside the text', () => {
  const body = (sidebar: string) =>
    `<html><head><title>Who pays for tariffs</title></head><body><div class="container"><main><article><h1>Who pays for tariffs</h1><div class="article__text">${prose('Importers pay the duty.')}${prose()}${prose()}</div></article></main>
    <aside><div class="widget"><h3>About this article</h3><p>Researcher: <a href="/staff/jane/">Jane Doe</a></p>${sidebar}</div></aside></div></body></html>`;

  it('reads the article\'s Sources list from the sidebar, as citations', () => {
    const out = extractArticle(parseHtml(body('<h3>Sources:</h3><div><p>Congressional Budget Office, "<a href="https://www.cbo.gov/publication/55576">Effects of Tariffs</a>," Aug. 22, 2019</p><p>Tax Foundation, "<a href="https://taxfoundation.org/tariffs/">Tracking Tariffs</a>," May 31, 2019</p></div>')), URL, { force: true });
    if (!out.ok) throw new Error(out.detail);
    expect(out.extraction.sources.map((s) => [s.url, s.role])).toEqual([
      ['https://www.cbo.gov/publication/55576', 'citation'],
      ['https://taxfoundation.org/tariffs/', 'citation'],
    ]);
  });

  it('leaves the other sidebar lists alone', () => {
    expect(run(body('<h3>Most popular</h3><ul><li><a href="/a">A story</a></li><li><a href="/b">B story</a></li></ul>'))).toEqual([]);
  });
});
