import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import type { Duplex } from 'node:stream';

export interface MappingProxy {
  port: number;
  /** The hosts browsers asked to reach, in order (every one was sent to the fixture web). */
  hosts: string[];
  close(): Promise<void>;
}

/**
 * An HTTP proxy that tunnels every CONNECT, whatever the host, to the fixture
 * web on 127.0.0.1 — Firefox's stand-in for Chromium's `MAP * 127.0.0.1:port`
 * (Firefox has no host rules with ports). Plain-HTTP requests are refused:
 * the fixture web is HTTPS. Nothing leaves the loopback interface.
 */
export async function startMappingProxy(targetPort: number): Promise<MappingProxy> {
  const hosts: string[] = [];
  const sockets = new Set<Duplex>();
  const server: Server = createServer((_req, res) => {
    res.writeHead(502, { 'content-type': 'text/plain' });
    res.end('The fixture web is HTTPS only.');
  });
  server.on('connect', (req, client: Duplex, head: Buffer) => {
    hosts.push((req.url ?? '').replace(/:\d+$/, ''));
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    }
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    hosts,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
