import type { Translate, Locale } from '@/lib/i18n/translate';
import type { BadgeSource, BadgeView } from '@/lib/schema/badge';
import type { SourceRole } from '@/lib/schema/source-role';
import type { Pacing } from '@/lib/extract/steps';
import { createBadge, type Badge, type BadgeInfo } from './badge';

/** How badges look and which sources get one; from the settings. */
export interface BadgeLook {
  roles: readonly SourceRole[];
  t: Translate;
  locale: Locale;
}

/** Badges go in slices of at most `batch` badges and `budgetMs` (8 by default: a badge's cost depends on the page). */
export interface BadgePacing extends Pick<Pacing, 'pause'>, Partial<Pick<Pacing, 'budgetMs'>> {
  batch: number;
  /** The clock the budget is read on (performance.now by default; tests pass their own). */
  now?: () => number;
}

/** A source's badge before its check: the source alone; the site's name from the outlet table until the page says its own. */
function infoOf(source: BadgeSource, view: BadgeView | undefined): BadgeInfo {
  const v: BadgeView = view ?? { url: source.url, status: 'unchecked', title: null, siteName: null, published: null, reasons: [], summary: null, archivedUrl: null };
  return { ...v, ...source, siteName: v.siteName ?? source.outlet?.name ?? null };
}

const BUDGET_MS = 8;

/**
 * The page's badges: one per source link of the chosen roles, created in
 * batches so thousands of links never block the page, and updated in place as
 * checks finish. It is the one record of which anchors stand for which source:
 * when the settings change it redraws from that record.
 */
export function createBadgeManager(pacing: BadgePacing) {
  const badges = new Map<string, Badge[]>();
  // Our own record of which anchor has which badge: never what the page's DOM says
  // (a page can put anything after a link, including elements named like ours).
  let byAnchor = new WeakMap<Element, Badge>();
  const sources = new Map<string, { source: BadgeSource; anchors: Element[] }>();
  let look: BadgeLook | null = null;
  let views = new Map<string, BadgeView>();
  let generation = 0;

  /** Remembers sources and their anchors; badges the ones the settings ask for. */
  async function show(found: { source: BadgeSource; anchors: Element[] }[]) {
    for (const { source, anchors } of found) {
      const known = sources.get(source.url);
      sources.set(source.url, { source, anchors: known ? [...new Set([...known.anchors, ...anchors])] : anchors });
    }
    await draw(found.map((f) => f.source.url));
  }

  async function draw(urls: Iterable<string>) {
    if (!look) return;
    const { roles, t, locale } = look;
    const gen = generation;
    const todo: { source: BadgeSource; anchor: Element }[] = [];
    for (const url of urls) {
      const known = sources.get(url);
      if (!known || !roles.includes(known.source.role)) continue;
      for (const anchor of known.anchors) {
        if (anchor.isConnected && !byAnchor.get(anchor)?.host.isConnected) todo.push({ source: known.source, anchor });
      }
    }
    const now = pacing.now ?? (() => performance.now());
    const budget = pacing.budgetMs ?? BUDGET_MS;
    // Slices end at `batch` badges or at the time budget, whichever comes first: on a heavy page
    // (deep styles, 2,000 links) 100 badges were one 58 ms task.
    for (let i = 0; i < todo.length; ) {
      if (gen !== generation) return;
      const start = now();
      for (const end = Math.min(todo.length, i + pacing.batch); i < end; ) {
        const { source, anchor } = todo[i++]!;
        if (!anchor.isConnected || byAnchor.get(anchor)?.host.isConnected) continue;
        const badge = createBadge(anchor, infoOf(source, views.get(source.url)), t, locale);
        byAnchor.set(anchor, badge);
        const list = badges.get(source.url) ?? [];
        list.push(badge);
        badges.set(source.url, list);
        if (now() - start >= budget) break;
      }
      await pacing.pause();
    }
  }

  // Sources whose badges wait for their latest view: written in slices, as badges are inserted, because
  // a new icon in 2,000 lines at once made the page lay them all out in one 36-40 ms frame.
  const dirty = new Set<string>();
  let flushing: Promise<void> | null = null;

  async function flush() {
    const now = pacing.now ?? (() => performance.now());
    const budget = pacing.budgetMs ?? BUDGET_MS;
    while (dirty.size) {
      const start = now();
      let written = 0;
      for (const url of dirty) {
        dirty.delete(url);
        const known = sources.get(url);
        const list = badges.get(url);
        if (!known || !list) continue;
        // The view as it is now: a later update while this one waited is never undone.
        const info = infoOf(known.source, views.get(url));
        for (const b of list) b.update(info);
        written += list.length;
        if (written >= pacing.batch || now() - start >= budget) break;
      }
      if (dirty.size) await pacing.pause();
    }
  }

  /**
   * Views from the background, batched: only the sources named change, unless `reset` (a new report) says every
   * source is listed. Resolves once every badge shows them.
   */
  function update(changed: readonly BadgeView[], reset: boolean): Promise<void> {
    const urls = reset ? [...new Set([...views.keys(), ...changed.map((p) => p.url)])] : changed.map((p) => p.url);
    if (reset) views = new Map();
    for (const v of changed) views.set(v.url, v);
    for (const url of urls) dirty.add(url);
    flushing ??= flush().finally(() => {
      flushing = null;
    });
    return flushing;
  }

  function clear() {
    generation++;
    for (const list of badges.values()) for (const b of list) b.remove();
    badges.clear();
    byAnchor = new WeakMap();
  }

  /** New settings: redraw every known source in the new look, or remove the badges (null). */
  function configure(next: BadgeLook | null): Promise<void> {
    clear();
    look = next;
    return draw(sources.keys());
  }

  /** Forget the page (a single-page-app navigation): badges and what they were for. */
  function reset() {
    clear();
    dirty.clear();
    sources.clear();
    views = new Map();
  }

  return { show, update, configure, reset };
}

export type BadgeManager = ReturnType<typeof createBadgeManager>;
