import { readBlocks } from './blocks';
import { isInCaption } from './captions';

/**
 * The text of Readability's article element, one block (paragraph, heading,
 * list item, cell…) per paragraph with blank lines between. Readability's own
 * `textContent` glues adjacent blocks ("the end.Next day", "FLJune"), which
 * merges words across paragraphs and cells. Blocks inside page chrome that
 * Readability kept (share bars, bylines, related links, newsletter boxes) and
 * picture captions are dropped; that needs the article's class names
 * (Readability's `keepClasses`). Only walks the article element.
 */
export function articleText(content: Element): string {
  return readBlocks(content)
    .filter((b) => !b.chrome && b.kind !== 'caption' && !isInCaption(b.el, content))
    .map((b) => b.text)
    .join('\n\n');
}
