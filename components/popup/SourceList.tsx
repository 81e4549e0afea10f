import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Extraction } from '@/lib/schema/extraction';
import type { SourceProgress } from '@/lib/schema/report';
import { claimsByUrl } from '@/lib/report/select';
import { useI18n } from '../i18n-context';
import { orderSources } from './order';
import { SourceCard } from './SourceCard';

// Cards rendered at first and per step: a page citing 1,000 sources must not build 1,000 cards
// (and re-render them every batch) before the reader sees the first.
export const PAGE = 25;

interface Props {
  extraction: Extraction;
  progress: readonly SourceProgress[];
  articleLang?: string;
  onRecheck: (url: string) => void;
}

/**
 * The source cards, problems first, the first PAGE of them at once and more as
 * the reader scrolls near the end or asks with the button (which also moves the
 * focus to the first new card, for keyboard and screen-reader users).
 */
export function SourceList({ extraction, progress, articleLang, onRecheck }: Props) {
  const { t } = useI18n();
  const [shown, setShown] = useState(PAGE);
  const focusFrom = useRef<number | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const ordered = useMemo(() => orderSources(extraction.sources, progress), [extraction, progress]);
  const byUrl = useMemo(() => new Map(progress.map((p) => [p.url, p])), [progress]);
  const claims = useMemo(() => claimsByUrl(extraction), [extraction]);
  const total = ordered.length;
  const remaining = Math.max(0, total - shown);

  useEffect(() => {
    if (focusFrom.current === null) return;
    const card = list.current?.querySelectorAll<HTMLElement>('[data-testid="source-card"]')[focusFrom.current];
    focusFrom.current = null;
    card?.focus();
  }, [shown]);

  // Scrolling near the end shows the next step; the observer fires again while the end stays in view.
  // Not while the button has the focus: a keyboard user who tabbed to it asks with it, and new cards
  // must not pile up above their focus unannounced.
  useEffect(() => {
    const end = sentinel.current;
    if (!remaining || !end || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && document.activeElement !== button.current && setShown((n) => n + PAGE), { rootMargin: '300px' });
    io.observe(end);
    return () => io.disconnect();
  }, [shown, remaining > 0]);

  return (
    <>
      <div class="cards" ref={list}>
        {ordered.slice(0, shown).map((source) => (
          <SourceCard key={source.url} source={source} progress={byUrl.get(source.url) ?? null} claims={claims.get(source.url) ?? NONE} articleLang={articleLang} onRecheck={onRecheck} />
        ))}
      </div>
      {remaining > 0 && (
        <div class="more" ref={sentinel}>
          <p class="muted" data-testid="sources-shown">
            {t('sources_shown', { shown, total })}
          </p>
          <button
            type="button"
            class="button"
            data-testid="show-more"
            ref={button}
            onClick={() => {
              focusFrom.current = shown;
              setShown(shown + PAGE);
            }}
          >
            {t('action_showMore', { count: Math.min(PAGE, remaining), remaining })}
          </button>
        </div>
      )}
    </>
  );
}

const NONE: { index: number; claim: Extraction['claims'][number] }[] = [];
