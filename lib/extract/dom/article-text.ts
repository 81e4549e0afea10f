import { type Block, readBlocks } from './blocks';
import { isBesidePicture, isCreditedCaption, isInCaption } from './captions';
import { isArticleFurniture } from './furniture';
import { withoutRelatedLists } from './related-lists';

/**
 * The blocks of `root` that are the article's own text. Left out: blocks inside
 * page chrome (share bars, bylines, related links, newsletter boxes), picture
 * captions, "You may also like" lists, and furniture written as plain
 * paragraphs (teasers, prompts, datelines, interface labels).
 */
export function articleBlocks(blocks: Block[], root: Element): Block[] {
  const kept = blocks.filter((b) => !b.chrome && b.kind !== 'caption' && !isInCaption(b.el, root) && !isCreditedCaption(b.text) && !isBesidePicture(b.el, b.text, root));
  return withoutRelatedLists(kept).filter((b) => !isArticleFurniture(b));
}

/**
 * The text of Readability's article element, one block (paragraph, heading,
 * list item, cell…) per paragraph with blank lines between. Readability's own
 * `textContent` glues adjacent blocks ("the end.Next day", "FLJune"), which
 * merges words across paragraphs and cells. Chrome is recognised by class
 * names, so Readability must keep them (`keepClasses`). Only walks the
 * article element.
 */
export function articleText(content: Element): string {
  return articleBlocks(readBlocks(content), content)
    .map((b) => b.text)
    .join('\n\n');
}
