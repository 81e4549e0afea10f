import type { IncomingMessage, ServerResponse } from 'node:http';

/** One page or behaviour of the fixture web, addressed by host and path. */
export interface Route {
  host: string;
  /** Decoded path (Chinese characters as themselves), or "*" for every path of the host. */
  path: string;
  /** A file under test/web/sites/. */
  file?: string;
  status?: number;
  headers?: Record<string, string>;
  /** For behaviours a file cannot express (redirects, hangs, drips). */
  handle?: (req: IncomingMessage, res: ServerResponse) => void;
}

export const REFERENCE_ARTICLE_URL =
  'https://chinese.aljazeera.net/news/2022/9/17/' + encodeURIComponent('哈萨克斯坦试图从俄罗斯对乌克兰战争中实现的目标');
export const REFERENCE_SOURCE_URL = 'https://foreignpolicy.com/2022/09/16/kazakhstan-russia-ukraine-war/';
/** Hand-made articles for claim continuity: two sources back to back, references back, a change of speaker. */
export const CONTINUITY_ZH_URL = 'https://zh.harbour-post.example/2024/03/21/water-restrictions/';
export const CONTINUITY_EN_URL = 'https://www.port-calder-courier.example/2024/04/02/rents/';
/** An article with [n] markers and a reference list; entry 2 links a stand-in journal article. */
export const REFERENCES_EN_URL = 'https://www.harbour-review.example/2024/05/14/silt/';
export const REFERENCES_JOURNAL_URL = 'https://journal.coastal-engineering.example/articles/harbour-dredging-silt-budgets';

/** A generated front page (test/web/generated.ts): headlines and teasers, not an article. */
export const FRONT_PAGE_URL = 'https://www.front.example-news.com/';

/** Hand-made articles crediting organisations the outlet table does not know, with stand-in pages for what they link (issue 14). */
export const CREDITS_EN_URL = 'https://www.saltmarsh-gazette.example/2024/05/14/bike-imports/';
export const CREDITS_ZH_URL = 'https://zh.harbour-post.example/2024/03/22/reservoir/';

const html = { 'content-type': 'text/html; charset=utf-8' };

export const ROUTES: Route[] = [
  { host: 'chinese.aljazeera.net', path: '/news/2022/9/17/哈萨克斯坦试图从俄罗斯对乌克兰战争中实现的目标', file: 'chinese.aljazeera.net/kazakhstan-russia.html', headers: html },
  { host: 'foreignpolicy.com', path: '/2022/09/16/kazakhstan-russia-ukraine-war/', file: 'foreignpolicy.com/kazakhstan-russia-ukraine-war.html', headers: html },
  { host: 'zh.harbour-post.example', path: '/2024/03/21/water-restrictions/', file: 'zh.harbour-post.example/water-restrictions.html', headers: html },
  { host: 'www.port-calder-courier.example', path: '/2024/04/02/rents/', file: 'www.port-calder-courier.example/rents.html', headers: html },
  { host: 'www.harbour-review.example', path: '/2024/05/14/silt/', file: 'www.harbour-review.example/silt.html', headers: html },
  { host: 'journal.coastal-engineering.example', path: '/articles/harbour-dredging-silt-budgets', file: 'journal.coastal-engineering.example/harbour-dredging-silt-budgets.html', headers: html },
  { host: 'www.saltmarsh-gazette.example', path: '/2024/05/14/bike-imports/', file: 'www.saltmarsh-gazette.example/bike-imports.html', headers: html },
  { host: 'www.ectf.example', path: '/market-report-2024', file: 'www.ectf.example/market-report-2024.html', headers: html },
  { host: 'www.ectf.example', path: '/press/valde-statement', file: 'www.ectf.example/valde-statement.html', headers: html },
  { host: 'www.ectf.example', path: '/members', file: 'www.ectf.example/members.html', headers: html },
  { host: 'comptroller.portcalder.example', path: '/audits/harbour-fees-2024', file: 'comptroller.portcalder.example/harbour-fees-2024.html', headers: html },
  { host: 'www.eastbrook.edu', path: '/cuf/working-papers/freight-2024', file: 'www.eastbrook.edu/freight-2024.html', headers: html },
  { host: 'www.portofsaltmarsh.example', path: '/news/container-volumes', file: 'www.portofsaltmarsh.example/container-volumes.html', headers: html },
  { host: 'zh.harbour-post.example', path: '/2024/03/22/reservoir/', file: 'zh.harbour-post.example/reservoir.html', headers: html },
  { host: 'www.wra-harbour.example', path: '/news/reservoir-levels', file: 'www.wra-harbour.example/reservoir-levels.html', headers: html },
];
