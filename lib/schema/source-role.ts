import { z } from 'zod/mini';

/** Why the article links a page. */
export const SourceRole = z.enum([
  'citation', // the text relies on it ("according to", "指出", a reference list)
  'reference', // encyclopedic or entity link
  'related', // further reading
  'self', // the citing outlet's own pages
  'social',
  'media', // image, video, file
  'navigation',
  'other',
]);
export type SourceRole = z.infer<typeof SourceRole>;
