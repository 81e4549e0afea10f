import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { senderKind } from '../messaging/handler';
import { PortRequest, REPORT_PORT, type PortMessage } from '../messaging/protocol';
import { createReportFollower } from '../report/delta';
import { splitReport } from '../report/parts';
import type { TabReport } from '../schema/report';
import { log } from './extension';

type Port = ReturnType<typeof browser.runtime.connect>;

/** Popup side: follows one tab's report as it changes. Returns a function that stops following. */
export function followReport(tabId: number, onReport: (report: TabReport | null) => void, onError: (message: string) => void): () => void {
  const port = browser.runtime.connect({ name: REPORT_PORT });
  const subscribe = () => port.postMessage({ type: 'subscribe', tabId });
  port.onMessage.addListener(createReportFollower({ onReport, log, resync: subscribe }));
  port.onDisconnect.addListener(() => onError('the background worker disconnected'));
  subscribe();
  return () => port.disconnect();
}

/** A tab's report as the background publishes it: whole, or what changed in one batch. */
export type ReportListener = (message: PortMessage) => void;

/** Background side: answers report subscriptions from this extension's own pages only. */
export function serveReportPorts(subscribe: (tabId: number, listener: ReportListener) => () => void, get: (tabId: number) => Promise<TabReport | null>): void {
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
    let closed = false;
    const send = (message: PortMessage) => {
      try {
        port.postMessage(message);
      } catch {
        stop?.();
      }
    };
    port.onMessage.addListener((raw: unknown) => {
      const req = PortRequest.safeParse(raw);
      if (!req.success) {
        log(`rejected a report subscription: ${z.prettifyError(req.error).replace(/\s+/g, ' ')}`);
        return;
      }
      stop?.();
      stop = null;
      // The whole report first, then the changes from that point on: no change can come before its report.
      void get(req.data.tabId).then((report) => {
        if (closed) return;
        stop?.();
        for (const m of splitReport(report)) send(m);
        stop = subscribe(req.data.tabId, send);
      });
    });
    port.onDisconnect.addListener(() => {
      closed = true;
      stop?.();
    });
  });
}
