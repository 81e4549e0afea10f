/**
 * Place names that the text may use as a setting ("imports into the European Union",
 * 中国经济, "in Washington") rather than as someone who speaks. A place is a publication
 * or an organisation only when an attribution phrase makes it the speaker ("the European
 * Union said", 中国外交部表示 names the ministry, not the country).
 */
const EN_PLACES = new Set(
  [
    'europe', 'asia', 'africa', 'america', 'north america', 'south america', 'latin america', 'middle east', 'the middle east',
    'european union', 'the european union', 'eu', 'the eu', 'united states', 'the united states', 'us', 'u.s.', 'usa', 'the us',
    'united kingdom', 'the united kingdom', 'uk', 'u.k.', 'britain', 'great britain', 'england', 'scotland', 'wales', 'ireland',
    'china', 'taiwan', 'hong kong', 'japan', 'korea', 'south korea', 'north korea', 'india', 'pakistan', 'russia', 'ukraine',
    'germany', 'france', 'italy', 'spain', 'portugal', 'netherlands', 'the netherlands', 'belgium', 'poland', 'sweden', 'norway',
    'denmark', 'finland', 'austria', 'switzerland', 'greece', 'turkey', 'iran', 'iraq', 'israel', 'syria', 'egypt', 'saudi arabia',
    'canada', 'mexico', 'brazil', 'argentina', 'chile', 'australia', 'new zealand', 'indonesia', 'vietnam', 'thailand',
    'philippines', 'the philippines', 'malaysia', 'singapore', 'nigeria', 'kenya', 'south africa', 'kazakhstan',
    'washington', 'new york', 'london', 'paris', 'berlin', 'brussels', 'beijing', 'shanghai', 'tokyo', 'moscow', 'kyiv',
    'taipei', 'delhi', 'new delhi', 'california', 'texas', 'florida',
  ],
);

const ZH_PLACES = new Set(
  (
    '中国 中國 美国 美國 日本 韩国 韓國 朝鲜 朝鮮 台湾 台灣 香港 澳门 澳門 英国 英國 法国 法國 德国 德國 俄罗斯 俄羅斯 乌克兰 烏克蘭 ' +
    '印度 欧洲 歐洲 欧盟 歐盟 亚洲 亞洲 非洲 美洲 中东 中東 加拿大 澳大利亚 澳洲 新加坡 马来西亚 馬來西亞 越南 泰国 泰國 ' +
    '哈萨克斯坦 哈薩克 北京 上海 台北 臺北 华盛顿 華盛頓 纽约 紐約 伦敦 倫敦 东京 東京 莫斯科 全球 全国 全國 各国 各國 国际 國際 ' +
    '大陆 大陸 内地 內地 本地 当地 當地 海外'
  ).split(' '),
);

/** Whether a name, as a whole, is a place (not an organisation in or of it). */
export function isPlace(name: string): boolean {
  const n = name.trim();
  if (/\p{Script=Han}/u.test(n)) return ZH_PLACES.has(n);
  return EN_PLACES.has(n.toLowerCase().replace(/\s+/g, ' '));
}
