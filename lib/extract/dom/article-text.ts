import { readBlocks } from './blocks';

/**
 * The text of Readability's article element, one block (paragraph, heading,
 * list item, cell…) per paragraph with blank lines between. Readability's own
 * `textContent` glues adjacent blocks ("the end.Next day", "FLJune"), which
 * merges words across paragraphs and cells. Only walks the article element.
 */
export function articleText(content: Element): string {
  return readBlocks(content)
    .map((b) => b.text)
    .join('\n\n');
}
