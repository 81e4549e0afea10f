import { browser } from 'wxt/browser';
import { z } from 'zod';
import { senderKind } from '../messaging/handler';
import { PortMessage, PortRequest, REPORT_PORT } from '../messaging/protocol';
import type { TabReport } from '../schema/report';
import { log } from './extension';

type Port = ReturnType<typeof browser.runtime.connect>;

/** Popup side: follows one tab's report as it changes. Returns a function that stops following. */
export function followReport(tabId: number, onReport: (report: TabReport | null) => void, onError: (message: string) => void): () => void {
  const port = browser.runtime.connect({ name: REPORT_PORT });
  port.onMessage.addListener((raw: unknown) => {
    const msg = PortMessage.safeParse(raw);
    if (!msg.success) {
      onError(`bad report from the background: ${z.prettifyError(msg.error).replace(/\s+/g, ' ')}`);
      return;
    }
    onReport(msg.data.report);
  });
  port.onDisconnect.addListener(() => onError('the background worker disconnected'));
  port.postMessage({ type: 'subscribe', tabId });
  return () => port.disconnect();
}

/** Background side: answers report subscriptions from this extension's own pages only. */
export function serveReportPorts(subscribe: (tabId: number, listener: (report: TabReport | null) => void) => () => void, get: (tabId: number) => Promise<TabReport | null>): void {
  const ownId = browser.runtime.id;
  const ownOrigin = browser.runtime.getURL('/');
  browser.runtime.onConnect.addListener((port: Port) => {
    if (port.name !== REPORT_PORT) return;
    if (senderKind(port.sender ?? {}, ownId, ownOrigin) !== 'extension-page') {
      log(`refused a report connection from ${port.sender?.url ?? 'outside this extension'}`);
      port.disconnect();
      return;
    }
    let stop: (() => void) | null = null;
    port.onMessage.addListener((raw: unknown) => {
      const req = PortRequest.safeParse(raw);
      if (!req.success) {
        log(`rejected a report subscription: ${z.prettifyError(req.error).replace(/\s+/g, ' ')}`);
        return;
      }
      stop?.();
      const send = (report: TabReport | null) => {
        try {
          port.postMessage({ type: 'report', report });
        } catch {
          stop?.();
        }
      };
      stop = subscribe(req.data.tabId, send);
      void get(req.data.tabId).then(send);
    });
    port.onDisconnect.addListener(() => stop?.());
  });
}
