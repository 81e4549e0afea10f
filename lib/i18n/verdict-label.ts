import type { CheckState, Verdict } from '../schema/check';

/** The verdict as the reader sees it: "unreachable" says whether the page is gone or only down for now. */
export type ShownVerdict = Verdict | 'gone' | 'unavailable';

export function shownVerdict(check: { verdict: Verdict; state: CheckState; httpStatus: number | null }): ShownVerdict {
  if (check.verdict !== 'unreachable') return check.verdict;
  if (check.state === 'unavailable') return 'unavailable';
  if (check.state === 'soft404' || (check.state === 'dead' && (check.httpStatus === 404 || check.httpStatus === 410))) return 'gone';
  return 'unreachable';
}
