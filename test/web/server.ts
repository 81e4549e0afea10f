import { readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import type { Duplex } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { CROSS_LANGUAGE_ROUTES } from './cross-language';
import { faultRoutes, NXDOMAIN_HOST, REFUSED_HOST, TLS_BROKEN_HOST } from './faults';
import { frontPage, handleGeneratedSource, handleScalePage, longRead, manySources } from './generated';
import { ROUTES, type Route } from './routes';
import { truthRoutes } from './truth';
import { factCheckRoutes } from './fact-check';

const here = dirname(fileURLToPath(import.meta.url));

export interface FixtureWeb {
  port: number;
  /**
   * Chromium's --host-resolver-rules value (and the CLI's --host-rules): every
   * host to this server, except the hosts that must fail (no DNS, broken TLS,
   * refused connection).
   */
  hostRules: string;
  /** Requests seen, for tests that assert on what was (not) sent. */
  requests: { host: string; path: string; headers: Record<string, string | string[] | undefined> }[];
  close(): Promise<void>;
}

function notFound(res: import('node:http').ServerResponse) {
  res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
  res.end('<!doctype html><html lang="en"><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The fixture web has no page here.</p></body></html>');
}

function find(routes: Route[], host: string, path: string): Route | undefined {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // keep the raw path
  }
  return routes.find((r) => r.host === host && (r.path === decoded || r.path === path)) ?? routes.find((r) => r.host === host && r.path === '*');
}

async function listen(server: Server | import('node:http').Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const s = createHttpServer();
  const port = await listen(s);
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

/**
 * Starts the fixture web: one HTTPS server that answers for every host by the
 * Host header, so the browser (with --host-resolver-rules) and the CLI (with
 * --host-rules) fetch https://foreignpolicy.com/… exactly as in the field.
 * A plain-HTTP server stands in for a host with broken TLS and for a private
 * address that a public link redirects to.
 */
export async function startFixtureWeb(extraRoutes: Route[] = []): Promise<FixtureWeb> {
  const requests: FixtureWeb['requests'] = [];
  const sockets = new Set<Duplex>();
  let privateTarget = '';
  const html = { 'content-type': 'text/html; charset=utf-8' };
  const generated: Route[] = [
    { host: 'www.long-read.example-news.com', path: '/2024/01/15/water-year/', handle: (_q, r) => (r.writeHead(200, html), r.end(longRead(2000))) },
    { host: 'www.front.example-news.com', path: '/', handle: (_q, r) => (r.writeHead(200, html), r.end(frontPage())) },
    { host: 'www.many-sources.example-news.com', path: '/200/', handle: (_q, r) => (r.writeHead(200, html), r.end(manySources(200))) },
    { host: 'www.many-sources.example-news.com', path: '/scale/', handle: (q, r) => handleScalePage(new URL(q.url ?? '/', 'https://x'), r) },
  ];
  const routes = [...extraRoutes, ...ROUTES, ...CROSS_LANGUAGE_ROUTES, ...generated, ...faultRoutes(() => privateTarget), ...truthRoutes(), ...factCheckRoutes()];

  const server: Server = createServer(
    { key: readFileSync(join(here, 'cert/key.pem')), cert: readFileSync(join(here, 'cert/cert.pem')) },
    (req, res) => {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
      const url = new URL(req.url ?? '/', `https://${host || 'localhost'}`);
      requests.push({ host, path: url.pathname + url.search, headers: req.headers });
      const route = find(routes, host, url.pathname);
      if (!route && /(^|\.)example-source\d+\.com$/.test(host)) return handleGeneratedSource(host, url, res);
      if (!route) return notFound(res);
      if (route.handle) return route.handle(req, res);
      const body = route.file ? readFileSync(join(here, 'sites', route.file)) : Buffer.alloc(0);
      res.writeHead(route.status ?? 200, { 'content-length': String(body.length), ...route.headers });
      res.end(body);
    },
  );
  const plain = createHttpServer((req, res) => {
    requests.push({ host: req.headers.host ?? '', path: req.url ?? '/', headers: req.headers });
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>Internal</title><p>This page is on a private address.</p>');
  });
  for (const s of [server, plain]) {
    s.on('connection', (socket: Duplex) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
  }
  const port = await listen(server);
  const plainPort = await listen(plain);
  const refusedPort = await closedPort();
  privateTarget = `http://127.0.0.1:${plainPort}/internal`;

  return {
    port,
    hostRules: [
      `MAP ${NXDOMAIN_HOST} ~NOTFOUND`,
      `MAP ${TLS_BROKEN_HOST} 127.0.0.1:${plainPort}`,
      `MAP ${REFUSED_HOST} 127.0.0.1:${refusedPort}`,
      `MAP * 127.0.0.1:${port}`,
    ].join(', '),
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        plain.close();
        server.close(() => resolve());
      }),
  };
}
