import { lookup } from 'node:dns/promises';
import { Agent, buildConnector, fetch } from 'undici';
import { FetchFailure, knownFailure, redirectProblem, timeoutSignal, toHttpResponse, type HttpClient } from '../check/http';
import { resolveHostRule, type HostRule } from '../check/host-rules';
import { describeNetworkError, errorText } from '../check/net-errors';
import { checkUrlPolicy, isPrivateHost } from '../check/policy';

export interface NodeHttpOptions {
  hostRules?: HostRule[];
  /** Accept any TLS certificate (the local fixture web's). */
  insecure?: boolean;
}

/**
 * The CLI's HttpClient: undici with redirects followed by hand, so that every
 * hop passes the URL policy, loops and overlong chains (MAX_REDIRECTS) are
 * named, and the chain is recorded.
 */
export function createNodeHttpClient(options: NodeHttpOptions = {}): HttpClient {
  const rules = options.hostRules ?? [];
  const connector = buildConnector({ rejectUnauthorized: !options.insecure });
  // One agent per private-network setting, so the DNS check knows which applies.
  const agents = new Map<boolean, Agent>();
  const agentFor = (allowPrivate: boolean): Agent => {
    let agent = agents.get(allowPrivate);
    if (!agent) {
      agent = makeAgent(allowPrivate);
      agents.set(allowPrivate, agent);
    }
    return agent;
  };
  const makeAgent = (allowPrivate: boolean) => new Agent({
    connect: (opts, callback) => {
      const port = Number(opts.port) || (opts.protocol === 'https:' ? 443 : 80);
      const mapped = resolveHostRule(rules, opts.hostname, port);
      const connect = (host: string, p: number) =>
        connector({ ...opts, hostname: host, port: String(p), servername: opts.servername ?? opts.hostname }, callback);
      if (mapped === 'notfound') {
        const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${opts.hostname}`), { code: 'ENOTFOUND' });
        return callback(error, null);
      }
      if (mapped) return connect(mapped.host, mapped.port);
      // Names that resolve into a private network are refused like private IP literals.
      lookup(opts.hostname)
        .then(({ address }) => {
          if (!allowPrivate && isPrivateHost(address)) {
            callback(new FetchFailure('blocked', `${opts.hostname} resolves to a private address (${address})`), null);
          } else connect(address, port);
        })
        .catch((e: unknown) => callback(e as Error, null));
    },
  });

  return async (req) => {
    const dispatcher = agentFor(req.allowPrivateNetwork);
    const timer = timeoutSignal(req.signal, req.timeoutMs);
    const redirects: string[] = [];
    let url = req.url;
    try {
      for (;;) {
        const res = await fetch(url, {
          redirect: 'manual',
          signal: timer.signal,
          dispatcher,
          headers: { Accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8', 'User-Agent': 'SourceLens/0.1 (+source verification)' },
        });
        const location = res.headers.get('location');
        if (res.status >= 300 && res.status < 400 && location) {
          await res.body?.cancel().catch(() => undefined);
          const next = new URL(location, url).href;
          redirects.push(url);
          const problem = redirectProblem(redirects, next);
          if (problem) throw problem;
          const verdict = checkUrlPolicy(next, req);
          if (!verdict.ok) throw new FetchFailure('blocked', `redirected to ${next}, which is not fetched: ${verdict.reason}`);
          url = next;
          continue;
        }
        return await toHttpResponse(
          { status: res.status, headers: res.headers as unknown as Headers, body: res.body as ReadableStream<Uint8Array> | null },
          url,
          redirects,
          req.maxBytes,
        );
      }
    } catch (error) {
      const known = knownFailure(error, req, timer.timedOut());
      if (known) throw known;
      const inner = (error as { cause?: unknown }).cause;
      if (inner instanceof FetchFailure) throw inner;
      throw describeNetworkError(errorText(error));
    } finally {
      timer.clear();
    }
  };
}
