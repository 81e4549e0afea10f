import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import type { TabReport } from '@/lib/schema/report';
import { sendToBackground } from '@/lib/platform/send';
import { followReport } from '@/lib/platform/report-port';

export interface ReportState {
  report: TabReport | null;
  /** False until the background has answered once. */
  loaded: boolean;
  error: string | null;
}

/**
 * Follows the tab's report from the background; starts an analysis when the
 * tab has none yet, so opening the popup is asking for a check.
 */
export function useReport(tabId: number | null): ReportState & { analyse: (force: boolean) => void; recheck: (url: string | null) => void } {
  const [state, setState] = useState<ReportState>({ report: null, loaded: false, error: null });
  // A layout effect, so the port is asked as soon as the popup first renders, not after its first paint
  // (Preact runs plain effects only after the next frame).
  useLayoutEffect(() => {
    if (tabId === null) return;
    let asked = false;
    let marked = false;
    return followReport(
      tabId,
      (report) => {
        setState({ report, loaded: true, error: null });
        // How long a finished report takes to appear after the popup opens (read by the end-to-end test and bench).
        if (report?.phase === 'done' && !marked) {
          marked = true;
          requestAnimationFrame(() => performance.mark('source-lens:report-shown'));
        }
        if (!report && !asked) {
          asked = true;
          sendToBackground('report/analyse', { tabId, force: false }).catch((e: Error) => setState((s) => ({ ...s, error: e.message })));
        }
      },
      (error) => setState((s) => ({ ...s, error })),
    );
  }, [tabId]);
  // Stable across renders, so the cards (memoised) are not redrawn for a new callback.
  const fail = useCallback((e: Error) => setState((s) => ({ ...s, error: e.message })), []);
  const analyse = useCallback((force: boolean) => tabId !== null && void sendToBackground('report/analyse', { tabId, force }).catch(fail), [tabId, fail]);
  const recheck = useCallback((url: string | null) => tabId !== null && void sendToBackground('report/recheck', { tabId, url }).catch(fail), [tabId, fail]);
  return { ...state, analyse, recheck };
}
