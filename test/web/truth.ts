import type { ServerResponse } from 'node:http';
import iconv from 'iconv-lite';
import { articleHtml } from './article-page';
import type { Route } from './routes';

/**
 * Sources that are fine, or only briefly down, but look alarming: live short
 * articles with "404" or "not found" in their headline, servers that are busy
 * (429, 503), a long redirect chain, an AMP link, a GBK page labelled UTF-8.
 * Cited by the Harbour Courier test article; none of them is gone.
 */
export const TRUTH_ARTICLE_URL = 'https://www.harbour-courier.com/2024/05/02/storm-recovery/';

/** The four live short articles whose headlines read like error pages. */
export const LIVE_ALARMING = {
  route404: 'https://www.roads-daily.com/2024/04/30/route-404-reopens/',
  oops: 'https://www.valley-tribune.com/news/council-water-figures',
  removed: 'https://www.city-gazette.com/2024/04/29/statue-main-square/',
  notFound: 'https://www.mountain-herald.com/2024/04/28/missing-hiker-search/',
} as const;
export const BUSY_429 = 'https://busy.example-stats.org/q1-2024';
export const DOWN_503 = 'https://down.example-agency.gov/storm-report';
export const BAD_GATEWAY_502 = 'https://gateway.example-port.org/closures';
export const LONG_CHAIN = 'https://hops.example-redirect.com/0';
export const LONG_CHAIN_HOPS = 20;
export const AMP_LINK = 'https://amp.theguardian.com/world/2024/may/01/harbour-storm-damage';
export const AMP_CANONICAL = 'https://www.theguardian.com/world/2024/may/01/harbour-storm-damage';
/** A site that answers every address with the same 200 page: a real soft 404. */
export const CATCH_ALL = 'https://www.catchall-times.com/2023/11/02/ferry-timetable/';
/** A short Xinhua-style Chinese news page: six paragraphs of 43–70 characters. */
export const XINHUA_SHORT_URL = 'https://www.news.cn/local/20240502/a1b2c3/c.html';
/** Pages that call themselves Reuters on domains that are not Reuters': a Cyrillic "е", and a subdomain of another site. */
export const LOOKALIKE_CYRILLIC = 'https://www.r\u0435uters.com/world/europe/harbour-aid-2024-05-01/';
export const LOOKALIKE_SUBDOMAIN = 'https://reuters.example-source.com/world/europe/harbour-aid-2024-05-01/';
export const GBK_AS_UTF8 = 'https://www.people.com.cn/n1/2024/0501/c1002-storm.html';

const html = { 'content-type': 'text/html; charset=utf-8' };
const page = (body: string, status = 200, headers: Record<string, string> = html) => (_req: unknown, res: ServerResponse) => {
  const bytes = Buffer.from(body, 'utf8');
  res.writeHead(status, { 'content-length': String(bytes.length), ...headers });
  res.end(bytes);
};

const short = (title: string, siteName: string, published: string, paragraphs: string[]) =>
  articleHtml({ lang: 'en', title, siteName, published, author: 'Staff Reporter', paragraphs });

const ROUTE_404 = short('Route 404 reopens after storm repairs', 'Roads Daily', '2024-04-30T09:00:00Z', [
  'Route 404 reopened to traffic on Tuesday after crews repaired two bridges damaged in the April storm.',
  'The state transport department said the repairs cost $4.2 million and finished a week ahead of schedule.',
  'Drivers should still expect lane closures near the harbour until the end of May.',
]);
const OOPS = short('Oops: council admits its water figures were wrong', 'Valley Tribune', '2024-04-29T15:00:00Z', [
  'The city council admitted on Monday that its water figures were wrong, after residents pointed out that the reservoir total had been counted twice.',
  'The corrected report puts reservoir storage at 61 percent of capacity, not 78 percent.',
  'A council spokesperson said the error was made when two spreadsheets were merged.',
]);
const REMOVED = short('Statue has been removed from the main square', 'City Gazette', '2024-04-29T11:00:00Z', [
  'The bronze statue of the harbour founder has been removed from the main square for restoration after storm damage.',
  'Workers lifted the 3-tonne statue with a crane on Sunday morning; it will return in the autumn.',
  'The square remains open to the public during the works.',
]);
const HIKER = short('Missing hiker not found after three-day search', 'Mountain Herald', '2024-04-28T18:00:00Z', [
  'A hiker missing in the coastal hills has not been found after a three-day search, rescue teams said on Sunday.',
  'More than 80 volunteers and two helicopters joined the search, which was slowed by the storm.',
  'Police asked anyone who saw the hiker near the north trail to come forward.',
]);

const CHAIN_END = articleHtml({
  lang: 'en',
  title: 'Harbour wall survey results',
  siteName: 'Harbour Authority',
  published: '2024-04-25T10:00:00Z',
  paragraphs: ['The survey found that 14 sections of the harbour wall need repair after the storm.', 'Repairs are planned over the next two years.'],
});

