import type { ServerResponse } from 'node:http';
import iconv from 'iconv-lite';
import { articleHtml } from './article-page';
import type { Route } from './routes';

/**
 * The fixture web's broken and tricky sources, cited by the Meridian Ledger
 * test article: each answers the way such sites do in the field.
 */
export const FAULT_ARTICLE_URL = 'https://www.meridian-ledger.com/2023/03/14/western-drought-by-the-numbers/';

/** Hosts that need a rule of their own in --host-resolver-rules (see server.ts). */
export const NXDOMAIN_HOST = 'nxdomain.example-gone.com';
export const TLS_BROKEN_HOST = 'tls.example-broken.com';
export const REFUSED_HOST = 'refused.example-down.com';

const html = { 'content-type': 'text/html; charset=utf-8' };
const page = (body: string, status = 200, headers: Record<string, string> = html) => (_req: unknown, res: ServerResponse) => {
  const bytes = Buffer.from(body, 'utf8');
  res.writeHead(status, { 'content-length': String(bytes.length), ...headers });
  res.end(bytes);
};
const redirect = (to: string, status = 301) => (_req: unknown, res: ServerResponse) => {
  res.writeHead(status, { location: to, 'content-length': '0' });
  res.end();
};

const NOAA = articleHtml({
  lang: 'en',
  title: 'Drought outlook for March 2023',
  siteName: 'NOAA',
  author: 'Rebecca Lindsey',
  published: '2023-03-02T10:00:00-05:00',
  paragraphs: [
    'At the start of March, 63 percent of the western United States was in drought, according to the U.S. Drought Monitor.',
    'Winter storms brought heavy snow to the Sierra Nevada, but groundwater deficits built over three years will take much longer to recover.',
    'The outlook favours improvement in California and Nevada, while drought is expected to persist across much of the Southwest.',
    'Reservoir storage remains below average in the Colorado River basin, where Lake Mead and Lake Powell are near record lows.',
  ],
});

/** The 50 MB page: an article at the top, then megabytes of table rows. */
function hugePage(_req: unknown, res: ServerResponse) {
  const head = articleHtml({
    lang: 'en',
    title: 'Western drought monitoring dataset',
    siteName: 'Example Data Archive',
    published: '2023-02-28T08:00:00Z',
    paragraphs: ['The monitoring network lists 1,200 stations across eleven western states, reporting soil moisture and groundwater levels every day.'],
  }).replace('</body>\n</html>', '');
  const total = 50 * 1024 * 1024;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(total) });
  let sent = 0;
  const first = Buffer.from(head + '<table>');
  const row = Buffer.from('<tr><td>station</td><td>0.00</td><td>ok</td></tr>\n'.repeat(200));
  const pump = () => {
    if (sent === 0) {
      res.write(first);
      sent += first.length;
    }
    while (sent < total) {
      // The client stops reading at its cap: stop writing too, or this loop blocks the server.
      if (res.destroyed || res.writableEnded) return;
      const chunk = row.subarray(0, Math.min(row.length, total - sent));
      sent += chunk.length;
      if (!res.write(chunk)) return res.once('drain', pump);
    }
    res.end();
  };
  res.on('error', () => undefined);
  res.on('close', () => (sent = total));
  pump();
}

/** One byte every 200 ms: only a total timeout catches it. */
function dripPage(_req: unknown, res: ServerResponse) {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  const body = Buffer.from('<!doctype html><html><head><title>Wells run dry</title></head><body><p>' + 'Private wells ran dry. '.repeat(100) + '</p></body></html>');
  let i = 0;
  const timer = setInterval(() => {
    if (i >= body.length || res.destroyed) {
      clearInterval(timer);
      res.end();
      return;
    }
    res.write(body.subarray(i, i + 1));
    i++;
  }, 200);
  res.on('close', () => clearInterval(timer));
}

function encoded(text: string, charset: string, header: string) {
  return (_req: unknown, res: ServerResponse) => {
    const bytes = iconv.encode(text, charset);
    res.writeHead(200, { 'content-type': header, 'content-length': String(bytes.length) });
    res.end(bytes);
  };
}

