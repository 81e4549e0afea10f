/**
 * Hand-made Chinese, Japanese and Korean pages that are not articles — a news
 * home page, a section index, search results, a video list — built the way
 * such portals are: headlines as links, one-line teasers, a long footer.
 * The article gate should turn them away.
 */

const shell = (lang: string, title: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

const list = (items: string[], teaser?: (i: number) => string) =>
  `<ul class="news-list">${items.map((h, i) => `<li><a href="/n/${i}.html">${h}</a>${teaser ? `<p class="summary">${teaser(i)}</p>` : ''}<span class="time">2024-05-0${(i % 9) + 1}</span></li>`).join('')}</ul>`;

const ZH_HEADLINES = [
  '国务院常务会议部署推进城市更新工作', '一季度国内生产总值同比增长5.3%', '多地出台措施支持新能源汽车消费', '长江流域进入主汛期 防汛形势严峻',
  '教育部公布2024年高考报名人数', '全国铁路五一假期发送旅客创新高', '央行：保持流动性合理充裕', '我国成功发射新一代气象卫星',
  '北京发布高温黄色预警', '外交部就近期国际热点答记者问', '国家统计局发布4月居民消费价格数据', '多部门联合开展食品安全专项检查',
];
const JA_HEADLINES = [
  '首相、経済対策の取りまとめを指示', '東京株式市場、日経平均が反発', '大型連休の人出、コロナ前を上回る', '気象庁、関東甲信で梅雨入りの見通し',
  '新紙幣の発行開始まで2か月', '円相場、一時1ドル＝155円台に', '能登半島地震から4か月 復旧進む', 'プロ野球、首位攻防戦は雨天中止',
  '文部科学省、教員の働き方改革案を公表', '大谷翔平、第10号本塁打', '国会、改正政治資金規正法を審議', '北海道で記録的な大雨',
];
const KO_HEADLINES = [
  '정부, 하반기 경제정책방향 발표', '코스피, 외국인 매수에 2700선 회복', '서울 아파트값 10주 연속 상승', '기상청 "이번 주말 전국에 비"',
  '국회, 민생법안 처리 합의', '삼성전자 1분기 영업이익 6조원 돌파', '의대 증원 놓고 정부·의료계 대화 재개', '프로야구 개막 한 달, 관중 300만 돌파',
  '교육부, 2025학년도 대입 전형 발표', '한미 정상회담 다음 달 개최', '전국 미세먼지 농도 나쁨', '부산 엑스포 유치 후속 대책 논의',
];

const footer = (text: string) => `<footer><p class="copyright">${text}</p></footer>`;

export const NON_ARTICLE_PAGES: { name: string; html: string }[] = [
  {
    name: 'zh news home page',
    html: shell(
      'zh-CN',
      '新华网_让新闻离你更近',
      `<header><nav>${['首页', '时政', '国际', '财经', '体育', '科技', '视频'].map((n) => `<a href="/${n}">${n}</a>`).join(' ')}</nav></header>
<main><section class="focus"><h2>要闻</h2>${list(ZH_HEADLINES.slice(0, 6))}</section>
<section class="finance"><h2>财经</h2>${list(ZH_HEADLINES.slice(6))}</section>
<section class="pics"><h2>图片</h2><ul>${ZH_HEADLINES.slice(0, 4).map((h, i) => `<li><a href="/p/${i}"><img src="/i/${i}.jpg" alt="${h}"></a></li>`).join('')}</ul></section></main>
${footer('新华网版权所有，未经协议授权禁止下载使用或建立镜像。违法和不良信息举报电话：010-88050707，举报邮箱：jubao@news.cn。京ICP备040000号。互联网新闻信息服务许可证10120170001号。')}`,
    ),
  },
  {
    name: 'zh section index with teasers',
    html: shell(
      'zh-CN',
      '国内新闻_滚动新闻',
      `<header><nav><a href="/">首页</a> <a href="/china">国内</a> <a href="/world">国际</a></nav></header>
<main><h1>国内新闻</h1>${list(ZH_HEADLINES, (i) => `${ZH_HEADLINES[i]}。记者从有关部门获悉，相关工作正在有序推进。`)}
<div class="pager"><a href="?page=2">下一页</a></div></main>
${footer('本网站所刊载信息，不代表本站观点。如需转载，请注明出处。版权所有，联系电话：010-12345678。')}`,
    ),
  },
  {
    name: 'zh-TW search results',
    html: shell(
      'zh-TW',
      '搜尋結果：颱風 - 自由時報',
      `<header><form><input name="q" value="颱風"><button>搜尋</button></form></header>
<main><h1>「颱風」的搜尋結果，共 1,234 筆</h1><ol class="results">${['颱風凱米逼近 全台停班停課', '颱風假補班日 人事行政局說明', '氣象署：下週恐有颱風生成', '颱風過後農損逾億元', '颱風天外出注意安全', '颱風動態即時更新'].map((h, i) => `<li><a href="/news/${i}">${h}</a><p>…${h}，民眾應留意最新氣象資訊，做好防颱準備…</p></li>`).join('')}</ol>
<div class="pager"><a href="?page=2">下一頁</a></div></main>
${footer('自由時報版權所有，不得轉載。')}`,
    ),
  },
  {
    name: 'ja news home page',
    html: shell(
      'ja',
      'ニュース速報 | 毎朝新聞',
      `<header><nav>${['トップ', '国内', '国際', '経済', 'スポーツ', 'エンタメ'].map((n) => `<a href="/${n}">${n}</a>`).join(' ')}</nav></header>
<main><section><h2>主要ニュース</h2>${list(JA_HEADLINES.slice(0, 6))}</section><section><h2>経済</h2>${list(JA_HEADLINES.slice(6))}</section>
<aside><h2>ランキング</h2><ol>${JA_HEADLINES.slice(0, 5).map((h, i) => `<li><a href="/r/${i}">${h}</a></li>`).join('')}</ol></aside></main>
${footer('当サイトに掲載の記事・写真・図表などの無断転載を禁止します。著作権は毎朝新聞社またはその情報提供者に属します。')}`,
    ),
  },
  {
    name: 'ja search results',
    html: shell(
      'ja',
      '「地震」の検索結果 - 毎朝新聞',
      `<main><h1>「地震」の検索結果 356件</h1><ul class="results">${JA_HEADLINES.slice(0, 8).map((h, i) => `<li><a href="/a/${i}">${h}</a><p>${h}について、関係者によると詳しい状況を確認している。</p></li>`).join('')}</ul>
<nav class="pager"><a href="?p=2">次へ</a></nav></main>${footer('Copyright 毎朝新聞社 All rights reserved.')}`,
    ),
  },
  {
    name: 'ko news home page',
    html: shell(
      'ko',
      '매일뉴스 - 대한민국 대표 언론',
      `<header><nav>${['홈', '정치', '경제', '사회', '국제', '스포츠'].map((n) => `<a href="/${n}">${n}</a>`).join(' ')}</nav></header>
<main><section><h2>주요 뉴스</h2>${list(KO_HEADLINES.slice(0, 6))}</section><section><h2>경제</h2>${list(KO_HEADLINES.slice(6))}</section></main>
${footer('매일뉴스의 모든 콘텐츠는 저작권법의 보호를 받습니다. 무단 전재, 복사, 배포 등을 금합니다. 서울특별시 중구 세종대로 1 대표전화 02-123-4567')}`,
    ),
  },
  {
    name: 'ko section index with teasers',
    html: shell(
      'ko',
      '경제 - 매일뉴스',
      `<main><h1>경제</h1>${list(KO_HEADLINES, (i) => `${KO_HEADLINES[i]} 관련 소식을 전해드립니다. 자세한 내용은 기사 본문에서 확인하세요.`)}<div class="pager"><a href="?page=2">다음</a></div></main>
${footer('매일뉴스 All rights reserved.')}`,
    ),
  },
];
