import type { Claim } from '../schema/claim';
import type { SourceCheck } from '../schema/check';
import type { Extraction } from '../schema/extraction';
import type { TabReport } from '../schema/report';
import type { CitedSource } from '../schema/source';

/** Navigation links are the only ones not worth a request. */
export function sourcesToCheck(extraction: Extraction): CitedSource[] {
  return extraction.sources.filter((s) => s.role !== 'navigation');
}

/** The article's claims that point at one source, with their index in the extraction. */
export function claimsFor(extraction: Extraction, url: string): { index: number; claim: Claim }[] {
  return extraction.claims.flatMap((claim, index) => (claim.sourceUrl === url ? [{ index, claim }] : []));
}

/** Every source's claims at once (one pass over the claims), for views that show many sources. */
export function claimsByUrl(extraction: Extraction): Map<string, { index: number; claim: Claim }[]> {
  const out = new Map<string, { index: number; claim: Claim }[]>();
  extraction.claims.forEach((claim, index) => {
    if (!claim.sourceUrl) return;
    const list = out.get(claim.sourceUrl);
    if (list) list.push({ index, claim });
    else out.set(claim.sourceUrl, [{ index, claim }]);
  });
  return out;
}

/** The finished checks of a tab's report, by source URL. */
export function checksOf(report: TabReport): Map<string, SourceCheck> {
  return new Map(report.progress.flatMap((p) => (p.check ? [[p.url, p.check] as const] : [])));
}
