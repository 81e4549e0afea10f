import type { CheckState } from '../schema/check';
import type { HttpResponse } from './http';
import type { ReadSource } from './read-source';

// What not-found pages say in their title or headline.
const NOT_FOUND =
  /\b(?:404|410)\b|not\s+found|page\s+(?:does\s+not|doesn['’]t|no\s+longer)\s+exist|no\s+longer\s+(?:available|exists)|can(?:no|['’])t\s+(?:be\s+)?f(?:ou|i)nd|couldn['’]t\s+find|page\s+unavailable|content\s+(?:is\s+)?unavailable|has\s+been\s+(?:removed|deleted)|oops|error\s+page|页面不存在|頁面不存在|找不到|未找到|不存在或已(?:被)?删除|已被删除|已刪除|页面已失效|文章不存在|内容不存在|內容不存在|该页面|抱歉[,，]?您访问的|ページが見つかりません|페이지를 찾을 수 없습니다|страница не найдена|página no encontrada|page introuvable|seite nicht gefunden/i;

/** Wording that hints at an error page. A hint only: headlines say "404" and "not found" too. */
export function looksNotFound(page: ReadSource): boolean {
  return NOT_FOUND.test(page.pageTitle) || NOT_FOUND.test(page.heading);
}

// Below this much article text a page has room for an error message, not a story.
const LITTLE_TEXT = 200;

/** What the site answers for an address next to the source's that cannot exist. */
export interface ProbeAnswer {
  status: number;
  finalUrl: string;
  title: string;
  text: string;
}

/** An address beside `url` (same folder) that no site publishes: how the site answers unknown addresses. */
export function probeUrlFor(url: string, token: string): string | null {
  try {
    const u = new URL(url);
    // The page's sibling: /a/b/story and /a/b/story/ both give /a/b/source-lens-….
    u.pathname = u.pathname.replace(/\/+$/, '').replace(/[^/]*$/, '') + `source-lens-${token}`;
    u.search = '';
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

/** A page worth comparing with the site's answer to an unknown address: error wording, little text, or a redirect. */
export function needsProbe(requested: string, res: HttpResponse, page: ReadSource): boolean {
  if (looksNotFound(page)) return true;
  // A date is no sign of a story: sites date their error pages from the address they were asked for.
  if (page.text.length < LITTLE_TEXT) return true;
  return res.redirects.length > 0 && !isTrivialRedirect(requested, res.finalUrl);
}

const comparable = (text: string, url: string) => {
  // The error page may echo the address it was asked for.
  const last = (u: string) => decodeURIComponent(new URL(u).pathname.split('/').filter(Boolean).pop() ?? '');
  let t = text;
  try {
    const seg = last(url);
    if (seg) t = t.split(seg).join('');
  } catch {
    // keep the text
  }
  return t.replace(/\s+/g, ' ').trim().toLowerCase();
};

/** The source page is what the site answers for an address that does not exist. */
function sameAsProbe(requested: string, res: HttpResponse, page: ReadSource, probe: ProbeAnswer, probeUrl: string): boolean {
  if (res.finalUrl !== requested && probe.finalUrl === res.finalUrl) return true;
  return page.pageTitle === probe.title && comparable(page.text, res.finalUrl) === comparable(probe.text, probeUrl);
}

/** A redirect from a deep link to the site's front page is how many sites say "gone". */
export function redirectedToHome(requested: string, finalUrl: string): boolean {
  try {
    const a = new URL(requested);
    const b = new URL(finalUrl);
    const deep = a.pathname.replace(/\/+$/, '').split('/').filter(Boolean).length >= 1;
    const home = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/?|index\.\w+)?$/i.test(b.pathname) && !b.search;
    return deep && home && a.href !== b.href;
  } catch {
    return false;
  }
}

/** http→https, a trailing slash or "www." is not a redirect a reader cares about. */
export function isTrivialRedirect(requested: string, finalUrl: string): boolean {
  try {
    const a = new URL(requested);
    const b = new URL(finalUrl);
    const host = (h: string) => h.replace(/^www\./, '');
    const path = (p: string) => p.replace(/\/+$/, '') || '/';
    return host(a.hostname) === host(b.hostname) && path(a.pathname) === path(b.pathname) && a.search === b.search;
  } catch {
    return false;
  }
}

export function isHtml(res: HttpResponse): boolean {
  const type = (res.headers['content-type'] ?? '').toLowerCase();
  if (/text\/html|application\/xhtml\+xml/.test(type)) return true;
  if (type && !/text\/plain|application\/octet-stream/.test(type)) return false;
  // No or vague type: look at the bytes.
  const head = new TextDecoder('windows-1252').decode(res.body.subarray(0, 512)).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(?:head|body|title|meta)[\s>]/.test(head);
}

export function contentTypeOf(res: HttpResponse): string | null {
  const t = res.headers['content-type'];
  return t ? t.split(';')[0]!.trim().toLowerCase() || null : null;
}

/**
 * The page's state once it has been read; network failures are decided before this.
 * Gone (soft 404) needs the page to be an error page: a redirect to the front
 * page, the same page the site gives an address that does not exist (`probe`),
 * or error wording with next to no text and no date — never a word in a headline.
 */
export function classifyPage(
  requested: string,
  res: HttpResponse,
  page: ReadSource,
  probe: { url: string; answer: ProbeAnswer } | null = null,
): { state: CheckState; reason: string | null } {
  if (redirectedToHome(requested, res.finalUrl)) return { state: 'soft404', reason: `the link now redirects to the site’s front page (${res.finalUrl})` };
  if (probe && sameAsProbe(requested, res, page, probe.answer, probe.url)) {
    return {
      state: 'soft404',
      reason:
        probe.answer.status < 300
          ? `the site answers the same page for an address that does not exist (${probe.url})`
          : `the page is the site’s error page: the same page an address that does not exist gets with HTTP ${probe.answer.status}`,
    };
  }
  if (looksNotFound(page) && page.text.length < LITTLE_TEXT && !page.meta.publishedTime) {
    return { state: 'soft404', reason: `the page answers 200 but is an error page saying it was not found (“${page.heading || page.pageTitle}”), with no article text` };
  }
  if (page.accessibleForFree === false || (page.paywallMarkers && page.text.length < 1500)) {
    return { state: 'paywalled', reason: page.accessibleForFree === false ? 'the page marks itself as not free to read (isAccessibleForFree: false)' : 'the page shows a paywall and little text' };
  }
  if (res.redirects.length && !isTrivialRedirect(requested, res.finalUrl)) return { state: 'redirected', reason: null };
  return { state: 'ok', reason: null };
}
