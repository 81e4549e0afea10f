/**
 * Page chrome: the parts of a page that are not the article's own text —
 * navigation, share buttons, tag lists, bylines, related stories, footers,
 * comments. Links there are never cited sources.
 */

import type { LinkTarget } from '../links/normalize-url';
import { isBoilerplateLine } from './boilerplate';
import { isBylineLine } from './byline';
import { followsRecirculationHeading } from './recirculation';

const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'form', 'button', 'menu', 'select', 'dialog', 'template']);
const CHROME_ROLES = /^(?:navigation|banner|contentinfo|complementary|menu|menubar|toolbar|search|dialog|tablist)$/i;

// Class/id words that mark chrome; matched as whole words of a class or id.
const CHROME_WORDS =
  /(?:^|[\s_-])(?:share|sharing|sharebar|social|socials|related|recommend|recommended|recommendations|tags?|tag-?list|topics?|keywords?|breadcrumbs?|byline|bylines|author|authors|author-?bio|comments?|disqus|footer|header|masthead|nav|navbar|navigation|menu|sidebar|newsletter|subscribe|subscription|signup|promo|promos|ads?|advert|advertisement|sponsor|sponsored|outbrain|taboola|teads|pagination|pager|toolbar|more-on|read-?more|readmore|also-?read|more-?stories|most-?popular|most-?read|popular|trending|widget|rail|teaser|teasers|cookie|consent|paywall|login|skip|jump|print|copyright|disclaimer|disclosure|editors?-?picks?|next-?article|prev-?article|prev-?link|next-?link|previous|post-?navigation|invisible|cta|card-?list|carousel|slider|related-?content|see-?also|further-?reading|follow)(?:$|[\s_-])/i;

