import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Route } from './routes';

/**
 * An article whose cited public short links answer 302 into the local network
 * (names with no dot or a local ending, the IPv6 loopback). The targets point
 * at a logging service the test runs on loopback: any request it receives is
 * a request the extension should never have sent.
 */
export const PRIVATE_REDIRECT_ARTICLE_URL = 'https://www.harbor-courier.com/2024/05/02/city-network-audit/';

/** The private targets, by the short link's path, for a logging service on port `port`. */
export function privateTargets(port: number, ipv6: boolean): Record<string, string> {
  return {
    '/intranet': `http://intranet:${port}/admin/reset?from=source-lens`,
    '/printer': `http://printer.home:${port}/`,
    '/nas': `http://nas.corp:${port}/`,
    ...(ipv6 ? { '/loopback6': `http://[::1]:${port}/admin/reset?from=source-lens` } : {}),
  };
}

export const SHORT_LINK_HOST = 'go.example-short.com';

export function privateRedirectRoutes(targets: Record<string, string>): Route[] {
  const links = Object.keys(targets)
    .map((path, i) => `<p>A report on the city's network, posted as <a href="https://${SHORT_LINK_HOST}${path}">a shortened link</a>, claimed that system ${i + 1} was exposed to the internet.</p>`)
    .join('\n');
  const article = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>City audit finds exposed network devices | Harbor Courier</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Harbor Courier">
<meta property="article:published_time" content="2024-05-02T09:00:00Z"></head>
<body><main><article><h1>City audit finds exposed network devices</h1>
<p class="byline">By Dana Whitfield</p>
<div class="article-body">
<p>An audit of the city's computer network found dozens of devices reachable from outside, officials said on Thursday. The report was shared widely on social media before the city confirmed its findings.</p>
${links}
<p>The city said it had closed every exposed service by the end of April and would publish a second audit in the autumn.</p>
</div></article></main></body></html>`;
  return [
    { host: 'www.harbor-courier.com', path: new URL(PRIVATE_REDIRECT_ARTICLE_URL).pathname, handle: (_q, r) => (r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }), r.end(article)) },
    ...Object.entries(targets).map(([path, to]): Route => ({ host: SHORT_LINK_HOST, path, handle: (_q, r) => (r.writeHead(302, { location: to, 'content-length': '0' }), r.end()) })),
  ];
}

export interface LoggingService {
  port: number;
  /** Whether it also listens on the IPv6 loopback. */
  ipv6: boolean;
  requests: { address: string; host: string; path: string }[];
  close(): Promise<void>;
}

/** A plain-HTTP service on 127.0.0.1 (and ::1 when the machine has it, same port) that logs every request. */
export async function startLoggingService(): Promise<LoggingService> {
  const requests: LoggingService['requests'] = [];
  const handler = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    requests.push({ address: req.socket.remoteAddress ?? '', host: req.headers.host ?? '', path: req.url ?? '' });
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>Router admin</title><p>Settings reset.</p>');
  };
  const listen = (s: Server, port: number, host: string) =>
    new Promise<boolean>((resolve) => {
      s.once('error', () => resolve(false));
      s.listen(port, host, () => resolve(true));
    });
  const v4 = createServer(handler);
  await listen(v4, 0, '127.0.0.1');
  const port = (v4.address() as AddressInfo).port;
  const v6server = createServer(handler);
  const ipv6 = await listen(v6server, port, '::1');
  const close = (s: Server) => new Promise<void>((resolve) => (s.listening ? s.close(() => resolve()) : resolve()));
  return { port, ipv6, requests, close: async () => void (await Promise.all([close(v4), close(v6server)])) };
}
