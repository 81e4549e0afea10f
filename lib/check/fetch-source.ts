import type { CheckState, SourceSnapshot } from '../schema/check';
import { classifyPage, contentTypeOf, isHtml, needsProbe, probeUrlFor, type ProbeAnswer } from './classify';
import { decodeBody } from './decode';
import type { Lexicon } from '../text/lexicon/lexicon';
import { FetchFailure, type HttpClient, type HttpResponse } from './http';
import { checkUrlPolicy } from './policy';
import { readSource } from './read-source';
import { parseRetryAfter } from './retry';
import { trimHtml } from './trim-html';
import { findSnapshot } from './wayback';

export interface FetchSettings {
  timeoutMs: number;
  maxBytes: number;
  allowPrivateNetwork: boolean;
  wayback: boolean;
}

export interface FetchDeps {
  http: HttpClient;
  parseHtml: (html: string) => Document;
  now: () => number;
  /** The zh↔en lexicon, loaded on first need (a packaged asset, or the CLI's compiled copy); absent where there is none. */
  loadLexicon?: () => Promise<Lexicon>;
}

// Only a gone page is looked up in the archive: a busy or slow server is asked again later, not archive.org.
const GONE: ReadonlySet<CheckState> = new Set(['dead', 'soft404']);
// Statuses that say "not now" rather than "not here".
const TEMPORARY = new Set([408, 425, 429]);

/** HTTP 404 and 410 say the page is gone; 429 and 5xx that the server cannot answer now; other 4xx that it refuses. */
export function statusState(status: number): CheckState {
  return TEMPORARY.has(status) || status >= 500 ? 'unavailable' : 'dead';
}

function statusReason(status: number, retryAfter: string | undefined, now: number): string {
  const wait = statusState(status) === 'unavailable' ? parseRetryAfter(retryAfter, now) : null;
  if (wait === null) return `HTTP ${status}`;
  const s = Math.round(wait / 1000);
  return `HTTP ${status}, the server asks to retry after ${s >= 3600 ? `${Math.round(s / 3600)} h` : s >= 60 ? `${Math.round(s / 60)} min` : `${s} s`}`;
}
// Enough text for summaries and support; keeps cache entries small.
const MAX_TEXT = 200_000;

/**
 * Fetches a source under the policy and reads it: state, HTTP facts, its
 * metadata and article text, and an archived copy when it is gone.
 * `near` is the citing article's date, for the closest archived copy.
 */
export async function fetchSource(url: string, near: string | null, settings: FetchSettings, deps: FetchDeps, signal: AbortSignal): Promise<SourceSnapshot> {
  const started = deps.now();
  const snapshot = (state: CheckState, extra: Partial<SourceSnapshot>): SourceSnapshot => ({
    url,
    state,
    reason: null,
    httpStatus: null,
    finalUrl: null,
    redirects: [],
    canonicalUrl: null,
    archivedUrl: null,
    contentType: null,
    bytes: null,
    error: null,
    meta: null,
    text: '',
    ...extra,
    fetchedAt: deps.now(),
    durationMs: Math.max(0, deps.now() - started),
  });
  const withArchive = async (state: CheckState, extra: Partial<SourceSnapshot>) => {
    const archivedUrl = settings.wayback && GONE.has(state) && (state !== 'dead' || extra.httpStatus === 404 || extra.httpStatus === 410) ? ((await findSnapshot(deps.http, url, near, signal, settings.timeoutMs))?.url ?? null) : null;
    return snapshot(state, { ...extra, archivedUrl });
  };

  const policy = checkUrlPolicy(url, settings);
  if (!policy.ok) return snapshot('blocked', { reason: policy.reason, error: policy.reason });

  let res: HttpResponse;
  try {
    res = await deps.http({ url, signal, timeoutMs: settings.timeoutMs, maxBytes: settings.maxBytes, allowPrivateNetwork: settings.allowPrivateNetwork });
  } catch (e) {
    if (e instanceof FetchFailure && e.kind === 'aborted') throw e;
    const failure = e instanceof FetchFailure ? e : new FetchFailure('connection', String(e));
    const state: CheckState = failure.kind === 'timeout' ? 'timeout' : failure.kind === 'blocked' ? 'blocked' : 'unreachable';
    return withArchive(state, { reason: failure.message, error: failure.message });
  }

  const common: Partial<SourceSnapshot> = {
    httpStatus: res.status,
    finalUrl: res.finalUrl,
    redirects: res.redirects,
    contentType: contentTypeOf(res),
    bytes: res.truncated ? Math.max(res.declaredLength ?? 0, res.body.byteLength) : res.body.byteLength,
  };
  if (res.status >= 400) {
    const reason = statusReason(res.status, res.headers['retry-after'], deps.now());
    return withArchive(statusState(res.status), { ...common, reason, error: reason });
  }
  if (!isHtml(res)) return snapshot('not-html', { ...common, reason: common.contentType ?? 'unknown type' });

  const html = trimHtml(decodeBody(res.body, res.headers['content-type']).text);
  let page: ReturnType<typeof readSource>;
  try {
    page = readSource(deps.parseHtml(html), res.finalUrl);
  } catch (e) {
    // A stack overflow (deep nesting, a huge attribute) is the page's doing: say so, not "Maximum call stack size exceeded".
    const why = e instanceof RangeError ? 'the page could not be read (its markup is too large or too deeply nested)' : e instanceof Error ? e.message : String(e);
    return snapshot('ok', { ...common, reason: 'the page could not be parsed', error: why });
  }
  const probe = needsProbe(url, res, page) ? await probeSite(res.finalUrl, settings, deps, signal) : null;
  const { state, reason } = classifyPage(url, res, page, probe);
  const extra = { ...common, canonicalUrl: page.canonicalUrl, reason, meta: page.meta, text: page.text.slice(0, MAX_TEXT) };
  return state === 'soft404' ? withArchive(state, extra) : snapshot(state, extra);
}

/**
 * Asks the site for an address beside the page that cannot exist: an error
 * page is what the site answers there too. Null when it cannot be asked.
 */
async function probeSite(pageUrl: string, settings: FetchSettings, deps: FetchDeps, signal: AbortSignal): Promise<{ url: string; answer: ProbeAnswer } | null> {
  const url = probeUrlFor(pageUrl, Math.random().toString(36).slice(2, 12));
  if (!url || !checkUrlPolicy(url, settings).ok) return null;
  try {
    const res = await deps.http({ url, signal, timeoutMs: settings.timeoutMs, maxBytes: settings.maxBytes, allowPrivateNetwork: settings.allowPrivateNetwork });
    const read = isHtml(res) ? readSource(deps.parseHtml(trimHtml(decodeBody(res.body, res.headers['content-type']).text)), res.finalUrl) : null;
    return { url, answer: { status: res.status, finalUrl: res.finalUrl, title: read?.pageTitle ?? '', text: read?.text ?? '' } };
  } catch (e) {
    if (e instanceof FetchFailure && e.kind === 'aborted') throw e;
    return null;
  }
}
