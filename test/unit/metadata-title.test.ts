import { describe, expect, it } from 'vitest';
import { readBody } from '../../lib/extract/body';
import { readMetadata } from '../../lib/extract/metadata/read-metadata';
import { parseHtml } from '../../lib/platform/html';

const text = '<p>The council voted on Tuesday to close the old bridge for repairs, officials said after the meeting ended late in the evening.</p>'.repeat(4);
const titleOf = (html: string, url = 'https://news.example.com/2024/05/01/bridge-closed') => {
  const doc = parseHtml(html);
  return readMetadata(doc, url, readBody(doc)).title;
};

describe('title: the visible headline', () => {
  it('drops a kicker span inside the <h1> that the meta title carries', () => {
    const html = `<html><head><meta property="og:title" content="Verkehr: Alte Brücke wird gesperrt"><title>Verkehr: Alte Brücke wird gesperrt | Beispiel</title></head>
      <body><article><h1><span class="article-kicker">Verkehr</span><span class="visually-hidden">: </span><span class="article-title">Alte Brücke wird gesperrt</span></h1>${text}</article></body></html>`;
    expect(titleOf(html)).toBe('Alte Brücke wird gesperrt');
  });

  it('takes the post heading, not the blog name in the page-wide <h1>', () => {
    const html = `<html><head><meta property="og:site_name" content="Anna's Notebook"><meta property="og:title" content="Why I moved my garden"><title>Why I moved my garden | Anna's Notebook</title></head>
      <body><div id="wrap"><h1>Anna's Notebook</h1><div class="post"><h2 class="entry-title">Why I moved my garden</h2>${text}</div></div></body></html>`;
    expect(titleOf(html, 'https://anna.example.org/2024/05/01/garden/')).toBe('Why I moved my garden');
  });

  it('keeps the meta spelling when the heading only differs by spacing from its spans', () => {
    const html = `<html><head><meta property="og:title" content="Abrechnung: Musiker fordern neues Modell"></head>
      <body><article><h2 class="headline"><span class="emphasis">Abrechnung</span> <span class="o-hidden">: </span> <span>Musiker fordern neues Modell</span></h2>${text}</article></body></html>`;
    expect(titleOf(html)).toBe('Abrechnung: Musiker fordern neues Modell');
  });

  it("prefers the article's <h1> to a differently worded SEO title on the same topic", () => {
    const html = `<html><head><title>Bridge closed: what drivers need to know - Example News</title></head>
      <body><header class="site-header"><div class="logo">Example News</div></header><main><article><h1>Old bridge shut for a year of repairs</h1>${text}</article></main></body></html>`;
    expect(titleOf(html)).toBe('Old bridge shut for a year of repairs');
  });

  it('keeps the meta title when the only <h1> is a section heading unrelated to the page', () => {
    const html = `<html><head><title>Council closes the old bridge</title></head>
      <body><main><h1>Local Services Directory</h1>${text}</main></body></html>`;
    expect(titleOf(html, 'https://news.example.com/story/12345')).toBe('Council closes the old bridge');
  });

  it('uses the <h1> when the page title is generic', () => {
    const html = `<html><head><title>Home</title></head><body><main><article><h1>Time to say goodbye</h1>${text}</article></main></body></html>`;
    expect(titleOf(html, 'https://blog.example.net/')).toBe('Time to say goodbye');
  });

  it('ignores a site-name <h1> in the banner and strips that name from the <title>', () => {
    const html = `<html><head><title>Leber mit Apfel und Zwiebel | Omas Küche</title></head>
      <body><div id="header"><h1>Omas Küche</h1></div><div id="content">${text}</div></body></html>`;
    expect(titleOf(html, 'https://kochen.example.de/rezepte/leber.htm')).toBe('Leber mit Apfel und Zwiebel');
  });

  it('reads ruby text without its reading aids and drops soft hyphens', () => {
    const ruby = `<html><head><title>子どもの法律ができる | NHK</title></head><body><article><h1><ruby>子<rt>こ</rt></ruby>どもの<ruby>法律<rt>ほうりつ</rt></ruby>ができる</h1>${text}</article></body></html>`;
    expect(titleOf(ruby, 'https://news.example.jp/a/1')).toBe('子どもの法律ができる');
    const shy = `<html><head><title>Messengerdienste sind kein rechtsfreier Raum</title></head><body><article><h1>Mes\u00adsen\u00adger\u00addiens\u00adte sind kein rechts\u00adfrei\u00ader Raum</h1>${text}</article></body></html>`;
    expect(titleOf(shy)).toBe('Messengerdienste sind kein rechtsfreier Raum');
  });
  it('takes the <h2> under a kicker marked up as the <h1>', () => {
    const html = `<html><head><title>Map update: more points of interest - Update: POI in the route tool</title></head>
      <body><header class="article"><div class="caption"><h1 class="strapline">Update: POI in the route tool</h1><h2 class="title">Map update: more points of interest</h2></div></header><main>${text}</main></body></html>`;
    expect(titleOf(html)).toBe('Map update: more points of interest');
  });

  it("reads the <h2> of a headline container and drops a sub-line set before it, keeping one set after it", () => {
    const lead = `<html><head><meta property="og:title" content="Vanlife in Sweden: Scandinavia by camper van"></head>
      <body><div class="breadcrumb-slider"><h1>Vanlife in Sweden - Scandinavia</h1></div><div class="article__headline__container"><h2><span class="subline">Vanlife in Sweden</span> <span class="headline">Scandinavia by camper van</span></h2></div><div class="body">${text}</div></body></html>`;
    expect(titleOf(lead)).toBe('Scandinavia by camper van');
    const trail = `<html><head><title>Snow sports that spare wildlife</title></head>
      <body><main><h1 class="stage__headline">Snow sports that spare wildlife <span class="stage__subline">Tips for touring in winter</span></h1>${text}</main></body></html>`;
    expect(titleOf(trail)).toBe('Snow sports that spare wildlife Tips for touring in winter');
  });

  it('keeps an entry-title <h1> that a theme put in a full-width <header>', () => {
    const html = `<html><head><meta property="og:site_name" content="Trail News"><title>Trail News</title></head>
      <body><header id="featured-wide"><h1 class="entry-title">How to set up tubeless tyres at home</h1></header><article class="post">${text}</article></body></html>`;
    expect(titleOf(html, 'https://trail.example.de/news/tubeless/')).toBe('How to set up tubeless tyres at home');
  });
  it('takes the meta title that the heading prints inside an unmarked label', () => {
    const html = `<html><head><meta property="og:title" content="Press releases"><title>Vaccination stays open everywhere until the end of February</title></head>
      <body><div id="app"><h1><style>.c1{display:block}</style><span class="c1">Press release of the health department <span class="c2">:</span></span>Vaccination stays open everywhere until the end of February</h1>${text}</div></body></html>`;
    expect(titleOf(html)).toBe('Vaccination stays open everywhere until the end of February');
  });

  it('keeps the part of the heading the meta title names when the spans are classed the other way round', () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Anna Berg is the new council president"}</script></head>
      <body><main><h2 class="combo-headline"><span class="subheadline">Anna Berg is the new council president</span> <span class="headline">"End the reform jam"</span></h2>${text}</main></body></html>`;
    expect(titleOf(html, 'https://news.example.com/2024/05/01/end-the-reform-jam-anna-berg-president')).toBe('Anna Berg is the new council president');
  });
  it('drops a date written before the headline, but not a year that is part of it', () => {
    const dated = `<html><head><title>23.01.2022 - Wierer wins the last race at home - Biathlon Example</title></head>
      <body><section class="detail"><h1>23.01.2022 - Wierer wins the last race at home</h1>${text}</section></body></html>`;
    expect(titleOf(dated)).toBe('Wierer wins the last race at home');
    const year = `<html><head><title>2022: the year in review</title></head><body><article><h1>2022: the year in review</h1>${text}</article></body></html>`;
    expect(titleOf(year)).toBe('2022: the year in review');
    const version = `<html><head><title>1.2.10 - Release notes for the new version</title></head><body><article><h1>1.2.10 - Release notes for the new version</h1>${text}</article></body></html>`;
    expect(titleOf(version)).toBe('1.2.10 - Release notes for the new version');
  });
  it("takes the page's only <h1> even outside a content container when it shares a word with the page title", () => {
    const html = `<html><head><title>Loan interest: how to work out your costs | Lender</title></head>
      <body><div class="loan-form-head"><h1>How high is the interest on a personal loan?</h1></div><div class="card"><div class="headline"><h2>Questions about loan interest</h2></div>${text}</div></body></html>`;
    expect(titleOf(html, 'https://lender.example.de/loans/loan-interest/')).toBe('How high is the interest on a personal loan?');
  });

  it('counts compound words as shared words between the <h1> and the page title', () => {
    const html = `<html><head><title>Autofinanzierung – Autokredit oder Leasing?</title></head>
      <body><main><h1>Finanzierung Ihres Wagens</h1>${text}</main></body></html>`;
    expect(titleOf(html, 'https://vergleich.example.ch/leasing/info/')).toBe('Finanzierung Ihres Wagens');
  });
  it('does not take a one-word section <h2> for the headline because the page title contains it', () => {
    const html = `<html><head><title>Embedded videos test</title></head>
      <body><article><h1>Lorem</h1>${text}<h2>Videos</h2>${text}</article></body></html>`;
    expect(titleOf(html, 'http://fakehost/test/page.html')).toBe('Embedded videos test');
  });
  it('heads a page without any <h1> with the first <h2> of its article area when it shares a word with the meta title', () => {
    const html = `<html><head><meta property="og:title" content="Mrs H gave boxfood.example 5 stars. Check out the full review..."></head>
      <body><div class="wrap"><article class="review"><h2 class="review-content__title">Boxfood has changed my life</h2>${text}</article></div></body></html>`;
    expect(titleOf(html, 'https://reviews.example.com/reviews/581cf1892ae')).toBe('Boxfood has changed my life');
    const unrelated = `<html><head><title>Lazy loading images with alt text</title></head><body><main><h2>Test case 1</h2>${text}</main></body></html>`;
    expect(titleOf(unrelated, 'http://fakehost/test/page.html')).toBe('Lazy loading images with alt text');
  });

  it('does not let hidden <h2>s use up the article-area slots', () => {
    const hidden = Array.from({ length: 5 }, (_, i) => `<h2 class="sr-only">Menu ${i}</h2>`).join('');
    const html = `<html><head><title>New workshop building - Campus Birmensdorf</title></head>
      <body><div class="contentCols">${hidden}<main><article><h2>Design competition for the new workshop building</h2>${text}</article></main></div></body></html>`;
    expect(titleOf(html, 'https://campus.example.ch/de/index.html')).toBe('Design competition for the new workshop building');
  });
  it("trusts the <h2> of a .page-header in the content area even when it shares no word with the SEO title", () => {
    const html = `<html><head><title>der Schreibstil - example.net - Webdesign</title></head>
      <body><main id="content"><div class="item-page"><div class="page-header"><h2>Schreiben Sie Informationen für Ihre Zielgruppe</h2></div>${text}</div></main></body></html>`;
    expect(titleOf(html, 'https://example.net/text-planung/der-schreibstil')).toBe('Schreiben Sie Informationen für Ihre Zielgruppe');
  });
  it('takes the words two meta titles share after different labels when the page has no heading', () => {
    const html = `<html><head><meta property="og:title" content="Industry revolutionised?: Anno 1800 Beta"><title>gamesite | Previews: Anno 1800 Beta</title></head>
      <body><div class="box">${text}</div></body></html>`;
    expect(titleOf(html, 'https://gamesite.example.de/previews,id1085,0,anno_1800_beta.html')).toBe('Anno 1800 Beta');
    const same = `<html><head><meta property="og:title" content="Brexit: the deal is done"><title>Brexit: the deal is done</title></head><body><div class="box">${text}</div></body></html>`;
    expect(titleOf(same)).toBe('Brexit: the deal is done');
  });

  it('strips a site name set off by a double hyphen, with spaces on both sides or one', () => {
    const head = (title: string) => `<html><head><meta property="og:site_name" content="Example Daily"><title>${title}</title></head><body><div class="box">${text}</div></body></html>`;
    expect(titleOf(head('Bridge to close for repairs -- Example Daily'))).toBe('Bridge to close for repairs');
    expect(titleOf(head('Example Daily --Bridge to close for repairs'))).toBe('Bridge to close for repairs');
    expect(titleOf(head('A well--known bridge will close'))).toBe('A well--known bridge will close');
  });

  it("takes the title's part that the page sets as a heading when the other part is the name its navigation links", () => {
    const page = (nav: string, heading: string) => `<html><head><title>Word Daily --gallimaufry</title></head>
      <body><table><tr><td>${nav}</td></tr><tr><td><a href="/words/gallimaufry.html">gallimaufry</a>${heading}<p>A jumble or medley of things, from the French for a stew of odds and ends.</p>${text}</td></tr></table></body></html>`;
    const url = 'https://words.example.org/words/gallimaufry.html';
    expect(titleOf(page('<h2><a href="/daily/">Word Daily</a></h2>', '<h3>gallimaufry</h3>'), url)).toBe('gallimaufry');
    // Without a link naming the other part, nothing says it is the site's name.
    expect(titleOf(page('<h2>Word Daily</h2>', '<h3>gallimaufry</h3>'), url)).toBe('Word Daily --gallimaufry');
    // A heading that is itself a link is a teaser for another page.
    expect(titleOf(page('<h2><a href="/daily/">Word Daily</a></h2>', '<h3><a href="/words/gallimaufry.html">gallimaufry</a></h3>'), url)).toBe('Word Daily --gallimaufry');
  });

  it("does not take the site's name for the title because the page sets it as a heading and links its own name", () => {
    const html = `<html><head><meta property="og:site_name" content="Sounds of Silence"><title>History | Sounds of Silence</title></head>
      <body><div class="top"><h3>Sounds of Silence</h3></div><ul class="menu"><li><a href="/film/history/">History</a></li><li><a href="/film/cast/">Cast</a></li></ul><div class="box">${text}</div></body></html>`;
    expect(titleOf(html, 'https://sounds.example.de/film/history/')).toBe('History');
  });
});