// The AMP page names its canonical page; the guessed address (no "amp.") has no such page.
const AMP_PAGE = articleHtml({
  lang: 'en',
  title: 'Storm damage leaves harbour towns counting the cost',
  siteName: 'The Guardian',
  author: 'Helen Pidd',
  published: '2024-05-01T06:00:00Z',
  paragraphs: [
    'Storm damage along the coast will cost harbour towns at least £30 million to repair, local councils estimate.',
    'Fishing fleets have been unable to put to sea for ten days.',
  ],
}).replace('<head>', `<head>\n<link rel="canonical" href="${AMP_CANONICAL}">`);

const REUTERS_COPY = articleHtml({
  lang: 'en',
  title: 'Aid agencies pledge £5 million for storm-hit harbour towns',
  siteName: 'Reuters',
  author: 'Kate Holton',
  published: '2024-05-01T12:00:00Z',
  paragraphs: ['Aid agencies pledged £5 million for storm-hit harbour towns on Wednesday.', 'The money will pay for temporary housing and boat repairs.'],
});

const CATCH_ALL_PAGE = `<!doctype html><html lang="en"><head><title>The Catch-all Times</title></head><body>
<header><a href="/">The Catch-all Times</a></header><main><h1>Welcome</h1><p>Browse our latest stories from the coast.</p></main></body></html>`;

const GBK_PAGE = articleHtml({
  lang: 'zh-CN',
  charset: 'utf-8',
  title: '风暴过后港口城镇开始重建',
  siteName: '人民日报',
  author: '李明',
  published: '2024-05-01T08:00:00+08:00',
  paragraphs: ['风暴过后，沿海港口城镇开始重建，预计修复费用至少三千万英镑。', '渔船已经十天无法出海。'],
});

/** Every address of the host answers 200 with the same page. */
export const CATCH_ALL_HOST = 'www.catchall-times.com';
export const CATCH_ALL_PAGE_HTML = CATCH_ALL_PAGE;

export function truthRoutes(): Route[] {
  const chain: Route[] = [];
  for (let i = 0; i < LONG_CHAIN_HOPS; i++) {
    const to = `https://hops.example-redirect.com/${i + 1}`;
    chain.push({ host: 'hops.example-redirect.com', path: `/${i}`, handle: (_q, r) => (r.writeHead(302, { location: to, 'content-length': '0' }), r.end()) });
  }
  chain.push({ host: 'hops.example-redirect.com', path: `/${LONG_CHAIN_HOPS}`, handle: page(CHAIN_END) });
  const path = (u: string) => new URL(u).pathname;
  const host = (u: string) => new URL(u).hostname;
  return [
    { host: 'www.harbour-courier.com', path: path(TRUTH_ARTICLE_URL), file: 'www.harbour-courier.com/storm-recovery.html', headers: html },
    { host: 'www.news.cn', path: path(XINHUA_SHORT_URL), file: 'www.news.cn/storm-rebuild.html', headers: html },
    {
      host: 'www.fujian.gov.cn',
      path: '/zwgk/2024/0501/storm.html',
      handle: page(
        articleHtml({
          lang: 'zh-CN',
          title: '关于风暴灾情及灾后重建工作的通报',
          siteName: '福建省人民政府',
          published: '2024-05-01T18:00:00+08:00',
          paragraphs: ['此次风暴造成全省直接经济损失约12亿元，其中渔业损失约4亿元。', '各地正在全力开展灾后重建，受损渔港设施已修复七成以上。'],
        }),
      ),
    },
    { host: host(LIVE_ALARMING.route404), path: path(LIVE_ALARMING.route404), handle: page(ROUTE_404) },
    { host: host(LIVE_ALARMING.oops), path: path(LIVE_ALARMING.oops), handle: page(OOPS) },
    { host: host(LIVE_ALARMING.removed), path: path(LIVE_ALARMING.removed), handle: page(REMOVED) },
    { host: host(LIVE_ALARMING.notFound), path: path(LIVE_ALARMING.notFound), handle: page(HIKER) },
    // Busy for an hour: not worth waiting for.
    { host: host(BUSY_429), path: path(BUSY_429), handle: page('<!doctype html><title>Too Many Requests</title><h1>Too Many Requests</h1>', 429, { ...html, 'retry-after': '3600' }) },
    // Down for maintenance: the one retry gets the same answer.
    { host: host(DOWN_503), path: path(DOWN_503), handle: page('<!doctype html><title>Service Unavailable</title><h1>Down for maintenance</h1>', 503, { ...html, 'retry-after': '1' }) },
    { host: host(BAD_GATEWAY_502), path: path(BAD_GATEWAY_502), handle: page('<!doctype html><title>502 Bad Gateway</title><h1>Bad Gateway</h1>', 502) },
    ...chain,
    { host: host(AMP_LINK), path: path(AMP_LINK), handle: page(AMP_PAGE) },
    { host: CATCH_ALL_HOST, path: '*', handle: page(CATCH_ALL_PAGE) },
    ...[LOOKALIKE_CYRILLIC, LOOKALIKE_SUBDOMAIN].map((u) => ({ host: host(u), path: path(u), handle: page(REUTERS_COPY) })),
    // GBK bytes behind a header and a <meta> that both say UTF-8.
    {
      host: host(GBK_AS_UTF8),
      path: path(GBK_AS_UTF8),
      handle: (_q, r) => {
        const bytes = iconv.encode(GBK_PAGE, 'gbk');
        r.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(bytes.length) });
        r.end(bytes);
      },
    },
  ];
}
