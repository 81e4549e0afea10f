import type { Finding, Support } from '../schema/check';
import type { Locale } from './translate';

type Params = Record<string, string | number>;

// Chinese wording of each finding; English uses the finding's own `detail`.
const ZH_FINDINGS: Record<string, (p: Params) => string> = {
  'reach.ok': (p) => `信源可以访问（HTTP ${p.status}）。`,
  'reach.redirected': (p) => `信源可以访问（HTTP ${p.status}），已重定向至 ${p.finalUrl}。`,
  'reach.paywalled': () => '信源可以访问，但正文在付费墙之后。',
  'reach.not-html': (p) => `信源是 ${p.type || '非网页'} 文件（${p.bytes} 字节），不是网页，未读取其内容。`,
  'reach.dead': (p) => `信源已失效：HTTP ${p.status}。${p.archived ? `有存档副本：${p.archived}` : ''}`,
  'reach.refused': (p) => `信源拒绝了请求：HTTP ${p.status}。${p.archived ? `有存档副本：${p.archived}` : ''}`,
  'reach.unavailable': (p) => `信源暂时无法访问（${p.reason || `HTTP ${p.status}`}），请稍后再查。`,
  'reach.soft404': (p) => `信源已不存在：${p.reason}。${p.archived ? `有存档副本：${p.archived}` : ''}`,
  'reach.timeout': (p) => `信源未能及时响应：${p.reason}。${p.archived ? `有存档副本：${p.archived}` : ''}`,
  'reach.blocked': (p) => `未获取：${p.reason}。`,
  'reach.unreachable': (p) => `无法访问信源：${p.reason}。${p.archived ? `有存档副本：${p.archived}` : ''}`,
  'publication.match': (p) => `文中称出处为 ${p.named}；信源确为该媒体（${p.host}）。`,
  'publication.mismatch': (p) => `文中称出处为 ${p.named}，但信源实为 ${p.actual}（${p.host}）。`,
  'publication.lookalike': (p) => `文中称出处为 ${p.named}，但信源地址 ${p.host} 是仿冒域名（混用了外形相近的拉丁、西里尔或希腊字母），并非该媒体的域名。`,
  'publication.not-their-domain': (p) => `文中称出处为 ${p.named}；页面自称“${p.actual}”，但 ${p.host} 不是该媒体的域名${p.domains ? `（${p.domains}）` : ''}。`,
  'publication.unknown': (p) => `文中称出处为 ${p.named}；无法确认 ${p.host} 是否属于该媒体。`,
  'publication.org-match': (p) => `文中称出处为 ${p.named}；信源为“${p.actual}”（${p.host}），两者一致：${ORG_HOW_ZH[String(p.how)] ?? ''}。`,
  'publication.org-related': (p) => `文中称出处为 ${p.named}；信源为“${p.actual}”（${p.host}），与之相关：${ORG_HOW_ZH[String(p.how)] ?? ''}。`,
  'publication.org-unknown': (p) => `文中称出处为 ${p.named}；信源为“${p.actual}”（${p.host}），无法判断是同一机构还是报道该机构的一方。`,
  'author.none': (p) => `文中称作者为 ${p.named}；信源页面未署名。`,
  'author.match': (p) => `文中称作者为 ${p.named}；信源署名为 ${p.author}，两者一致。`,
  'author.mismatch': (p) => `文中称作者为 ${p.named}，但信源作者为 ${p.authors}。`,
  'author.unknown': (p) => `文中称作者为 ${p.named}；信源作者为 ${p.authors}，无法判断是否为同一人。`,
  'date.unknown': () => '信源未标明发布日期。',
  'date.after': (p) => `信源发布于 ${p.source}，比文章（${p.article}）晚 ${p.days} 天。`,
  'date.before': (p) => (Number(p.days) === 0 ? `信源与文章同日发布（${p.source}）。` : `信源发布于 ${p.source}，比文章早 ${p.days} 天。`),
  'quote.exact': (p) => `引语“${p.quote}”在信源中逐字出现。`,
  'quote.normalized': (p) => `引语“${p.quote}”出现在信源中（标点或大小写不同）。`,
  'quote.number-changed': (p) => `引语“${p.quote}”中的数字（${p.numbers}）与信源不符，信源原文：“${p.near}”。`,
  'quote.altered': (p) => `引语“${p.quote}”与信源原文不完全一致，最接近的是：“${p.near}”。`,
  'quote.short-missing': (p) => `简短引语“${p.quote}”不在信源中（可能是文章自己的措辞）。`,
  'quote.missing': (p) => `引语“${p.quote}”未出现在信源中。`,
  'quote.other-language': (p) => `引语“${p.quote}”与信源语言不同，未作比较。`,
  'quote.translated': (p) => `引语“${p.quote}”译自信源原文：“${p.near}”（${p.score}% 的内容相符）。`,
  'quote.translated-partly': (p) => `引语“${p.quote}”最接近信源原文：“${p.near}”，但只有 ${p.score}% 的内容相符。`,
  'quote.translated-missing': (p) => `信源中没有与引语“${p.quote}”相对应的句子。`,
  'number.conflict': (p) => `文章所称的 ${p.figures} 与信源不符，信源原文：“${p.near}”。`,
  'number.found': (p) => `文章归于该信源的数字和日期都能在信源中找到：${p.found}。`,
  'number.missing': (p) => `文章归于该信源的数字均未在信源中找到：${p.missing}。`,
  'number.some-missing': (p) => `信源中找到：${p.found}；未找到：${p.missing}。`,
  'claim.other-language': (p) => `归于该信源的 ${p.total} 条说法与信源语言不同，未作比较。`,
  'claim.summary': (p) => `${p.total} 条说法中：${p.supported} 条有依据，${p.partial} 条部分有依据，${p.notFound} 条未找到。`,
  'content.unreadable': () => '无法读取该页面。',
  'content.empty': () => '页面没有可读的正文。',
};

