import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROUTES, type Route } from './routes';

const here = dirname(fileURLToPath(import.meta.url));

export interface FixtureWeb {
  port: number;
  /** Chromium's --host-resolver-rules value (and the CLI's --host-rules) for this web. */
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
  return routes.find((r) => r.host === host && (r.path === decoded || r.path === path));
}

/**
 * Starts the fixture web: one HTTPS server that answers for every host by the
 * Host header, so the browser (with --host-resolver-rules) and the CLI (with
 * --host-rules) fetch https://foreignpolicy.com/… exactly as in the field.
 */
export async function startFixtureWeb(port = 0, routes: Route[] = ROUTES): Promise<FixtureWeb> {
  const requests: FixtureWeb['requests'] = [];
  const server: Server = createServer(
    { key: readFileSync(join(here, 'cert/key.pem')), cert: readFileSync(join(here, 'cert/cert.pem')) },
    (req, res) => {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
      const url = new URL(req.url ?? '/', `https://${host || 'localhost'}`);
      requests.push({ host, path: url.pathname + url.search, headers: req.headers });
      const route = find(routes, host, url.pathname);
      if (!route) return notFound(res);
      if (route.handle) return route.handle(req, res);
      const body = route.file ? readFileSync(join(here, 'sites', route.file)) : Buffer.alloc(0);
      res.writeHead(route.status ?? 200, { 'content-length': String(body.length), ...route.headers });
      res.end(body);
    },
  );
  // A slow or hung response must not keep the process alive after close().
  const sockets = new Set<import('node:stream').Duplex>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    port: actual,
    hostRules: `MAP * 127.0.0.1:${actual}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
