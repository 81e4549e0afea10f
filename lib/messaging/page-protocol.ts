import { z } from 'zod/mini';
import { AnchorRef } from '../schema/anchor';
import { BadgeSource, BadgeUpdate } from '../schema/badge';
import { ReportWhy } from '../schema/report-why';

/** The most HTML a page may hand over (characters); larger pages are refused with a reason. */
export const MAX_PAGE_HTML = 24_000_000;

/**
 * The messages between the worker and the scripts in a reader's page: a part of the protocol of
 * its own, so the page script builds only these few small schemas when it loads (building every
 * schema of the protocol was a third of its start-up).
 */
export const PageProtocol = {
  /** Content script: the page loaded; whether it looks like an article. */
  'page/loaded': {
    from: 'content-script',
    request: z.object({ url: z.string(), readerable: z.boolean() }),
    response: z.object({ analyse: z.boolean() }),
  },
  /**
   * Background → content script: the page as it stands, serialised. The worker reads it (Readability,
   * sources, claims) so the reader's tab never runs a long extraction task.
   */
  'page/html': {
    from: 'background',
    request: z.object({}),
    response: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), url: z.string(), html: z.string().check(z.maxLength(MAX_PAGE_HTML)) }),
      z.object({ ok: z.literal(false), reason: z.enum(['disabled', 'error']), detail: z.string(), why: z.optional(ReportWhy) }),
    ]),
  },
  /** Background → content script: the page's sources and where their links are, for inline badges. */
  'page/sources': {
    from: 'background',
    request: z.object({ pageUrl: z.string(), sources: z.array(z.object({ source: BadgeSource, anchors: z.array(AnchorRef).check(z.maxLength(10_000)) })).check(z.maxLength(10_000)) }),
    response: z.object({}),
  },
  /** Background → content script: what the badges of the sources whose checks moved show now, batched. */
  'page/report': {
    from: 'background',
    request: BadgeUpdate,
    response: z.object({}),
  },
} as const;
