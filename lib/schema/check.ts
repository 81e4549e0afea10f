import { z } from 'zod';
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
  title: z.string().nullable(),
  byline: z.string().nullable(),
  authors: z.array(z.string()),
  siteName: z.string().nullable(),
  publishedTime: z.string().nullable(),
  lang: z.string().nullable(),
  /** Where publishedTime was read (readMetadata's origin: "json-ld", "text"…). */
  publishedFrom: z.string().nullable().optional(),
  /** News agencies whose copy the page carries (byline, JSON-LD, dateline, credit line). */
  wire: z.array(z.object({ name: z.string(), via: z.string() })).optional(),
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
  claim: z.number().int().nonnegative(),
  support: Support,
});
export type ClaimSupport = z.infer<typeof ClaimSupport>;

/** What fetching established, shared by the cached snapshot and the check built from it. */
const FetchFacts = {
  httpStatus: z.number().int().nullable(),
  finalUrl: z.string().nullable(),
  redirects: z.array(z.string()),
  /** The page's own rel=canonical: who it is, for identity and de-duplication; never fetched instead of the link. */
  canonicalUrl: z.string().nullable().default(null),
  archivedUrl: z.string().nullable(),
  contentType: z.string().nullable(),
  bytes: z.number().int().nonnegative().nullable(),
};

export const SourceCheck = z.object({
  url: z.string(),
  state: CheckState,
  ...FetchFacts,
  source: SourceMeta.nullable(),
  summary: z.array(z.string()),
  verdict: Verdict,
  findings: z.array(Finding),
  claims: z.array(ClaimSupport),
  /** Plain reason when the fetch failed (e.g. "DNS lookup failed"). */
  error: z.string().nullable(),
  checkedAt: z.string(),
  durationMs: z.number().nonnegative(),
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
  reason: z.string().nullable(),
  ...FetchFacts,
  error: z.string().nullable(),
  meta: SourceMeta.nullable(),
  /** Article text, paragraphs separated by blank lines (capped). */
  text: z.string(),
  fetchedAt: z.number(),
  durationMs: z.number().nonnegative(),
});
export type SourceSnapshot = z.infer<typeof SourceSnapshot>;
