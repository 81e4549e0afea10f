import { z } from 'zod/mini';

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
  nameZh: z.nullable(z.string()),
  /** The Traditional Chinese name, for the zh_TW interface. */
  nameZhHant: z._default(z.nullable(z.string()), null),
  type: OutletType,
});
export type OutletRef = z.infer<typeof OutletRef>;
