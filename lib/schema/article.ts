import { z } from 'zod/mini';

/** What the page says about itself: the citing article's metadata. */
export const ArticleMeta = z.object({
  url: z.string(),
  title: z.nullable(z.string()),
  /** The byline as the page shows it ("By Jane Doe and John Roe"). */
  byline: z.nullable(z.string()),
  /** Person or organisation names, normalised and split. */
  authors: z.array(z.string()),
  siteName: z.nullable(z.string()),
  /** ISO 8601; keeps the page's offset when it gives one. */
  publishedTime: z.nullable(z.string()),
  /** Where publishedTime was read ("json-ld", "labelled", "time-first"…: readMetadata's origin), for the date finding. */
  publishedFrom: z.optional(z.nullable(z.string())),
  modifiedTime: z.nullable(z.string()),
  /** BCP 47 tag, e.g. "zh", "en-GB". */
  lang: z.nullable(z.string()),
  canonicalUrl: z.nullable(z.string()),
  description: z.nullable(z.string()),
  image: z.nullable(z.string()),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;
