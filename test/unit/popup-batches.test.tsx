// @vitest-environment happy-dom
import { options, render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useRenderRoot } from '../support/render-root';
import { extractArticle } from '../../lib/extract/extract-article';
import { parseHtml } from '../../lib/platform/html';
import { applyDelta } from '../../lib/report/delta';
import { manySources } from '../web/generated';
import type { SourceProgress, TabReport } from '../../lib/schema/report';

// Issue 13 §2: with the popup open while a page's 1,000 sources are checked, a batch of progress must
// redraw only the cards whose sources changed — not every card on screen, every 150 ms.

let onReport: ((r: TabReport | null) => void) | null = null;
vi.mock('../../lib/platform/report-port', () => ({
  followReport: (_tab: number, report: (r: TabReport | null) => void) => {
    onReport = report;
    return () => undefined;
  },
}));
vi.mock('../../lib/platform/extension', () => ({ sendToBackground: () => Promise.resolve(null), log: () => undefined }));
vi.mock('../../lib/platform/settings-store', () => ({
  loadSettings: () => Promise.resolve({ language: 'en', onDeviceTranslation: false }),
  watchSettings: () => () => undefined,
}));
vi.mock('../../lib/platform/tabs', () => ({ browserLanguage: () => 'en', openSettings: () => undefined }));
vi.mock('../../lib/platform/translator', () => ({ translatorApi: () => null, translateAll: () => Promise.resolve([]) }));

const { PopupApp } = await import('../../components/popup/PopupApp');

const rootOf = useRenderRoot();

/** How many times each component (by function name) was rendered. */
const renders = new Map<string, number>();
let previous: typeof options.diffed;
beforeEach(() => {
  renders.clear();
  previous = options.diffed;
  options.diffed = (vnode: VNode) => {
    // The bundler may number a name that is also a binding (SourceCard2).
    const name = typeof vnode.type === 'function' ? vnode.type.name.replace(/\d+$/, '') : null;
    if (name) renders.set(name, (renders.get(name) ?? 0) + 1);
    previous?.(vnode);
  };
});
afterEach(() => {
  options.diffed = previous;
});

function checkingReport(n: number): TabReport {
  const out = extractArticle(parseHtml(manySources(n)), 'https://www.many-sources.example-news.com/scale/');
  if (!out.ok) throw new Error(out.detail);
  const progress: SourceProgress[] = out.extraction.sources.map((s) => ({ url: s.url, status: 'queued', check: null, cached: false }));
  return { tabId: 1, pageUrl: 'https://www.many-sources.example-news.com/scale/', phase: 'checking', reason: null, why: null, extraction: out.extraction, progress, startedAt: 1, updatedAt: 1 };
}

describe('popup start', () => {
  it('asks for the report as it first renders, not after a frame', () => {
    onReport = null;
    // No act(): what runs synchronously with the first render, before the browser could paint.
    render(<PopupApp tabId={1} />, rootOf());
    expect(onReport).not.toBeNull();
  });
});

describe('popup under a stream of progress batches', () => {
  it('a batch naming one source redraws that card only', async () => {
    const report = checkingReport(60);
    await act(async () => render(<PopupApp tabId={1} />, rootOf()));
    await act(async () => onReport!(report));
    const cards = rootOf().querySelectorAll('[data-testid="source-card"]');
    expect(cards.length).toBe(25);
    expect(renders.get('SourceCard')).toBe(25);

    // The way the follower hands on a delta: untouched sources keep their objects.
    renders.clear();
    const url = cards[3]!.getAttribute('data-url')!;
    const applied = applyDelta(report, { ...report, updatedAt: 2, progress: [{ url, status: 'fetching', check: null, cached: false }] });
    if (!applied.ok) throw new Error(applied.error);
    await act(async () => onReport!(applied.report));
    expect(renders.get('SourceCard')).toBe(1);
    // And the reader sees the change.
    expect(rootOf().querySelector(`[data-url="${url}"]`)!.className).toContain('card-checking');
  });
});