/** True when the element itself is chrome (its ancestors are not looked at). */
export function isChromeElement(el: Element): boolean {
  const tag = el.localName;
  if (CHROME_TAGS.has(tag)) {
    // <header> inside an article section is often just a heading wrapper; keep it only if it has no links-only content.
    return true;
  }
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  const role = el.getAttribute('role');
  const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('data-component') ?? ''}`;
  const words = splitCamel(label).replace(SCREEN_ONLY, ' ');
  const named = (!!role && CHROME_ROLES.test(role)) || (label.length > 1 && CHROME_WORDS.test(words) && !isArticleContainer(label)) || isPopup(el, words);
  // Class names lie on wrappers ("page-with-sidebar", "print-friendly"): a container full of prose is not chrome.
  // A "social-embed" box around a quoted post is the article quoting it.
  if (named) return !holdsProse(el) && !wrapsEmbeddedPost(el);
  return (tag === 'ul' || tag === 'ol') && followsRecirculationHeading(el);
}

// The markup Twitter, Instagram, TikTok and Threads ask publishers to paste for an embedded post.
const EMBEDDED_POST = /(?:^|\s)(?:twitter-tweet|instagram-media|tiktok-embed|text-post-media)(?:\s|$)/;

function wrapsEmbeddedPost(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (c.localName === 'blockquote' && EMBEDDED_POST.test(c.getAttribute('class') ?? '')) return true;
  }
  return false;
}

// "hide-for-print", "no-print": shown on screen, so not the print-only chrome that "print" names.
const SCREEN_ONLY = /(?:^|[\s_-])(?:hide|hidden|no|not)-?(?:for-?|on-?|in-?)?print(?=$|[\s_-])/gi;

// Hover cards: a wrapper holds the link that opens the card and the card itself.
const POPUP_WORDS = /(?:^|[\s_-])(?:rollovers?|hover-?cards?|popovers?|popups?|tooltips?)(?:$|[\s_-])/i;

/** The card is chrome; the wrapper that starts with its trigger link, and the link, are text. */
function isPopup(el: Element, words: string): boolean {
  return el.localName !== 'a' && POPUP_WORDS.test(words) && el.firstElementChild?.localName !== 'a';
}

function holdsProse(el: Element): boolean {
  const paragraphs = el.getElementsByTagName('p');
  if (paragraphs.length < 3) return false;
  let chars = 0;
  for (let i = 0; i < paragraphs.length && chars < 600; i++) chars += (paragraphs[i]!.textContent ?? '').length;
  return chars >= 600;
}

// Containers whose names mention a chrome word but hold the article ("article-body sidebar-layout").
// Judged per class name: "article-body-content--author-blurb" names a part of the body that is chrome.
const ARTICLE_CONTAINER = /(?:^|[_-])(?:article-?body|articlebody|entry-content|post-content|story-body|main-content)(?:$|[_-])/i;
function isArticleContainer(label: string): boolean {
  return label.split(/\s+/).some((name) => ARTICLE_CONTAINER.test(name) && !CHROME_WORDS.test(splitCamel(name)));
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

// Sign-up, subscription and account pages: a link there sells something, it cites nothing.
const SALES_PATH = /(?:^|[/_-])(?:subscribe|subscription|subscriptions|newsletters?|mailing-list|signup|sign-up|register|membership|donate|nrplus-subscribe)(?:[/_.-]|$)/i;
// subscription.example.com, newsletters.example.com: the same, as a host of its own.
const SALES_HOST = /^(?:subscribe|subscriptions?|newsletters?|signup|join|membership|donate)\./i;
// Author, staff and tag pages.
const PROFILE_PATH = /^\/(?:[a-z]{2}\/)?(?:tags?|topics?|category|categories|author|authors|people|person|staff|team|journalists?|reporters?|contributors?|columnists?|profile|profiles|section|keyword|hashtag)\//i;
// "Follow Jane on Twitter", "关注我们": the social links in such a line are chrome.
const FOLLOW = /\bfollow\b|\bon (?:twitter|facebook|instagram)\b|@\w+ (?:and|&) |关注|關注|追蹤/i;
const SOCIAL_PROFILE = /^https?:\/\/(?:www\.)?(?:twitter\.com|x\.com|facebook\.com|instagram\.com|linkedin\.com|youtube\.com|tiktok\.com|weibo\.com|t\.me)\/(?!.*\/status\/)[^/?#]+\/?(?:[?#].*)?$/i;

// Tags that sit inside a line of text; blocks are judged for chrome when they are read.
const INLINE = new Set(['a', 'span', 'em', 'strong', 'b', 'i', 'u', 's', 'small', 'sup', 'sub', 'mark', 'font', 'cite', 'q', 'abbr', 'time', 'label', 'ins', 'del']);

/** Chrome inside a line: a byline span in the lead paragraph, a hover card in a sentence. */
function inInlineChrome(a: Element): boolean {
  for (let el: Element | null = a; el && INLINE.has(el.localName); el = el.parentElement) {
    if (isChromeElement(el)) return true;
  }
  return false;
}

/** Link-level signs of chrome: rel=tag/author, profile and tag pages, share and sign-up links, "follow us" lines. */
export function isChromeLink(a: Element, { url, host, path }: LinkTarget, blockText = ''): boolean {
  if (inInlineChrome(a) || isBoilerplateLine(blockText)) return true;
  const rel = a.getAttribute('rel') ?? '';
  if (/\b(?:tag|author|category|prev|next|nofollow\s+sponsored)\b/i.test(rel)) return true;
  if (isShareUrl(url)) return true;
  if (SALES_PATH.test(path) || SALES_HOST.test(host)) return true;
  // A tag or profile page named inside a sentence is an entity link; in a list of its own, chrome.
  const anchor = (a.textContent ?? '').trim().length;
  const inProse = blockText.length > 2 * anchor + 20;
  if (PROFILE_PATH.test(path) && !inProse) return true;
  if ((PROFILE_PATH.test(path) || SOCIAL_PROFILE.test(url)) && isBylineLine(blockText)) return true;
  return SOCIAL_PROFILE.test(url) && FOLLOW.test(blockText) && blockText.length < 300;
}

/**
 * A list of bare links to the page's own site ("More from WIRED", "Related")
 * is recirculation, even inside the article container.
 */
export function isSelfLinkList(list: Element, pageSite: (host: string) => boolean): boolean {
  const items = Array.from(list.children).filter((c) => c.localName === 'li');
  if (items.length < 3) return false;
  let bare = 0;
  let self = 0;
  for (const li of items) {
    const links = li.getElementsByTagName('a');
    if (links.length !== 1) continue;
    const a = links[0]!;
    const linkText = (a.textContent ?? '').replace(/\s+/g, '');
    const itemText = (li.textContent ?? '').replace(/\s+/g, '');
    if (linkText.length < itemText.length * 0.8) continue;
    bare++;
    try {
      if (pageSite(new URL(a.getAttribute('href') ?? '', 'http://relative.invalid/').hostname)) self++;
    } catch {
      // unreadable href: not counted as ours
    }
  }
  return bare >= items.length * 0.8 && self >= items.length * 0.6;
}
