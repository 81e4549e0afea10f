import { z } from 'zod/mini';

// Findings have their own module: the page script parses them (badge cards) without the rest of a check.
// zod/mini: the page script parses these, and mini's schemas cost it a fraction of classic zod's
// load (lib/messaging/page-protocol.ts). The rest of the extension mixes them into classic schemas.

export const FindingKind = z.enum([
  'reachability',
  'publication',
  'author',
  'date',
  'quote',
  'number',
  'claim',
  'content',
  // Whether a reference link's page (encyclopedia, dictionary, glossary, documentation) is about the linked term.
  'topic',
]);
export type FindingKind = z.infer<typeof FindingKind>;

/**
 * Every finding there is: a finding is data (code + params) and is worded, in every interface
 * language, only by lib/i18n/findings.ts from the `finding_<code>` messages in public/_locales/.
 * Adding one: a code here, then one message per locale (the locale test names what is missing).
 */
export const FindingCode = z.enum([
  'reach.ok',
  'reach.redirected',
  'reach.paywalled',
  'reach.not-html',
  'reach.dead',
  'reach.refused',
  'reach.unavailable',
  'reach.soft404',
  'reach.timeout',
  'reach.blocked',
  'reach.unreachable',
  'publication.match',
  'publication.mismatch',
  'publication.lookalike',
  'publication.not-their-domain',
  'publication.unknown',
  'publication.republishes',
  'publication.reported-by',
  'publication.org-match',
  'publication.org-related',
  'publication.org-unknown',
  'author.none',
  'author.match',
  'author.mismatch',
  'author.unknown',
  'date.unknown',
  'date.after',
  'date.before',
  'date.after-uncertain',
  'date.source-uncertain',
  'topic.title',
  'topic.lead',
  'topic.off',
  'topic.partial',
  'quote.exact',
  'quote.normalized',
  'quote.number-changed',
  'quote.altered',
  'quote.short-missing',
  'quote.missing',
  'quote.other-language',
  'quote.translated',
  'quote.translated-partly',
  'quote.translated-missing',
  'number.conflict',
  'number.found',
  'number.missing',
  'number.some-missing',
  'claim.other-language',
  'claim.summary',
  'content.unreadable',
  'content.empty',
  'content.about-link',
  'content.not-about-link',
]);
export type FindingCode = z.infer<typeof FindingCode>;

/** One reason behind a verdict, as data. `ok` is null when it cannot be judged. */
export const Finding = z.object({
  kind: FindingKind,
  ok: z.nullable(z.boolean()),
  code: FindingCode,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type Finding = z.infer<typeof Finding>;
