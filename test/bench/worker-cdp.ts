import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WebSocket } from 'undici';
import type { ExtensionBrowser } from '../e2e/browser';

/** A DevTools-protocol connection to the extension's service worker. */
export async function connectWorker(b: ExtensionBrowser) {
  const [port] = readFileSync(join(b.profile, 'DevToolsActivePort'), 'utf8').split('\n');
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { type: string; url: string; webSocketDebuggerUrl: string }[];
  const sw = targets.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${b.extensionId}/`));
  if (!sw) throw new Error('no service worker target');
  const ws = new WebSocket(sw.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    ws.onopen = resolve;
    ws.onerror = reject;
  });
  let id = 0;
  const waiting = new Map<number, (r: Record<string, number>) => void>();
  ws.onmessage = (e) => {
    const msg = JSON.parse(String(e.data)) as { id?: number; result?: Record<string, number> };
    if (msg.id !== undefined) waiting.get(msg.id)?.(msg.result ?? {});
  };
  const call = (method: string) =>
    new Promise<Record<string, number>>((resolve) => {
      const my = ++id;
      waiting.set(my, resolve);
      ws.send(JSON.stringify({ id: my, method }));
    });
  return { call, heap: async () => (await call('Runtime.getHeapUsage')).usedSize ?? 0, close: () => ws.close() };
}
