import type { SourceProgress } from '@/lib/schema/report';
import type { CitedSource } from '@/lib/schema/source';

// Problems first: a reader opens the popup to learn what is wrong.
const VERDICT_RANK: Record<string, number> = { mismatch: 0, unreachable: 1, partial: 2, unverifiable: 3, supported: 4 };
const ROLE_RANK: Record<string, number> = { citation: 0, reference: 1, other: 2, related: 3, social: 4, self: 5, media: 6, navigation: 7 };

/** Sources in the order the popup shows them: by verdict, then role, then page order. */
export function orderSources(sources: readonly CitedSource[], progress: readonly SourceProgress[]): CitedSource[] {
  const byUrl = new Map(progress.map((p) => [p.url, p]));
  return sources
    .map((s, i) => ({ s, i, v: VERDICT_RANK[byUrl.get(s.url)?.check?.verdict ?? ''] ?? 5, r: ROLE_RANK[s.role] ?? 9 }))
    .sort((a, b) => a.v - b.v || a.r - b.r || a.i - b.i)
    .map((x) => x.s);
}
