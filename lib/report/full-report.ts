import { findingText } from '../i18n/findings';
import type { Finding, SourceCheck, Support } from '../schema/check';
import type { Extraction } from '../schema/extraction';
import type { Claim } from '../schema/claim';
import type { CitedSource } from '../schema/source';

/** A finding in the report file: its data, and `detail`, its English wording (from the same messages as the interface). */
export type ReportedFinding = Finding & { detail: string };
export type ReportedSource = CitedSource & { check: (Omit<SourceCheck, 'findings'> & { findings: ReportedFinding[] }) | null };
export type ReportedClaim = Claim & { support: Omit<Support, 'evidenceScores'> & { evidenceScores: number[] } };

/** The extraction with each source's check and each claim's support folded in: the report format. */
export interface FullReport {
  article: Extraction['article'];
  sources: ReportedSource[];
  claims: ReportedClaim[];
  generatedAt: string;
  generator: string;
}

const NO_SOURCE: Support = { label: 'cannot-judge', score: 0, evidence: [], evidenceScores: [], reason: 'the article links no source for this claim', code: 'no-source', params: {} };
const NOT_CHECKED: Support = { label: 'cannot-judge', score: 0, evidence: [], evidenceScores: [], reason: 'its source has not been checked', code: 'not-checked', params: {} };

export function buildFullReport(extraction: Extraction, checks: ReadonlyMap<string, SourceCheck>, now = new Date()): FullReport {
  return {
    article: extraction.article,
    sources: extraction.sources.map((s) => {
      const check = checks.get(s.url);
      return { ...s, check: check ? { ...check, findings: check.findings.map((f) => ({ ...f, detail: findingText(f, 'en') })) } : null };
    }),
    claims: extraction.claims.map((claim, index) => {
      if (!claim.sourceUrl) return { ...claim, support: NO_SOURCE };
      const check = checks.get(claim.sourceUrl);
      const found = check?.claims.find((c) => c.claim === index)?.support;
      return { ...claim, support: found ?? (check ? { ...NOT_CHECKED, reason: `the source is ${check.state}`, params: { state: check.state } } : NOT_CHECKED) };
    }),
    generatedAt: now.toISOString(),
    generator: 'Source Lens',
  };
}
