import type { Claim } from '../schema/claim';
import type { Extraction } from '../schema/extraction';
import type { CitedSource } from '../schema/source';

/** Navigation links are the only ones not worth a request. */
export function sourcesToCheck(extraction: Extraction): CitedSource[] {
  return extraction.sources.filter((s) => s.role !== 'navigation');
}

/** The article's claims that point at one source, with their index in the extraction. */
export function claimsFor(extraction: Extraction, url: string): { index: number; claim: Claim }[] {
  return extraction.claims.flatMap((claim, index) => (claim.sourceUrl === url ? [{ index, claim }] : []));
}
