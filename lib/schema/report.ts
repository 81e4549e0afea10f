import { z } from 'zod/mini';
import { Extraction } from './extraction';
import { CitedSource } from './source';
import { Claim } from './claim';
import { SourceCheck } from './check';
import { ReportWhy } from './report-why';

export const ReportPhase = z.enum([
  'idle', // nothing asked yet
  'not-article', // the page does not look like an article
  'extracting',
  'checking',
  'done',
  'error',
]);
export type ReportPhase = z.infer<typeof ReportPhase>;

export const SourceProgress = z.object({
  url: z.string(),
  status: z.enum(['queued', 'fetching', 'done']),
  /** Present once status is done. */
  check: z.nullable(SourceCheck),
  /** True when the result came from the cache. */
  cached: z.boolean(),
});
export type SourceProgress = z.infer<typeof SourceProgress>;

export { ReportWhy } from './report-why';

/** The background's state for one tab; the popup and badges render it. */
export const TabReport = z.object({
  tabId: z.int(),
  pageUrl: z.string(),
  phase: ReportPhase,
  /** Why the page is not treated as an article, or what went wrong. */
  reason: z.nullable(z.string()),
  why: z._default(z.nullable(ReportWhy), null),
  extraction: z.nullable(Extraction),
  progress: z.array(SourceProgress),
  startedAt: z.number(),
  updatedAt: z.number(),
});
export type TabReport = z.infer<typeof TabReport>;

/**
 * What changed in one tab's report during one batch window: the report's state
 * and the sources whose progress changed. It applies only to the report it was
 * cut from (same tab, same start); anything else is a fresh report, sent whole.
 */
export const ReportDelta = z.object({
  tabId: z.int(),
  startedAt: z.number(),
  phase: ReportPhase,
  reason: z.nullable(z.string()),
  why: z._default(z.nullable(ReportWhy), null),
  updatedAt: z.number(),
  progress: z.array(SourceProgress),
});
export type ReportDelta = z.infer<typeof ReportDelta>;

/** Progress for a tab's inline badges: every source when `reset`, else the ones that changed. */
export const BadgeProgress = z.object({
  pageUrl: z.string(),
  reset: z.boolean(),
  progress: z.array(SourceProgress),
});
export type BadgeProgress = z.infer<typeof BadgeProgress>;

/** How many sources, claims and progress entries one report part carries at most. */
export const PART_SIZE = 100;

/**
 * A whole report as it travels to the popup: this head (the report without its
 * sources, claims and progress), then `parts` parts. Each is parsed as it
 * arrives, so a page citing 1,000 sources is never one ~0.5 MB message.
 */
export const ReportHead = z.extend(z.omit(TabReport, { extraction: true, progress: true }), {
  extraction: z.nullable(z.omit(Extraction, { sources: true, claims: true })),
  parts: z.int().check(z.nonnegative()),
});
export type ReportHead = z.infer<typeof ReportHead>;

/** The next slice of each of the report's lists, in order; it fits only the report whose head named it. */
export const ReportPart = z.object({
  tabId: z.int(),
  startedAt: z.number(),
  index: z.int().check(z.nonnegative()),
  sources: z.array(CitedSource).check(z.maxLength(PART_SIZE)),
  claims: z.array(Claim).check(z.maxLength(PART_SIZE)),
  progress: z.array(SourceProgress).check(z.maxLength(PART_SIZE)),
});
export type ReportPart = z.infer<typeof ReportPart>;
