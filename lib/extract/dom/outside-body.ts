import { readBlocks, type Block } from './blocks';
import { referenceListBlocks } from './reference-list';
import { findSourceCredit } from './source-credit';

/**
 * The body's blocks plus the article's sources that pages print outside the
 * text container: the source credit of the meta line first, the "Sources"
 * list of a sidebar last.
 */
export function withOutsideSources(blocks: Block[], root: Element): Block[] {
  const credit = findSourceCredit(root);
  const before = credit && !root.contains(credit) ? readBlocks(credit).filter((b) => !b.chrome) : [];
  const after = referenceListBlocks(root);
  return before.length || after.length ? [...before, ...blocks, ...after] : blocks;
}
