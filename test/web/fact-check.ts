import type { ServerResponse } from 'node:http';
import { articleHtml } from './article-page';
import type { Route } from './routes';

/**
 * A fact-check page (its own "Published:" date below the text, the checked
 * statement's earlier date above it) citing sources that are right but look
 * wrong to a careless reader: a statistics table whose scale is in the column
 * header, Wikipedia-style definitions (one on topic, one linked to the wrong
 * article), a source dated after the statement but before the fact check, and
 * wire copy on newspaper sites (Reuters on the Guardian, AP on the Washington Post).
 */
export const FACT_CHECK_URL = 'https://www.harbour-factcheck.org/fact-checks/tourist-spending-claim/';
export const STATS_TABLE = 'https://stats.harbour-region.eu/tourism/spending-2019-q1';
export const DEFINITION_ON_TOPIC = 'https://en.wikipedia.org/wiki/Tourist_tax';
/** Linked for "occupancy rate", but the page is about a seal. */
export const DEFINITION_OFF_TOPIC = 'https://en.wikipedia.org/wiki/Occupancy_rate';
/** Dated 2019-10-18: five days after the checked statement, a month before the fact check. */
export const AFTER_STATEMENT = 'https://www.harbour-post.com/politics/reed-interview';
export const REUTERS_ON_GUARDIAN = 'https://www.theguardian.com/business/2019/nov/12/harbour-hotel-bookings';
export const AP_ON_WAPO = 'https://www.washingtonpost.com/business/2019/11/14/harbour-ferry-passengers/';

const html = { 'content-type': 'text/html; charset=utf-8' };
const page = (body: string) => (_req: unknown, res: ServerResponse) => {
  const bytes = Buffer.from(body, 'utf8');
  res.writeHead(200, { 'content-length': String(bytes.length), ...html });
  res.end(bytes);
};

const STATS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Tourist spending, first quarter 2019 | Harbour Region Statistics</title>
<meta property="og:site_name" content="Harbour Region Statistics">
<meta property="article:published_time" content="2019-05-20T09:00:00+02:00">
</head><body>
<header><a href="/">Harbour Region Statistics</a><nav><a href="/tourism/">Tourism</a> <a href="/economy/">Economy</a></nav></header>
<main><article>
<h1>Tourist spending, first quarter 2019</h1>
<p>Spending by visitors to the region rose in the first quarter of 2019 compared with the previous quarter, according to the quarterly tourism survey.</p>
<table>
<caption>Tourist spending in the region</caption>
<thead><tr><th>Quarter</th><th>Value (EUR million)</th><th>Change on previous quarter (%)</th></tr></thead>
<tbody>
<tr><th scope="row">Q3 2018</th><td>212</td><td>9.1</td></tr>
<tr><th scope="row">Q4 2018</th><td>158</td><td>-25.5</td></tr>
<tr><th scope="row">Q1 2019</th><td>171</td><td>8.2</td></tr>
</tbody></table>
<dl>
<dt>Overnight stays, Q1 2019 (thousands)</dt><dd>1,240</dd>
<dt>Survey method</dt><dd>Quarterly survey of 3,000 visitors at ports and hotels</dd>
</dl>
<p>The next release, covering the second quarter, is due in August.</p>
</article></main>
<footer><a href="/about/">About</a></footer></body></html>`;

const wikiPage = (title: string, lead: string[]) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${title} - Wikipedia</title>
</head><body>
<div id="mw-navigation"><a href="/wiki/Main_Page">Main page</a> <a href="/wiki/Special:Random">Random article</a></div>
<main id="content"><h1 id="firstHeading" class="firstHeading">${title}</h1>
<div id="bodyContent"><div id="siteSub">From Wikipedia, the free encyclopedia</div>
<div class="mw-parser-output">${lead.map((p) => `<p>${p}</p>`).join('\n')}</div></div></main>
<footer id="footer"><a href="/wiki/Wikipedia:About">About Wikipedia</a></footer></body></html>`;

