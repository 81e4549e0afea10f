import { z } from 'zod';
import { OutletType } from '../schema/source';

/** One row of the outlet table. Facts only: names, domains, kind. */
export const Outlet = z.object({
  /** Stable slug, e.g. "foreign-policy". */
  id: z.string().min(1),
  /** English name as the outlet writes it. */
  en: z.string().min(1),
  /** Simplified Chinese name, where one is in common use. */
  zhHans: z.string().min(1).optional(),
  /** Traditional Chinese name, where it differs from the simplified one. */
  zhHant: z.string().min(1).optional(),
  /** Other names seen in text: abbreviations, former names, names in other languages. */
  aliases: z.array(z.string().min(1)).optional(),
  /** Registrable domains (no "www."); subdomains match too. */
  domains: z.array(z.string().min(1)),
  type: OutletType,
  /** ISO 3166-1 alpha-2 country of the publisher, when there is one. */
  country: z.string().length(2).optional(),
});
export type Outlet = z.infer<typeof Outlet>;
