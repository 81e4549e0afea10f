import { z } from 'zod/mini';
import { ReportDelta, ReportHead, ReportPart, ReportPhase, TabReport } from '../schema/report';
import { PageProtocol } from './page-protocol';

/**
 * What starting a check answers: the report follows through the report port (a whole report
 * here would be parsed by the popup for nothing, ~0.5 MB for a page citing 1,000 sources).
 */
const ReportStarted = z.object({ phase: ReportPhase, startedAt: z.number() });

/**
 * Every message between the extension's parts. Each entry names who may send
 * it, its payload and its answer; receivers parse both with zod.
 */
export const Protocol = {
  /** Popup: the report for a tab, or null when nothing was asked yet. */
  'report/get': {
    from: 'extension-page',
    request: z.object({ tabId: z.int().check(z.nonnegative()) }),
    response: z.nullable(TabReport),
  },
  /** Popup: extract and check this tab (force: even if it does not look like an article). */
  'report/analyse': {
    from: 'extension-page',
    request: z.object({ tabId: z.int().check(z.nonnegative()), force: z.boolean() }),
    response: ReportStarted,
  },
  /** Popup: check one source again (or all when url is null), bypassing the cache. */
  'report/recheck': {
    from: 'extension-page',
    request: z.object({ tabId: z.int().check(z.nonnegative()), url: z.nullable(z.url()) }),
    response: ReportStarted,
  },
  /** Popup: claims the browser's on-device translator put into a source's language; judge the source again with them. */
  'report/translated': {
    from: 'extension-page',
    request: z.object({
      tabId: z.int().check(z.nonnegative()),
      url: z.url(),
      translations: z.array(z.object({ claim: z.int().check(z.nonnegative()), text: z.string().check(z.minLength(1)).check(z.maxLength(4000)) })).check(z.maxLength(500)),
    }),
    response: ReportStarted,
  },
  /** Options page: cache size, and clearing it. */
  'cache/stats': {
    from: 'extension-page',
    request: z.object({}),
    response: z.object({ entries: z.int().check(z.nonnegative()), bytes: z.int().check(z.nonnegative()) }),
  },
  'cache/clear': {
    from: 'extension-page',
    request: z.object({}),
    response: z.object({ entries: z.int().check(z.nonnegative()), bytes: z.int().check(z.nonnegative()) }),
  },
  ...PageProtocol,
} as const;

export type Protocol = typeof Protocol;
export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = z.infer<Protocol[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<Protocol[T]['response']>;

export { Envelope, ReplySchema, type Reply } from './envelope';

/** Port used by the popup to follow one tab's report as it changes. */
export const REPORT_PORT = 'report-stream';
export const PortRequest = z.object({ type: z.literal('subscribe'), tabId: z.int().check(z.nonnegative()) });
/**
 * The whole report when the popup subscribes or a new check starts (its head, null for none,
 * then its parts: lib/report/parts.ts); then only what changed, one batch at a time.
 */
export const PortMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('report'), head: z.nullable(ReportHead) }),
  z.object({ type: z.literal('part'), part: ReportPart }),
  z.object({ type: z.literal('delta'), delta: ReportDelta }),
]);
export type PortMessage = z.infer<typeof PortMessage>;
