import { readBlocks } from './blocks';
import { isCreditedCaption, isInCaption } from './captions';
import { isArticleFurniture } from './furniture';
import { withoutRelatedLists } from './related-lists';

/**
 * The text of Readability's article element, one block (paragraph, heading,
 * list item, cell…) per paragraph with blank lines between. Readability's own
 * `textContent` glues adjacent blocks ("the end.Next day", "FLJune"), which
 * merges words across paragraphs and cells. Left out: blocks inside page chrome
 * that Readability kept (share bars, bylines, related links, newsletter boxes;
 * that needs the article's class names, Readability's `keepClasses`), picture
 * captions, "You may also like" lists, and furniture written as plain
 * paragraphs (teasers, prompts, datelines). Only walks the article element.
 */
export function articleText(content: Element): string {
  const kept = readBlocks(content).filter((b) => !b.chrome && b.kind !== 'caption' && !isInCaption(b.el, content) && !isCreditedCaption(b.text));
  return withoutRelatedLists(kept)
    .filter((b) => !isArticleFurniture(b))
    .map((b) => b.text)
    .join('\n\n');
}
