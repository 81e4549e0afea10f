// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBadgeManager } from '../../components/badges/manager';
import { badgeView } from '../../lib/report/badge-view';
import { createTranslator } from '../../lib/i18n/translate';

// Issue 13 §2: badges for thousands of links go in slices bounded by time as well as by count, and
// every link still gets its badge; progress reaches every badge of a source.

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** n links, each a source of its own; the badges' closed shadow roots, caught as they are made. */
function page(n: number) {
  const roots = new Map<Element, ShadowRoot>();
  const attach = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.set(this, root);
    return root;
  });
  const found = Array.from({ length: n }, (_, i) => {
    const a = document.createElement('a');
    a.href = `https://source${i}.example/${i}`;
    a.textContent = `link ${i}`;
    document.body.append(a);
    return { source: { url: a.href, role: 'citation' as const, outlet: null }, anchors: [a as Element] };
  });
  const statusOf = (a: Element) => (roots.get(a.nextElementSibling!)?.querySelector('[data-status]') as HTMLElement | null)?.dataset.status;
  return { found, statusOf };
}

const look = { roles: ['citation' as const], t: createTranslator('en'), locale: 'en' as const };

/** A pause that records how many badges each slice added. */
function countSlices() {
  const slices: number[] = [];
  let before = 0;
  const pause = async () => {
    const count = document.querySelectorAll('a + span').length;
    slices.push(count - before);
    before = count;
  };
  return { slices, pause };
}

describe('badge manager', () => {
  it('ends a slice at the time budget before the count, and badges every link in the end', async () => {
    const { found, statusOf } = page(250);
    // A clock on which each badge takes 3 ms: an 8 ms budget allows 3 badges a slice, not 100.
    let clock = 0;
    const { slices, pause } = countSlices();
    const manager = createBadgeManager({ batch: 100, budgetMs: 8, now: () => (clock += 1), pause });
    await manager.configure(look);
    await manager.show(found);
    expect(document.querySelectorAll('a + span')).toHaveLength(250);
    expect(Math.max(...slices)).toBeLessThan(100);
    expect(slices.reduce((s, x) => s + x, 0)).toBe(250);
    expect(found.every((f) => statusOf(f.anchors[0]!) === 'unchecked')).toBe(true);

    // Progress for every source reaches its badge.
    await manager.update(found.map((f) => badgeView({ url: f.source.url, status: 'fetching', check: null, cached: false })), false);
    expect(found.every((f) => statusOf(f.anchors[0]!) === 'checking')).toBe(true);
  });

  it('writes progress in slices too, and a later view is never undone by an earlier one still waiting', async () => {
    const { found, statusOf } = page(250);
    let slice = 0;
    const seen: number[] = [];
    const manager = createBadgeManager({ batch: 100, now: () => 0, pause: async () => void slice++ });
    await manager.configure(look);
    await manager.show(found);
    const checking = (f: (typeof found)[number]) => statusOf(f.anchors[0]!) === 'checking';
    const first = manager.update(found.map((f) => badgeView({ url: f.source.url, status: 'fetching', check: null, cached: false })), false);
    // The first slice is written at once: 100 badges, not all 250.
    seen.push(found.filter(checking).length);
    // Meanwhile source 200 is already done: its badge must end on that, not on 'checking'.
    const gone = { url: found[200]!.source.url, status: 'unreachable' as const, title: null, siteName: null, published: null, reasons: [], summary: null, archivedUrl: null };
    const done = manager.update([gone], false);
    await Promise.all([first, done]);
    expect(seen).toEqual([100]);
    expect(found.filter(checking)).toHaveLength(249);
    expect(statusOf(found[200]!.anchors[0]!)).toBe('unreachable');
    expect(slice).toBeGreaterThanOrEqual(5);
  });

  it('keeps the count as the bound when badges are cheap', async () => {
    const { found } = page(250);
    const { slices, pause } = countSlices();
    const manager = createBadgeManager({ batch: 100, now: () => 0, pause });
    await manager.configure(look);
    await manager.show(found);
    expect(slices).toEqual([100, 100, 50]);
  });
});
