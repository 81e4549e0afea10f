import { z } from 'zod/mini';

/**
 * Why a page is not read as an article, or what stopped the check, as data for the interface to word
 * (`why_<code>` messages); `reason` beside it keeps the English detail for logs and the CLI.
 */
export const ReportWhy = z.object({
  code: z.enum(['no-paragraphs', 'few-paragraphs', 'no-reader-text', 'disabled', 'interrupted', 'unreadable']),
  count: z.optional(z.int().check(z.nonnegative())),
  message: z.optional(z.string()),
});
export type ReportWhy = z.infer<typeof ReportWhy>;
