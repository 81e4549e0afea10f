import { type Block, readBlocks } from './blocks';
import { isBesidePicture, isCreditedCaption, isInCaption } from './captions';
import { isArticleFurniture } from './furniture';
import { withoutRelatedLists } from './related-lists';
import { definitionStatements, tableStatements } from './table-statements';

// A quoted post (an embedded tweet) is quoted material even inside a wrapper named "widget".
const isChrome = (b: Block, root: Element) => b.chrome && !inQuote(b.el, root);

// Quote levels looked at: an embedded post's paragraphs sit right inside its blockquote.
const QUOTE_LEVELS = 4;

function inQuote(el: Element, root: Element): boolean {
  let level = 0;
  for (let cur: Element | null = el; cur && cur !== root && level++ < QUOTE_LEVELS; cur = cur.parentElement) {
    if (cur.localName === 'blockquote') return true;
  }
  return false;
}

const isCaption = (b: Block, root: Element) =>
  b.kind === 'caption' || isInCaption(b.el, root) || isCreditedCaption(b.text) || isBesidePicture(b.el, b.text, root);

/**
 * The blocks of `root` that are the article's own text. Left out: blocks inside
 * page chrome (share bars, bylines, related links, newsletter boxes), picture
 * captions, "You may also like" lists, and furniture written as plain
 * paragraphs (teasers, prompts, datelines, interface labels).
 */
export function articleBlocks(blocks: Block[], root: Element): Block[] {
  const kept = blocks.filter((b) => !isChrome(b, root) && !isCaption(b, root));
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

/**
 * A source page's text for checking: as articleText, but each data table and
 * definition list becomes statements with its headers and units (see
 * table-statements.ts), so a figure is read with what it measures.
 */
export function sourceText(content: Element): string {
  const statements = new Map<Element, string[]>();
  const out: string[] = [];
  for (const b of articleBlocks(readBlocks(content), content)) {
    const group = b.kind === 'cell' ? b.el.closest('table') : b.el.localName === 'dt' || b.el.localName === 'dd' ? b.el.closest('dl') : null;
    if (group) {
      let list = statements.get(group);
      if (!list) {
        list = group.localName === 'table' ? tableStatements(group) : definitionStatements(group);
        statements.set(group, list);
        out.push(...list);
      }
      if (list.length) continue;
    }
    out.push(b.text);
  }
  return out.join('\n\n');
}
