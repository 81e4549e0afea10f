import { FetchFailure, knownFailure, redirectProblem, timeoutSignal, toHttpResponse, type HttpClient } from './http';
import { describeNetworkError, errorText } from './net-errors';
import { checkUrlPolicy } from './policy';

export interface FetchClientOptions {
  /** The platform's own account of why a request failed (Chromium: net::ERR_*) and the addresses it went through, if it keeps one. */
  explainFailure?: (url: string) => Promise<{ error: string; chain: string[] } | undefined>;
  /** Every address the platform requested from `url` to `finalUrl`, both included, when it keeps them. */
  chainOf?: (url: string, finalUrl: string) => Promise<string[]>;
}

/**
 * An HttpClient on the standard fetch(): no cookies, no referrer, no cache.
 * Redirects are followed by the platform; the final URL is checked against the
 * policy again, so a redirect into a private network yields nothing, and the
 * chain against the same redirect limit as the Node client.
 */
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
      // The body first, under the timeout; then the redirect events, which may trail it.
      const answer = await toHttpResponse(res, finalUrl, [], req.maxBytes);
      timer.clear();
      if (!res.redirected) return answer;
      const chain = (await options.chainOf?.(req.url, finalUrl).catch(() => [])) ?? [];
      // Chromium follows up to 20 redirects; hold the chain to the limit the CLI keeps.
      const problem = chain.length ? redirectProblem(chain, null) : null;
      if (problem) throw problem;
      return { ...answer, redirects: chain.length ? chain.slice(0, chain[chain.length - 1] === finalUrl ? -1 : undefined) : [req.url] };
    } catch (error) {
      const known = knownFailure(error, req, timer.timedOut());
      if (known) throw known;
      const explained = await options.explainFailure?.(req.url).catch(() => undefined);
      // Chromium says ERR_TOO_MANY_REDIRECTS for a loop and for a long chain alike: the chain tells which.
      if (explained && /TOO_MANY_REDIRECTS/.test(explained.error)) {
        throw redirectProblem(explained.chain, null) ?? new FetchFailure('too-many-redirects', 'too many redirects (the browser stopped following them)');
      }
      const failure = describeNetworkError(explained?.error ?? errorText(error));
      // A redirect into a private network is stopped by the browser rule: say so plainly.
      if (failure.kind === 'blocked' && explained && explained.chain.length > 1) {
        throw new FetchFailure('blocked', `redirected to ${explained.chain[explained.chain.length - 1]}, which is on a private network`);
      }
      throw failure;
    } finally {
      timer.clear();
    }
  };
}
