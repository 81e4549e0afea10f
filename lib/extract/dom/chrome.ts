/**
 * Page chrome: the parts of a page that are not the article's own text —
 * navigation, share buttons, tag lists, bylines, related stories, footers,
 * comments. Links there are never cited sources.
 */

const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'form', 'button', 'menu', 'select', 'dialog', 'template']);
const CHROME_ROLES = /^(?:navigation|banner|contentinfo|complementary|menu|menubar|toolbar|search|dialog|tablist)$/i;

// Class/id words that mark chrome; matched as whole words of a class or id.
const CHROME_WORDS =
  /(?:^|[\s_-])(?:share|sharing|sharebar|social|socials|related|recommend|recommended|recommendations|tags?|tag-?list|topics?|keywords?|breadcrumbs?|byline|bylines|author|authors|author-?bio|comments?|disqus|footer|header|masthead|nav|navbar|navigation|menu|sidebar|newsletter|subscribe|subscription|signup|promo|promos|ads?|advert|advertisement|sponsor|sponsored|outbrain|taboola|pagination|pager|toolbar|more-on|read-?more|readmore|also-?read|more-?stories|most-?popular|most-?read|popular|trending|widget|rail|teaser|teasers|cookie|consent|paywall|login|skip|jump|print|copyright|disclaimer|editors?-?picks?|next-?article|prev-?article|card-?list|carousel|slider|related-?content|see-?also|further-?reading|follow|whatsapp|facebook|twitter|wechat|weibo|telegram|linkedin)(?:$|[\s_-])/i;

// Chinese and English headings that open a list of further reading.
export const RELATED_HEADING =
  /^(?:related|related\s+(?:stories|articles|coverage|content|reading|news)|read\s+more|more\s+(?:on|from|stories|news)|see\s+also|also\s+read|further\s+reading|recommended|you\s+may\s+also\s+like|most\s+(?:read|popular)|相关(?:新闻|阅读|文章|报道|链接)?|相關(?:新聞|閱讀|文章|報導|連結)?|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|更多(?:新闻|阅读|报道)?|热门|熱門|猜你喜欢|阅读更多|閱讀更多)\s*[:：]?$/i;

/** True when the element itself is chrome (its ancestors are not looked at). */
export function isChromeElement(el: Element): boolean {
  const tag = el.localName;
  if (CHROME_TAGS.has(tag)) {
    // <header> inside an article section is often just a heading wrapper; keep it only if it has no links-only content.
    return true;
  }
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.test(role)) return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('data-component') ?? ''}`;
  if (label.length > 1 && CHROME_WORDS.test(splitCamel(label))) return !isArticleContainer(label);
  return false;
}

// Containers whose names mention a chrome word but hold the article ("article-header-body" is rare; "post-author" is not).
function isArticleContainer(label: string): boolean {
  return /(?:^|[\s_-])(?:article-?body|articlebody|entry-content|post-content|story-body|main-content)(?:$|[\s_-])/i.test(label);
}

function splitCamel(label: string): string {
  return label.replace(/([a-z])([A-Z])/g, '$1-$2');
}

/** True when the element or any ancestor up to `stop` is chrome. */
export function isInChrome(el: Element, stop: Element | null = null): boolean {
  for (let cur: Element | null = el; cur && cur !== stop; cur = cur.parentElement) {
    if (isChromeElement(cur)) return true;
  }
  return false;
}

// Share and follow endpoints: a link to them is a button, not a source.
const SHARE_URL =
  /^https?:\/\/(?:[a-z0-9-]+\.)*(?:facebook\.com\/(?:sharer|share\.php|dialog\/share)|twitter\.com\/(?:intent|share|home\?status)|x\.com\/intent|wa\.me\/|api\.whatsapp\.com\/send|t\.me\/share|telegram\.me\/share|linkedin\.com\/(?:shareArticle|sharing|cws\/share)|reddit\.com\/submit|pinterest\.com\/pin\/create|service\.weibo\.com\/share|connect\.qq\.com\/widget\/shareqq|line\.me\/R\/msg|getpocket\.com\/save|news\.ycombinator\.com\/submitlink|plus\.google\.com\/share)/i;

export function isShareUrl(url: string): boolean {
  return SHARE_URL.test(url);
}

/** Link-level signs of chrome: rel=tag/author, author and tag pages, "share" buttons. */
export function isChromeLink(a: Element, url: string): boolean {
  const rel = a.getAttribute('rel') ?? '';
  if (/\b(?:tag|author|category|prev|next|nofollow\s+sponsored)\b/i.test(rel)) return true;
  if (isShareUrl(url)) return true;
  const path = (() => {
    try {
      return new URL(url).pathname;
    } catch {
      return '';
    }
  })();
  return /^\/(?:tags?|topics?|category|categories|author|authors|people\/author|profile|section|keyword|hashtag)\//i.test(path);
}
