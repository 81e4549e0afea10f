import type { OutletType } from '../schema/source';

/** One row of the outlet table. Facts only: names, domains, kind. */
export interface Outlet {
  /** Stable slug, e.g. "foreign-policy". */
  id: string;
  /** English name as the outlet writes it. */
  en: string;
  /** Simplified Chinese name, where one is in common use. */
  zhHans?: string;
  /** Traditional Chinese name, where it differs from the simplified one. */
  zhHant?: string;
  /** Other names seen in text: abbreviations, former names, names in other languages. */
  aliases?: string[];
  /** Registrable domains (no "www."); subdomains match too. */
  domains: string[];
  type: OutletType;
  /** ISO 3166-1 alpha-2 country of the publisher, when there is one. */
  country?: string;
}