/** Wayback availability API in its documented shape: a snapshot for some URLs, none for others. */
const ARCHIVED: Record<string, { url: string; timestamp: string }> = {
  'https://www.reuters.com/world/us/colorado-river-talks-2023-03-10/': {
    url: 'http://web.archive.org/web/20230310184512/https://www.reuters.com/world/us/colorado-river-talks-2023-03-10/',
    timestamp: '20230310184512',
  },
  'https://www.bbc.com/news/science-environment-64812345': {
    url: 'http://web.archive.org/web/20230305090000/https://www.bbc.com/news/science-environment-64812345',
    timestamp: '20230305090000',
  },
};

function wayback(req: { url?: string }, res: ServerResponse) {
  const u = new URL(req.url ?? '/', 'https://archive.org');
  const target = u.searchParams.get('url') ?? '';
  const snap = ARCHIVED[target];
  const body = JSON.stringify({
    url: target,
    archived_snapshots: snap ? { closest: { status: '200', available: true, url: snap.url, timestamp: snap.timestamp } } : {},
    ...(u.searchParams.get('timestamp') ? { timestamp: u.searchParams.get('timestamp') } : {}),
  });
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
  res.end(body);
}

export function faultRoutes(privateTarget: () => string): Route[] {
  // Per server: the first request is told to come back later, the retry gets the page.
  let rateLimitedOnce = false;
  return [
    { host: 'www.meridian-ledger.com', path: '/2023/03/14/western-drought-by-the-numbers/', file: 'www.meridian-ledger.com/drought-sources.html', headers: html },
    // A redirect chain ending on a live page.
    { host: 'bit.ly', path: '/noaa-drought-2023', handle: redirect('https://go.usa.gov/r/noaa-outlook', 301) },
    { host: 'go.usa.gov', path: '/r/noaa-outlook', handle: redirect('https://www.noaa.gov/news/drought-outlook-2023', 302) },
    { host: 'www.noaa.gov', path: '/news/drought-outlook-2023', handle: page(NOAA) },
    // 404 (archived), 500 (not archived).
    { host: 'www.reuters.com', path: '/world/us/colorado-river-talks-2023-03-10/', handle: page('<!doctype html><title>Page not found</title><h1>404</h1>', 404) },
    { host: 'data.worldbank-stats.org', path: '/drought/2022', handle: page('<!doctype html><title>Server error</title><h1>Internal Server Error</h1>', 500) },
    // A redirect loop.
    { host: 'loop.example-news.com', path: '/a', handle: redirect('https://loop.example-news.com/b', 302) },
    { host: 'loop.example-news.com', path: '/b', handle: redirect('https://loop.example-news.com/a', 302) },
    // Gone, said by redirecting to the front page.
    { host: 'www.theguardian.com', path: '/environment/2023/mar/01/reservoir-levels-california', handle: redirect('https://www.theguardian.com/', 301) },
    { host: 'www.theguardian.com', path: '/', handle: page(articleHtml({ lang: 'en', title: 'News, sport and opinion', siteName: 'The Guardian', paragraphs: ['The latest news from the Guardian, covering the world, politics, climate and more. Read our reporting from around the globe every day.'] })) },
    // A 200 page that says it is not found.
    { host: 'www.bbc.com', path: '/news/science-environment-64812345', handle: page('<!doctype html><html lang="en"><head><title>Page not found - BBC News</title></head><body><h1>Sorry, we couldn’t find that page</h1><p>Check the page address or search for it below.</p></body></html>') },
    // Hangs: headers never come.
    { host: 'slow.example-hang.org', path: '/analysis', handle: () => undefined },
    { host: 'huge.example-data.org', path: '/dump.html', handle: hugePage },
    { host: 'drip.example-slow.net', path: '/story', handle: dripPage },
    // Legacy encodings: GBK declared only in <meta>, Big5 only in the header.
    {
      host: 'news.sina.com.cn',
      path: '/w/2023-03-12/doc-drought.shtml',
      handle: encoded(
        articleHtml({ lang: 'zh-CN', charset: 'gbk', title: '美国西部干旱：科罗拉多河谈判陷入僵局', siteName: '新浪新闻', author: '王晓明', published: '2023-03-12T08:30:00+08:00', paragraphs: ['科罗拉多河流域七个州之间的谈判陷入僵局，米德湖水位接近历史最低点。', '专家表示，今年冬季的降雪虽然多，但地下水的亏空需要多年才能恢复。'] }),
        'gbk',
        'text/html',
      ),
    },
    {
      host: 'news.ltn.com.tw',
      path: '/news/world/paper/1570000',
      handle: encoded(
        articleHtml({ lang: 'zh-TW', charset: 'x-unknown', title: '美國西部乾旱 米德湖水位創新低', siteName: '自由時報', author: '林小華', published: '2023-03-13T05:30:00+08:00', paragraphs: ['美國西部持續乾旱，米德湖水位創下歷史新低。', '當地官員表示，若情況沒有改善，今年夏天將實施限水措施。'] }).replace('<meta charset="x-unknown">', ''),
        'big5',
        'text/html; charset=big5',
      ),
    },
    // A PDF.
    {
      host: 'www.ipcc-reports.org',
      path: '/ar6/syr/spm.pdf',
      handle: (_req, res) => {
        const body = Buffer.from('%PDF-1.7\n' + '0'.repeat(4000) + '\n%%EOF\n');
        res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(body.length) });
        res.end(body);
      },
    },
    // Paywalled.
    {
      host: 'www.ft.com',
      path: '/content/7d1f-water-markets',
      handle: page(articleHtml({ lang: 'en', title: 'California water prices soar', siteName: 'Financial Times', author: 'Aime Williams', published: '2023-03-08T05:00:00Z', accessibleForFree: false, paragraphs: ['Subscribe to unlock this article.'] })),
    },
    // The text names The New York Times; the link goes to the Daily Mail.
    {
      host: 'www.dailymail.co.uk',
      path: '/news/article-11812345/drought-farmers.html',
      handle: page(articleHtml({ lang: 'en', title: 'Farmers abandon the valley as wells run dry', siteName: 'Daily Mail', author: 'Tom Parker', published: '2023-03-11T14:00:00Z', paragraphs: ['Farmers are leaving the San Joaquin Valley as their wells run dry and water prices climb.', 'Many say they cannot afford to keep planting.'] })),
    },
    // Published after the citing article (14 March).
    {
      host: 'apnews.com',
      path: '/article/drought-california-snowpack-2023',
      handle: page(articleHtml({ lang: 'en', title: 'California snowpack far above normal', siteName: 'AP News', author: 'Kathleen Ronayne', published: '2023-03-20T16:00:00Z', paragraphs: ['The snowpack was 200 percent of normal after a series of storms, state officials said.'] })),
    },
    // A quotation with its number changed.
    {
      host: 'www.doi.gov',
      path: '/pressreleases/haaland-drought-2023',
      handle: page(articleHtml({ lang: 'en', title: 'Secretary Haaland announces drought funding', siteName: 'U.S. Department of the Interior', published: '2023-03-09T12:00:00-05:00', paragraphs: ['Secretary Deb Haaland announced new funding for drought resilience on Thursday.', 'Haaland said the drought was “the worst in 500 years across the West” and called for urgent action.'] })),
    },
    // A source in another language.
    {
      host: 'www.lemonde.fr',
      path: '/planete/article/2023/03/10/secheresse-europe_6164801_3244.html',
      handle: page(articleHtml({ lang: 'fr', title: 'L’Europe face à une sécheresse historique', siteName: 'Le Monde', author: 'Perrine Mouterde', published: '2023-03-10T06:00:00+01:00', paragraphs: ['L’Europe pourrait connaître cet été une sécheresse comparable à celle de l’Ouest américain, selon les scientifiques.', 'Les nappes phréatiques sont à un niveau bas dans une grande partie de la France.'] })),
    },
    // 429 with Retry-After once, then the page.
    {
      host: 'www.nass.usda.gov',
      path: '/report',
      handle: (req, res) => {
        if (!rateLimitedOnce) {
          rateLimitedOnce = true;
          res.writeHead(429, { 'retry-after': '1', 'content-length': '0' });
          res.end();
          return;
        }
        rateLimitedOnce = false;
        page(articleHtml({ lang: 'en', title: 'Crop Production 2022 Summary', siteName: 'USDA', published: '2023-01-12T12:00:00-05:00', paragraphs: ['California almond yields fell 12 percent in 2022 as growers received less irrigation water.', 'Production of other nut crops was mixed.'] }))(req, res);
      },
    },
    // A public short link that redirects into a private network.
    { host: 'redirect-private.example-link.com', path: '/go', handle: (req, res) => redirect(privateTarget(), 302)(req, res) },
    { host: 'archive.org', path: '/wayback/available', handle: wayback },
  ];
}
