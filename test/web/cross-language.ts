import type { ServerResponse } from 'node:http';
import { articleHtml } from './article-page';
import type { Route } from './routes';

/**
 * Chinese articles citing an English source and an English article citing a
 * Chinese one: a faithful summary, the same summary with one figure
 * misreported, and the reverse direction. The stand-in sources are short
 * pages of the kind each outlet publishes.
 */
export const RICE_SOURCE_URL = 'https://www.reuters.com/markets/commodities/thai-rice-exports-february-2024-03-04/';
export const RICE_FAITHFUL_URL = 'https://www.huanqiu-daily.cn/2024/03/05/thai-rice-faithful.html';
export const RICE_MISREPORTED_URL = 'https://www.huanqiu-daily.cn/2024/03/05/thai-rice-misreported.html';
export const CPI_SOURCE_URL = 'https://www.news.cn/fortune/20240309/cpi-february.html';
export const CPI_ARTICLE_URL = 'https://www.asia-markets-daily.com/2024/03/10/china-consumer-prices-february/';

const html = { 'content-type': 'text/html; charset=utf-8' };
const page = (body: string) => (_req: unknown, res: ServerResponse) => {
  const bytes = Buffer.from(body, 'utf8');
  res.writeHead(200, { 'content-length': String(bytes.length), ...html });
  res.end(bytes);
};
const path = (url: string) => decodeURIComponent(new URL(url).pathname);
const host = (url: string) => new URL(url).hostname;

const RICE_SOURCE = articleHtml({
  lang: 'en',
  title: 'Thai rice exports jump in February on strong Asian demand',
  siteName: 'Reuters',
  author: 'Panarat Thepgumpanat',
  published: '2024-03-04T09:15:00Z',
  paragraphs: [
    'Thailand exported 2.6 million tonnes of rice in February, up 12% from a year earlier, the commerce ministry said on Monday.',
    'Shipments to China rose to 400,000 tonnes, roughly a quarter of the total, as buyers rebuilt stocks after a poor harvest.',
    'The ministry expects exports of 8.5 million tonnes this year, below the record set in 2023.',
    'Traders said prices for Thai white rice were steady at about $590 a tonne.',
  ],
});

/** A Chinese summary of the Reuters page; `tonnes` lets one variant misreport February's figure. */
function riceArticle(tonnes: string): string {
  const link = `<a href="${RICE_SOURCE_URL}">路透社</a>`;
  return articleHtml({
    lang: 'zh-CN',
    title: '泰国2月大米出口大增',
    siteName: '环球日报',
    author: '李明',
    published: '2024-03-05T08:00:00+08:00',
    paragraphs: [
      `据${link}3月4日报道，泰国商务部周一表示，泰国2月份大米出口量为${tonnes}，比去年同期增长12%。`,
      `${link}报道称，对中国的大米出口增至40万吨，约占出口总量的四分之一。`,
      `${link}援引泰国商务部的话说，预计今年大米出口量为850万吨，低于2023年创下的纪录。`,
      '分析人士认为，亚洲买家在去年歉收之后补充库存，是今年年初出口增长的主要原因。泰国是全球第二大大米出口国，仅次于印度，其出口价格的变化对整个亚洲市场都有明显影响。印度去年限制部分大米出口后，国际市场价格一度大幅上涨，许多进口国转向泰国和越南采购，这也推高了泰国大米的需求。一些进口商表示，他们会在价格回落之前继续分批采购，以免库存不足。',
      '业内人士表示，如果今年的天气条件正常，泰国的大米产量有望恢复，但厄尔尼诺现象带来的干旱风险仍然值得关注。泰国农业部门已经提醒农民合理安排用水，部分地区的水库蓄水量低于往年同期水平。另一方面，越南的大米出口也保持强劲增长，两国在菲律宾和印度尼西亚等市场上的竞争日趋激烈，出口商普遍预计价格将在高位维持一段时间，直到新一季的收成上市。',
      '对于中国市场而言，泰国香米一直是进口大米中的重要品种。近年来，中国从泰国、越南、柬埔寨和巴基斯坦等国进口的大米数量稳步增加，进口来源更加多元。贸易商指出，两国之间的物流条件不断改善，铁路和海运的运输时间都在缩短，这为今后进一步扩大大米贸易提供了便利，但最终的采购规模仍将取决于国内外价格差。',
    ],
  })
    // The article body is built as text; the links are this fixture's own markup.
    .replaceAll('&lt;a href=&quot;', '<a href="')
    .replaceAll('&quot;&gt;路透社&lt;/a&gt;', '">路透社</a>');
}

