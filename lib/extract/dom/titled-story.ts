import { foldText } from '../../text/clean';

/**
 * Pages that stream several stories (live feeds, "speed reads", infinite
 * scroll) hold one <article> per story; the page is about the story whose
 * headline is the page's title, not the one with the most text.
 */

const loose = (s: string) => foldText(s).replace(/[^\p{L}\p{N}]+/gu, '');

/** The page's own title in its usual places, loosely folded. */
function pageTitles(doc: Document): string[] {
  const metas = ['og:title', 'twitter:title']
    .map((k) => doc.querySelector(`meta[property="${k}"], meta[name="${k}"]`)?.getAttribute('content') ?? '');
  return [doc.title ?? '', ...metas].map(loose).filter((t) => t.length >= 12);
}

/** The first heading of a story: its headline. */
function headlineOf(story: Element): string {
  return loose(story.querySelector('h1, h2, h3')?.textContent ?? '');
}

/**
 * Of the page's <article> elements (`stories`), the one whose headline is the
 * page title, when several hold prose and `root` is not already in that one.
 * `holdsProse` says whether an element holds article paragraphs.
 */
export function titledStory(doc: Document, root: Element, stories: readonly Element[], holdsProse: (el: Element) => boolean): Element | null {
  if (stories.length < 2) return null;
  const titles = pageTitles(doc);
  if (!titles.length) return null;
  const withProse = stories.filter(holdsProse);
  if (withProse.length < 2) return null;
  const titled = withProse.find((s) => {
    const h = headlineOf(s);
    return h.length >= 12 && titles.some((t) => t.includes(h));
  });
  if (!titled || titled.contains(root)) return null;
  // The root sits in another story, or gathers several stories: narrow it to the titled one.
  if (!root.contains(titled) || withProse.some((s) => s !== titled && root.contains(s) && !titled.contains(s) && !s.contains(titled))) return titled;
  return null;
}

/**
 * Whether `el` belongs to another story than `root`: each sits in its own
 * <article> and neither holds the other. Used to keep a second opinion on the
 * body (Readability's) from pulling in the neighbouring stories of a stream.
 */
export function inOtherStory(el: Element, root: Element): boolean {
  const mine = root.closest('article');
  const theirs = el.closest('article');
  return !!mine && !!theirs && !theirs.contains(root) && !mine.contains(theirs);
}