// How an organisation name was matched (lib/check/compare/org-match.ts OrgHow).
const ORG_HOW_ZH: Record<string, string> = {
  table: '媒体名录中为同一机构',
  abbreviation: '一方是另一方的缩写',
  words: '两个名称的关键词相同',
  host: '网址注册在该名称之下',
  lexicon: '中文名称经 CC-CEDICT 译为英文后相符',
  parent: '信源是其所属的上级机构',
  part: '信源是其下属部分',
  'different-outlet': '是另一家媒体',
  'no-evidence': '两个名称之间没有关联',
};

const LANG_ZH: Record<string, string> = { zh: '中文', en: '英文', fr: '法文', de: '德文', es: '西班牙文', ja: '日文', ko: '韩文', ru: '俄文', ar: '阿拉伯文' };

/** A finding in the reader's language. */
export function findingText(f: Finding, locale: Locale): string {
  if (locale !== 'zh_CN') return f.detail;
  return ZH_FINDINGS[f.code]?.(f.params) ?? f.detail;
}

/** Why a claim got its support label, in the reader's language. */
export function supportText(s: Support, locale: Locale): string {
  if (locale !== 'zh_CN') return s.reason;
  const p = s.params;
  switch (s.code) {
    case 'coverage':
      return s.label === 'supported' ? `信源中的依据覆盖了该说法 ${p.pct}% 的内容。` : s.label === 'partial' ? `信源中的依据只覆盖了该说法 ${p.pct}% 的内容。` : `信源中没有句子能支持该说法（最高 ${p.pct}%）。`;
    case 'translated':
      return `经浏览器翻译（“${p.translation}”）后比较：` + (s.label === 'supported' ? `信源中的依据覆盖了该说法 ${p.pct}% 的内容。` : s.label === 'partial' ? `信源中的依据只覆盖了该说法 ${p.pct}% 的内容。` : `信源中没有句子能支持该说法（最高 ${p.pct}%）。`);
    case 'cross-language': {
      const head = s.label === 'supported' ? `逐词对照（CC-CEDICT）：信源中的依据覆盖了该说法 ${p.pct}% 的内容` : s.label === 'partial' ? `逐词对照（CC-CEDICT）：信源中的依据只覆盖了该说法 ${p.pct}% 的内容` : `逐词对照（CC-CEDICT）：信源中没有句子能支持该说法（最高 ${p.pct}%）`;
      return [head, p.found ? `找到：${p.found}` : '', p.missing ? `未找到：${p.missing}` : '', p.conflicts ? `信源给出的数字与 ${p.conflicts} 不同` : ''].filter(Boolean).join('；') + '。';
    }
    case 'other-language':
      return `该说法为${LANG_ZH[String(p.claimLang)] ?? p.claimLang}，信源为${LANG_ZH[String(p.sourceLang)] ?? p.sourceLang}；没有翻译，无法比较措辞。${p.figures ? `信源中有相同的数字：${p.figures}。` : ''}`;
    case 'no-text':
      return '信源没有可读的正文。';
    case 'no-source':
      return '文章没有为该说法提供链接。';
    default:
      return p.state ? `信源状态：${p.state}。` : '其信源尚未核查。';
  }
}
