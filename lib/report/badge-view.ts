import { shownVerdict } from '../i18n/verdict-label';
import type { BadgeView } from '../schema/badge';
import type { Finding } from '../schema/check';
import type { SourceProgress } from '../schema/report';

/** What a source's badge shows of its progress; the worker sends only this to the page. */
export function badgeView(progress: SourceProgress): BadgeView {
  const check = progress.check;
  return {
    url: progress.url,
    status: check ? shownVerdict(check) : 'checking',
    title: check?.source?.title ?? null,
    siteName: check?.source?.siteName ?? null,
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
