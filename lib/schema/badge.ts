import { z } from 'zod/mini';
import { Finding } from './finding';
import { OutletRef } from './outlet-ref';
import { SourceRole } from './source-role';

// What travels to the page script for inline badges: only what a badge shows, so the page parses
// (and holds) a few small schemas, never a whole check with its claims and evidence.

/** A source as its badges know it. */
export const BadgeSource = z.object({ url: z.string(), role: SourceRole, outlet: z.nullable(OutletRef) });
export type BadgeSource = z.infer<typeof BadgeSource>;

/** The verdict as the reader sees it, or where the check is. */
export const BadgeStatus = z.enum(['unchecked', 'checking', 'supported', 'partial', 'mismatch', 'unverifiable', 'unreachable', 'gone', 'unavailable']);
export type BadgeStatus = z.infer<typeof BadgeStatus>;

/** What a source's badge and its card show of its check. */
export const BadgeView = z.object({
  url: z.string(),
  status: BadgeStatus,
  title: z.nullable(z.string()),
  siteName: z.nullable(z.string()),
  published: z.nullable(z.string()),
  /** The findings that decided the verdict, most telling first. */
  reasons: z.array(Finding).check(z.maxLength(4)),
  summary: z.nullable(z.string()),
  archivedUrl: z.nullable(z.string()),
});
export type BadgeView = z.infer<typeof BadgeView>;

/** The views that changed; `reset` (a new report) says every source is listed. */
export const BadgeUpdate = z.object({ pageUrl: z.string(), reset: z.boolean(), views: z.array(BadgeView) });
export type BadgeUpdate = z.infer<typeof BadgeUpdate>;
