import { PART_SIZE, type ReportHead, type ReportPart, type TabReport } from '../schema/report';
import type { PortMessage } from '../messaging/protocol';

/**
 * A whole report as port messages: its head, then its sources, claims and progress
 * PART_SIZE at a time. The popup parses and deserialises each on its own, so no
 * single task handles the whole of a large report.
 */
export function splitReport(report: TabReport | null): PortMessage[] {
  if (!report) return [{ type: 'report', head: null }];
  const { extraction, progress, ...rest } = report;
  const sources = extraction?.sources ?? [];
  const claims = extraction?.claims ?? [];
  const parts = Math.ceil(Math.max(sources.length, claims.length, progress.length) / PART_SIZE);
  const head: ReportHead = { ...rest, extraction: extraction && { article: extraction.article, readerable: extraction.readerable }, parts };
  const out: PortMessage[] = [{ type: 'report', head }];
  for (let index = 0; index < parts; index++) {
    const slice = <T>(list: T[]) => list.slice(index * PART_SIZE, (index + 1) * PART_SIZE);
    out.push({ type: 'part', part: { tabId: report.tabId, startedAt: report.startedAt, index, sources: slice(sources), claims: slice(claims), progress: slice(progress) } });
  }
  return out;
}

export type Joined = { done: false } | { done: true; report: TabReport } | { done: false; error: string };

/** Puts one report back together from its head and parts, which must come in order. */
export function joinReport(head: ReportHead) {
  const { parts, extraction, ...rest } = head;
  const sources: NonNullable<TabReport['extraction']>['sources'] = [];
  const claims: NonNullable<TabReport['extraction']>['claims'] = [];
  const progress: TabReport['progress'] = [];
  let next = 0;
  const finish = (): Joined => ({ done: true, report: { ...rest, extraction: extraction && { ...extraction, sources, claims }, progress } });
  return {
    /** Whether the head alone is the whole report. */
    complete: (): Joined => (parts === 0 ? finish() : { done: false }),
    add(part: ReportPart): Joined {
      if (part.tabId !== head.tabId || part.startedAt !== head.startedAt) return { done: false, error: `a part of another report (tab ${part.tabId}, started ${part.startedAt}) than the one arriving (tab ${head.tabId}, started ${head.startedAt})` };
      if (part.index !== next) return { done: false, error: `report part ${part.index} arrived where part ${next} of ${parts} was expected` };
      next++;
      sources.push(...part.sources);
      claims.push(...part.claims);
      progress.push(...part.progress);
      return next === parts ? finish() : { done: false };
    },
  };
}
