import { z } from 'zod';
import { PortMessage } from '../messaging/protocol';
import type { ReportDelta, SourceProgress, TabReport } from '../schema/report';

/** The part of a report that changed: its state and the progress of the sources named. */
export function deltaOf(report: TabReport, urls: ReadonlySet<string>): ReportDelta {
  return {
    tabId: report.tabId,
    startedAt: report.startedAt,
    phase: report.phase,
    reason: report.reason,
    updatedAt: report.updatedAt,
    progress: report.progress.filter((p) => urls.has(p.url)),
  };
}

export type Applied = { ok: true; report: TabReport } | { ok: false; error: string };

/**
 * A delta folded into the report it was cut from. Untouched sources keep their
 * objects, so a view can tell what changed by identity.
 */
export function applyDelta(report: TabReport | null, delta: ReportDelta): Applied {
  if (!report) return { ok: false, error: `a change for tab ${delta.tabId} arrived before its report` };
  if (report.tabId !== delta.tabId || report.startedAt !== delta.startedAt) {
    return { ok: false, error: `a change for another report (tab ${delta.tabId}, started ${delta.startedAt}) than the one shown (tab ${report.tabId}, started ${report.startedAt})` };
  }
  const changed = new Map<string, SourceProgress>(delta.progress.map((p) => [p.url, p]));
  let matched = 0;
  const progress = report.progress.map((p) => {
    const next = changed.get(p.url);
    if (!next) return p;
    matched++;
    return next;
  });
  if (matched !== changed.size) {
    const unknown = [...changed.keys()].filter((u) => !report.progress.some((p) => p.url === u));
    return { ok: false, error: `a change names ${unknown.length} source(s) the report does not have, e.g. ${unknown[0]}` };
  }
  return { ok: true, report: { ...report, phase: delta.phase, reason: delta.reason, updatedAt: delta.updatedAt, progress } };
}

/**
 * The receiving end of the report port: parses each message, keeps the report
 * whole, and hands it on. A message that fails its schema or does not fit the
 * report is logged and dropped, and `resync` asks for the whole report again.
 */
export function createReportFollower(handlers: { onReport: (report: TabReport | null) => void; log: (message: string) => void; resync: () => void }) {
  let current: TabReport | null = null;
  let synced = false;
  return (raw: unknown): void => {
    const msg = PortMessage.safeParse(raw);
    if (!msg.success) {
      handlers.log(`rejected a report message from the background: ${z.prettifyError(msg.error).replace(/\s+/g, ' ')}`);
      synced = false;
      handlers.resync();
      return;
    }
    if (msg.data.type === 'report') {
      current = msg.data.report;
      synced = true;
      handlers.onReport(current);
      return;
    }
    const applied = synced ? applyDelta(current, msg.data.delta) : null;
    if (!applied) return; // the whole report is on its way
    if (!applied.ok) {
      handlers.log(`rejected a report change: ${applied.error}`);
      synced = false;
      handlers.resync();
      return;
    }
    current = applied.report;
    handlers.onReport(current);
  };
}
