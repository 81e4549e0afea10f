import { FetchFailure, knownFailure, timeoutSignal, toHttpResponse, type HttpClient } from './http';
import { describeNetworkError, errorText } from './net-errors';
import { checkUrlPolicy } from './policy';

export interface FetchClientOptions {
  /** The platform's own account of why a request failed (Chromium: net::ERR_*), if it keeps one. */
  explainFailure?: (url: string) => Promise<string | undefined>;
  /** The redirect chain the platform saw for a request, when it keeps one. */
  redirectsOf?: (url: string) => Promise<string[]>;
}

/**
 * An HttpClient on the standard fetch(): no cookies, no referrer, no cache.
 * Redirects are followed by the platform; the final URL is checked against the
 * policy again, so a redirect into a private network yields nothing.
 */
async function redirectChain(options: FetchClientOptions, url: string): Promise<string[]> {
  const seen = (await options.redirectsOf?.(url).catch(() => [])) ?? [];
  return seen.length ? seen : [url];
}

export function createFetchClient(options: FetchClientOptions = {}): HttpClient {
  return async (req) => {
    const timer = timeoutSignal(req.signal, req.timeoutMs);
    try {
      const res = await fetch(req.url, {
        method: 'GET',
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        redirect: 'follow',
        cache: 'no-store',
        signal: timer.signal,
        headers: { Accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8' },
      });
      const finalUrl = res.url || req.url;
      if (finalUrl !== req.url) {
        const verdict = checkUrlPolicy(finalUrl, req);
        if (!verdict.ok) {
          await res.body?.cancel().catch(() => undefined);
          throw new FetchFailure('blocked', `redirected to ${finalUrl}, which is not fetched: ${verdict.reason}`);
        }
      }
      return await toHttpResponse(res, finalUrl, res.redirected ? await redirectChain(options, req.url) : [], req.maxBytes);
    } catch (error) {
      const known = knownFailure(error, req, timer.timedOut());
      if (known) throw known;
      const explained = await options.explainFailure?.(req.url).catch(() => undefined);
      const failure = describeNetworkError(explained ?? errorText(error));
      // A redirect into a private network is stopped by the browser rule: say so plainly.
      if (failure.kind === 'blocked' && explained?.includes('after redirecting to')) {
        throw new FetchFailure('blocked', `redirected to ${explained.replace(/^.*after redirecting to /, '').replace(/\)$/, '')}, which is on a private network`);
      }
      throw failure;
    } finally {
      timer.clear();
    }
  };
}
