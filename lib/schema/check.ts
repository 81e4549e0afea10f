import { z } from 'zod/mini';
import { Finding } from './finding';

/** What happened when the source was fetched. */
export const CheckState = z.enum([
  'ok',
  'redirected', // answered after redirects; finalUrl says where
  'dead', // HTTP 4xx (404 and 410: gone)
  'unavailable', // HTTP 429, 5xx: temporarily, try later
  'soft404', // a 200 error page, or a redirect to the home page
  'unreachable', // DNS, TLS, connection, redirect loop, too many redirects
  'timeout',
  'blocked', // refused by our own policy (private network, scheme)
  'not-html', // PDF, image…
  'paywalled',
]);
export type CheckState = z.infer<typeof CheckState>;

/** One word for the reader: does the source back the article? */
export const Verdict = z.enum(['supported', 'partial', 'mismatch', 'unverifiable', 'unreachable']);
export type Verdict = z.infer<typeof Verdict>;

export { Finding, FindingCode, FindingKind } from './finding';

/** What the source says about itself. */
export const SourceMeta = z.object({
  title: z.nullable(z.string()),
  byline: z.nullable(z.string()),
  authors: z.array(z.string()),
  siteName: z.nullable(z.string()),
  publishedTime: z.nullable(z.string()),
  lang: z.nullable(z.string()),
  /** Where publishedTime was read (readMetadata's origin: "json-ld", "text"…). */
  publishedFrom: z.optional(z.nullable(z.string())),
  /** News agencies whose copy the page carries (byline, JSON-LD, dateline, credit line). */
  wire: z.optional(z.array(z.object({ name: z.string(), via: z.string() }))),
});
export type SourceMeta = z.infer<typeof SourceMeta>;

export const SupportLabel = z.enum(['supported', 'partial', 'not-found', 'cannot-judge']);
export type SupportLabel = z.infer<typeof SupportLabel>;

/** How well the cited source backs one claim, with its best evidence sentences. */
export const Support = z.object({
  label: SupportLabel,
  score: z.number(),
  evidence: z.array(z.string()),
  /** Scores of the evidence sentences, same order. */
  evidenceScores: z.array(z.number()),
  reason: z.string(),
  /** Lets the interface word the reason in the reader's language. */
  code: z.enum(['coverage', 'cross-language', 'translated', 'other-language', 'no-text', 'no-source', 'not-checked']),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type Support = z.infer<typeof Support>;

export const ClaimSupport = z.object({
  /** Index into the extraction's claims. */
  claim: z.int().check(z.nonnegative()),
  support: Support,
});
export type ClaimSupport = z.infer<typeof ClaimSupport>;

/** What fetching established, shared by the cached snapshot and the check built from it. */
const FetchFacts = {
  httpStatus: z.nullable(z.int()),
  finalUrl: z.nullable(z.string()),
  redirects: z.array(z.string()),
  /** The page's own rel=canonical: who it is, for identity and de-duplication; never fetched instead of the link. */
  canonicalUrl: z._default(z.nullable(z.string()), null),
  archivedUrl: z.nullable(z.string()),
  contentType: z.nullable(z.string()),
  bytes: z.nullable(z.int().check(z.nonnegative())),
};

export const SourceCheck = z.object({
  url: z.string(),
  state: CheckState,
  ...FetchFacts,
  source: z.nullable(SourceMeta),
  summary: z.array(z.string()),
  verdict: Verdict,
  findings: z.array(Finding),
  claims: z.array(ClaimSupport),
  /** Plain reason when the fetch failed (e.g. "DNS lookup failed"). */
  error: z.nullable(z.string()),
  checkedAt: z.string(),
  durationMs: z.number().check(z.nonnegative()),
});
export type SourceCheck = z.infer<typeof SourceCheck>;

/**
 * What fetching and reading a source yields, independent of who cites it:
 * the unit the cache stores. Judging it against an article is cheap and redone.
 */
export const SourceSnapshot = z.object({
  url: z.string(),
  state: CheckState,
  /** Why the state is what it is, in words (redirect target, paywall marker…). */
  reason: z.nullable(z.string()),
  ...FetchFacts,
  error: z.nullable(z.string()),
  meta: z.nullable(SourceMeta),
  /** Article text, paragraphs separated by blank lines (capped). */
  text: z.string(),
  fetchedAt: z.number(),
  durationMs: z.number().check(z.nonnegative()),
});
export type SourceSnapshot = z.infer<typeof SourceSnapshot>;
