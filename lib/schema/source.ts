import { z } from 'zod';
import { ReferenceEntry } from './reference';

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

export const OutletType = z.enum([
  'news',
  'agency',
  'magazine',
  'journal',
  'think-tank',
  'government',
  'encyclopedia',
  'social',
  'blog',
  'organization',
]);
export type OutletType = z.infer<typeof OutletType>;

/** An entry of the outlet table, as it travels in messages. */
export const OutletRef = z.object({
  id: z.string(),
  name: z.string(),
  nameZh: z.string().nullable(),
  /** The Traditional Chinese name, for the zh_TW interface. */
  nameZhHant: z.string().nullable().default(null),
  type: OutletType,
});
export type OutletRef = z.infer<typeof OutletRef>;

/** Who the citing text says the source is. */
export const Attribution = z.object({
  /** The publication as the text names it (外交政策). */
  publication: z.string().nullable(),
  /** Its English name when the outlet table knows it (Foreign Policy). */
  publicationEn: z.string().nullable(),
  /** The person the text names (蒂穆尔·乌姆洛夫). */
  author: z.string().nullable(),
  /** The author's stated affiliation (卡内基国际和平基金会). */
  affiliation: z.string().nullable(),
  /** The table entry for the named publication, if any. */
  outlet: OutletRef.nullable(),
});
export type Attribution = z.infer<typeof Attribution>;

export const CitedSource = z.object({
  /** Normalised absolute URL; the key for checks and the cache. */
  url: z.string(),
  /** Anchor text. */
  text: z.string(),
  /** The sentence that holds the link. */
  context: z.string(),
  role: SourceRole,
  attribution: Attribution,
  /** The table entry for the link's domain, if any. */
  outlet: OutletRef.nullable(),
  /** How many times the article links here. */
  occurrences: z.number().int().positive(),
  /** The entry of the article's reference list that this link belongs to, parsed; its author and container are the attribution. */
  reference: ReferenceEntry.optional(),
});
export type CitedSource = z.infer<typeof CitedSource>;
