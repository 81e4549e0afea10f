import type { CheckState, SourceSnapshot } from '../schema/check';
import { classifyPage, contentTypeOf, isHtml } from './classify';
import { decodeBody } from './decode';
import type { Lexicon } from '../text/lexicon/lexicon';
import { FetchFailure, type HttpClient, type HttpResponse } from './http';
import { checkUrlPolicy } from './policy';
import { readSource } from './read-source';
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

const NEEDS_ARCHIVE: ReadonlySet<CheckState> = new Set(['dead', 'soft404', 'unreachable', 'timeout']);
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
    const archivedUrl = settings.wayback && NEEDS_ARCHIVE.has(state) ? ((await findSnapshot(deps.http, url, near, signal, settings.timeoutMs))?.url ?? null) : null;
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
  if (res.status >= 400) return withArchive('dead', { ...common, reason: `HTTP ${res.status}`, error: `HTTP ${res.status}` });
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
  const { state, reason } = classifyPage(url, res, page);
  const extra = { ...common, reason, meta: page.meta, text: page.text.slice(0, MAX_TEXT) };
  return state === 'soft404' ? withArchive(state, extra) : snapshot(state, extra);
}
