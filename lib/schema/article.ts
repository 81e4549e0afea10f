import { z } from 'zod';

/** What the page says about itself: the citing article's metadata. */
export const ArticleMeta = z.object({
  url: z.string(),
  title: z.string().nullable(),
  /** The byline as the page shows it ("By Jane Doe and John Roe"). */
  byline: z.string().nullable(),
  /** Person or organisation names, normalised and split. */
  authors: z.array(z.string()),
  siteName: z.string().nullable(),
  /** ISO 8601; keeps the page's offset when it gives one. */
  publishedTime: z.string().nullable(),
  /** Where publishedTime was read ("json-ld", "labelled", "time-first"…: readMetadata's origin), for the date finding. */
  publishedFrom: z.string().nullable().optional(),
  modifiedTime: z.string().nullable(),
  /** BCP 47 tag, e.g. "zh", "en-GB". */
  lang: z.string().nullable(),
  canonicalUrl: z.string().nullable(),
  description: z.string().nullable(),
  image: z.string().nullable(),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;
