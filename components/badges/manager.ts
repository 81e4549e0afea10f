import type { Translate, Locale } from '@/lib/i18n/translate';
import type { TabReport } from '@/lib/schema/report';
import type { CitedSource, SourceRole } from '@/lib/schema/source';
import { badgeInfo } from './badge-info';
import { BADGE_TAG, createBadge, type Badge } from './badge';

type BadgeSource = Pick<CitedSource, 'url' | 'role' | 'outlet'>;

export interface BadgeOptions {
  roles: readonly SourceRole[];
  t: Translate;
  locale: Locale;
  /** Badges created per slice; slices are separated by `pause`. */
  batch: number;
  pause: () => Promise<void>;
}

/**
 * The page's badges: one per source link of the chosen roles, created in
 * batches so thousands of links never block the page, and updated in place as
 * checks finish.
 */
export function createBadgeManager(options: BadgeOptions) {
  const badges = new Map<string, Badge[]>();
  const sources = new Map<string, { source: BadgeSource; anchors: Element[] }>();
  let report: TabReport | null = null;
  let generation = 0;

  const progressOf = (url: string) => report?.progress.find((p) => p.url === url) ?? null;

  async function show(found: { source: BadgeSource; anchors: Element[] }[]) {
    const gen = generation;
    const todo: { source: BadgeSource; anchor: Element }[] = [];
    for (const { source, anchors } of found) {
      const known = sources.get(source.url);
      const merged = known ? [...new Set([...known.anchors, ...anchors])] : anchors;
      sources.set(source.url, { source, anchors: merged });
      if (!options.roles.includes(source.role)) continue;
      for (const anchor of merged) {
        const mine = badges.get(source.url) ?? [];
        if (anchor.isConnected && !mine.some((b) => b.host.previousElementSibling === anchor)) todo.push({ source, anchor });
      }
    }
    for (let i = 0; i < todo.length; i += options.batch) {
      if (gen !== generation) return;
      for (const { source, anchor } of todo.slice(i, i + options.batch)) {
        if (!anchor.isConnected || anchor.nextElementSibling?.localName === BADGE_TAG) continue;
        const badge = createBadge(anchor, badgeInfo(source, progressOf(source.url)), options.t, options.locale);
        const list = badges.get(source.url) ?? [];
        list.push(badge);
        badges.set(source.url, list);
      }
      await options.pause();
    }
  }

  function update(next: TabReport) {
    report = next;
    for (const [url, list] of badges) {
      const known = sources.get(url);
      if (!known) continue;
      const info = badgeInfo(known.source, progressOf(url));
      for (const b of list) b.update(info);
    }
  }

  function clear() {
    generation++;
    for (const list of badges.values()) for (const b of list) b.remove();
    badges.clear();
  }

  /** Forget the page (a single-page-app navigation): badges and what they were for. */
  function reset() {
    clear();
    sources.clear();
    report = null;
  }

  return { show, update, clear, reset, count: () => [...badges.values()].reduce((n, l) => n + l.length, 0) };
}

export type BadgeManager = ReturnType<typeof createBadgeManager>;
