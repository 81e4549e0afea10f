import type { Block } from './blocks';
import { RELATED_HEADING } from './recirculation';
import { linkShare } from './furniture';
import { wordCount } from '../../text/tokens';

// A lead-in is a heading-like line: short, no sentence of its own.
const MAX_LEAD_WORDS = 8;
const MAX_LEAD_CHARS = 80;
// The teasers under it are (almost) all link text.
const MIN_TEASER_LINK_SHARE = 0.8;

function isLeadIn(b: Block): boolean {
  if (b.text.length > MAX_LEAD_CHARS) return false;
  const text = b.text.replace(/[\s.…:：!-]+$/u, '');
  if (wordCount(text) > MAX_LEAD_WORDS) return false;
  return RELATED_HEADING.test(text);
}

/**
 * Drops "You may also like…" / "More from UK" lists written into the article:
 * the lead-in line and the run of link-only blocks right after it. A lead-in
 * followed by prose (a real section called "Related") is kept.
 */
export function withoutRelatedLists(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (isLeadIn(blocks[i]!)) {
      let j = i + 1;
      while (j < blocks.length && linkShare(blocks[j]!) >= MIN_TEASER_LINK_SHARE) j++;
      if (j > i + 1) {
        i = j - 1;
        continue;
      }
    }
    out.push(blocks[i]!);
  }
  return out;
}