const TOURIST_TAX = wikiPage('Tourist tax', [
  'A <b>tourist tax</b> is a tax levied on travellers who stay in a place other than their home, usually charged per person and per night of accommodation.',
  'Tourist taxes are collected by hotels and other lodgings on behalf of the local authority, and the money is often spent on tourism infrastructure and public services.',
  'Many European cities, including Amsterdam, Barcelona and Venice, charge a tourist tax.',
]);
const HARBOUR_SEAL = wikiPage('Harbor seal', [
  'The <b>harbor seal</b> (Phoca vitulina), also known as the common seal, is a true seal found along temperate and Arctic marine coastlines of the Northern Hemisphere.',
  'Harbor seals are brown, silvery white, tan, or gray, with distinctive V-shaped nostrils, and adults can attain a length of 1.85 metres.',
  'They prefer to frequent familiar resting spots and may spend several days at sea hunting for fish.',
]);

const REED_INTERVIEW = articleHtml({
  lang: 'en',
  title: 'Reed stands by tourism claim',
  siteName: 'Harbour Post',
  author: 'Sam Whitley',
  published: '2019-10-18T07:30:00+01:00',
  paragraphs: [
    'Tourism minister Alan Reed repeated on Friday his claim that tourist spending collapsed after the harbour tax came in.',
    'Reed said hoteliers had told him that bookings fell sharply in the spring.',
  ],
});

/** A newspaper page carrying agency copy: the credit line, byline and JSON-LD name the agency, the site is the paper's. */
const wirePage = (p: { title: string; siteName: string; agency: string; published: string; paragraphs: string[] }) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${p.title} | ${p.siteName}</title>
<meta property="og:site_name" content="${p.siteName}">
<meta property="og:title" content="${p.title}">
<meta property="article:published_time" content="${p.published}">
<meta name="author" content="${p.agency}">
<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: p.title,
    datePublished: p.published,
    author: { '@type': 'Organization', name: p.agency },
    sourceOrganization: { '@type': 'Organization', name: p.agency },
    publisher: { '@type': 'Organization', name: p.siteName },
  })}</script>
</head><body>
<header><a href="/">${p.siteName}</a><nav><a href="/business">Business</a></nav></header>
<main><article><h1>${p.title}</h1>
<p class="byline">${p.agency}</p>
<div class="article-body">${p.paragraphs.map((x) => `<p>${x}</p>`).join('\n')}</div>
</article></main><footer><a href="/about">About</a></footer></body></html>`;

const GUARDIAN_REUTERS = wirePage({
  title: 'Harbour region hotel bookings rise despite new tax',
  siteName: 'The Guardian',
  agency: 'Reuters',
  published: '2019-11-12T10:15:00Z',
  paragraphs: [
    'Hotel bookings in the harbour region rose 4% in October compared with a year earlier, industry figures showed on Tuesday.',
    'The increase came despite a new tourist tax introduced in January, hoteliers said.',
  ],
});
const WAPO_AP = wirePage({
  title: 'Harbour ferries carry most passengers in a decade',
  siteName: 'The Washington Post',
  agency: 'Associated Press',
  published: '2019-11-14T16:00:00Z',
  paragraphs: [
    'Ferry passenger numbers in the harbour region were the highest in a decade this year, operators said Thursday.',
    'More than 2 million passengers have used the routes since January.',
  ],
});

export function factCheckRoutes(): Route[] {
  const path = (u: string) => new URL(u).pathname;
  const host = (u: string) => new URL(u).hostname;
  return [
    { host: host(FACT_CHECK_URL), path: path(FACT_CHECK_URL), file: 'www.harbour-factcheck.org/tourism-claim.html', headers: html },
    { host: host(STATS_TABLE), path: path(STATS_TABLE), handle: page(STATS_PAGE) },
    { host: host(DEFINITION_ON_TOPIC), path: path(DEFINITION_ON_TOPIC), handle: page(TOURIST_TAX) },
    { host: host(DEFINITION_OFF_TOPIC), path: path(DEFINITION_OFF_TOPIC), handle: page(HARBOUR_SEAL) },
    { host: host(AFTER_STATEMENT), path: path(AFTER_STATEMENT), handle: page(REED_INTERVIEW) },
    { host: host(REUTERS_ON_GUARDIAN), path: path(REUTERS_ON_GUARDIAN), handle: page(GUARDIAN_REUTERS) },
    { host: host(AP_ON_WAPO), path: path(AP_ON_WAPO), handle: page(WAPO_AP) },
  ];
}
