import { z } from 'zod/mini';

/**
 * Where a source's link sits on the reader's page, as the worker found it in the page's serialised
 * copy: its position among the page's `<a>` elements and its href as written. The page finds the
 * element again by position, and trusts it only when the href still matches.
 */
export const AnchorRef = z.object({
  index: z.int().check(z.nonnegative()),
  href: z.string().check(z.maxLength(8192)),
});
export type AnchorRef = z.infer<typeof AnchorRef>;
