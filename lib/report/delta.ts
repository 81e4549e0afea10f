import '../schema/error-messages';
import { z } from 'zod/mini';
import { PortMessage } from '../messaging/protocol';
import type { ReportDelta, SourceProgress, TabReport } from '../schema/report';
import { joinReport, type Joined } from './parts';

/** The part of a report that changed: its state and the progress of the sources named. */
export function deltaOf(report: TabReport, urls: ReadonlySet<string>): ReportDelta {
  return {
    tabId: report.tabId,
    startedAt: report.startedAt,
    phase: report.phase,
    reason: report.reason,
    why: report.why,
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
  return { ok: true, report: { ...report, phase: delta.phase, reason: delta.reason, why: delta.why, updatedAt: delta.updatedAt, progress } };
}

/**
 * The receiving end of the report port: parses each message, puts a whole
 * report back together from its parts (shown once all have come), keeps it
 * whole as changes arrive, and hands it on. A message that fails its schema or
 * does not fit the report is logged and dropped, and `resync` asks for the
 * whole report again.
 */
export function createReportFollower(handlers: { onReport: (report: TabReport | null) => void; log: (message: string) => void; resync: () => void }) {
  let current: TabReport | null = null;
  let synced = false;
  let arriving: ReturnType<typeof joinReport> | null = null;
  const reject = (why: string) => {
    handlers.log(why);
    synced = false;
    arriving = null;
    handlers.resync();
  };
  const joined = (j: Joined) => {
    if ('error' in j) return reject(`rejected a report part: ${j.error}`);
    if (!j.done) return;
    arriving = null;
    current = j.report;
    synced = true;
    handlers.onReport(current);
  };
  return (raw: unknown): void => {
    const msg = PortMessage.safeParse(raw);
    if (!msg.success) return reject(`rejected a report message from the background: ${z.prettifyError(msg.error).replace(/\s+/g, ' ')}`);
    const m = msg.data;
    if (m.type === 'report') {
      synced = false;
      if (!m.head) {
        arriving = null;
        current = null;
        synced = true;
        handlers.onReport(null);
        return;
      }
      arriving = joinReport(m.head);
      return joined(arriving.complete());
    }
    if (m.type === 'part') {
      // Parts of a report given up on (after a rejected message) are dropped: it is being sent again.
      if (arriving) joined(arriving.add(m.part));
      return;
    }
    const applied = synced ? applyDelta(current, m.delta) : null;
    if (!applied) return; // the whole report is on its way
    if (!applied.ok) return reject(`rejected a report change: ${applied.error}`);
    current = applied.report;
    handlers.onReport(current);
  };
}