const CPI_SOURCE = articleHtml({
  lang: 'zh-CN',
  title: '国家统计局：2月份居民消费价格同比上涨0.7%',
  siteName: '新华网',
  author: '魏玉坤',
  published: '2024-03-09T10:00:00+08:00',
  paragraphs: [
    '新华社北京3月9日电 国家统计局9日发布数据显示，2月份全国居民消费价格指数同比上涨0.7%。',
    '其中，食品价格同比下降0.9%，非食品价格上涨1.1%。',
    '国家统计局城市司首席统计师董莉娟表示，春节假期消费需求增加，带动价格上涨。',
    '从环比看，居民消费价格指数上涨1.0%，涨幅比上月扩大0.7个百分点，其中服务价格受节日因素影响涨幅明显。飞机票、旅游和交通工具租赁费的价格都有较大幅度的上涨，而鲜菜和水果的价格受天气和供应因素影响，涨跌不一。统计部门表示，剔除食品和能源价格后的核心指数同比上涨1.2%，涨幅比上月扩大0.8个百分点。',
    '分析人士认为，随着节日效应消退，3月份物价涨幅可能有所回落，但总体仍将保持温和上涨的态势。多家机构的经济学家指出，国内需求正在逐步恢复，但恢复的速度仍然偏慢，货币政策有望继续保持稳健，以支持消费和投资的增长。他们同时提醒，国际大宗商品价格的波动仍可能给国内物价带来不确定性。',
  ],
});

const CPI_ARTICLE = articleHtml({
  lang: 'en',
  title: 'China’s consumer prices rise for the first time in five months',
  // Given outright: the first paragraph's markup (the link put in below) is no page description.
  description: 'China’s consumer prices rose 0.7% in February from a year earlier.',
  siteName: 'Asia Markets Daily',
  author: 'Hannah Cole',
  published: '2024-03-10T02:00:00Z',
  paragraphs: [
    'China’s consumer prices rose 0.7% in February from a year earlier, the National Bureau of Statistics said, according to <a>Xinhua</a>.',
    'Food prices fell 0.9% while non-food prices rose 1.1%, Xinhua reported.',
    'Economists had expected a smaller increase. Prices had fallen for four straight months before the Lunar New Year holiday, raising concerns that the world’s second-largest economy was sliding into a prolonged period of deflation as property troubles and weak confidence weighed on household spending.',
    'Analysts cautioned that the February rise was flattered by the timing of the holiday, which fell in January last year, and said the underlying picture remained one of soft demand. The central bank has pledged to keep monetary policy supportive and to cut borrowing costs further if needed.',
  ],
})
  .replace('&lt;a&gt;Xinhua&lt;/a&gt;', `<a href="${CPI_SOURCE_URL}">Xinhua</a>`)
  .replace('Xinhua reported.', `<a href="${CPI_SOURCE_URL}">Xinhua reported</a>.`);

export const CROSS_LANGUAGE_ROUTES: Route[] = [
  { host: host(RICE_SOURCE_URL), path: path(RICE_SOURCE_URL), handle: page(RICE_SOURCE) },
  { host: host(RICE_FAITHFUL_URL), path: path(RICE_FAITHFUL_URL), handle: page(riceArticle('260万吨')) },
  { host: host(RICE_MISREPORTED_URL), path: path(RICE_MISREPORTED_URL), handle: page(riceArticle('360万吨')) },
  { host: host(CPI_SOURCE_URL), path: path(CPI_SOURCE_URL), handle: page(CPI_SOURCE) },
  { host: host(CPI_ARTICLE_URL), path: path(CPI_ARTICLE_URL), handle: page(CPI_ARTICLE) },
];
