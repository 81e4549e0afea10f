import { z } from 'zod';
import { Extraction } from './extraction';
import { SourceCheck } from './check';

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
  check: SourceCheck.nullable(),
  /** True when the result came from the cache. */
  cached: z.boolean(),
});
export type SourceProgress = z.infer<typeof SourceProgress>;

/** The background's state for one tab; the popup and badges render it. */
export const TabReport = z.object({
  tabId: z.number().int(),
  pageUrl: z.string(),
  phase: ReportPhase,
  /** Why the page is not treated as an article, or what went wrong. */
  reason: z.string().nullable(),
  extraction: Extraction.nullable(),
  progress: z.array(SourceProgress),
  startedAt: z.number(),
  updatedAt: z.number(),
});
export type TabReport = z.infer<typeof TabReport>;
