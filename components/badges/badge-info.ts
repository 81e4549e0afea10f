import type { Finding } from '@/lib/schema/check';
import { shownVerdict, type ShownVerdict } from '@/lib/i18n/verdict-label';
import type { SourceProgress } from '@/lib/schema/report';
import type { CitedSource, OutletRef, SourceRole } from '@/lib/schema/source';

export type BadgeStatus = 'unchecked' | 'checking' | ShownVerdict;

/** What a badge and its card show for one source. */
export interface BadgeInfo {
  url: string;
  role: SourceRole;
  outlet: OutletRef | null;
  status: BadgeStatus;
  title: string | null;
  siteName: string | null;
  published: string | null;
  reasons: Finding[];
  summary: string | null;
  archivedUrl: string | null;
}

export function badgeInfo(source: Pick<CitedSource, 'url' | 'role' | 'outlet'>, progress: SourceProgress | null): BadgeInfo {
  const check = progress?.check ?? null;
  return {
    url: source.url,
    role: source.role,
    outlet: source.outlet,
    status: check ? shownVerdict(check) : progress ? 'checking' : 'unchecked',
    title: check?.source?.title ?? null,
    siteName: check?.source?.siteName ?? source.outlet?.name ?? null,
    published: check?.source?.publishedTime ?? null,
    // The findings that decided the verdict: problems first, then what could not be judged, then what matched.
    reasons: check
      ? check.findings
          .filter((f) => !(f.kind === 'reachability' && f.ok) && f.code !== 'quote.other-language')
          .sort((a, b) => rank(a) - rank(b))
          .slice(0, 4)
      : [],
    summary: check?.summary[0] ?? null,
    archivedUrl: check?.archivedUrl ?? null,
  };
}

const KIND_ORDER = ['reachability', 'claim', 'number', 'quote', 'publication', 'author', 'date', 'content'];
const rank = (f: Finding) => (f.ok === false ? 0 : 100) + KIND_ORDER.indexOf(f.kind);
