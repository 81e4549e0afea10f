/**
 * The article's own "Sources" / "References" list, which some sites (fact
 * checkers above all) print beside the text, in the sidebar, rather than
 * under it. Wherever it sits, it lists what the article cites.
 */

import { readBlocks, type Block } from './blocks';

export const REFERENCE_HEADING = /^(?:references?|sources?|notes|footnotes|bibliography|citations|works\s+cited|further\s+sources|our\s+sources|参考文献|參考文獻|参考资料|參考資料|注释|註釋|资料来源|資料來源|来源|來源|引用)\s*[:：]?$/i;

const HEADING_TAGS = ['h2', 'h3', 'h4', 'h5', 'h6'];
// How far around the content root to look: the sidebar is a sibling of the root or of a near ancestor.
const LEVELS = 4;
const SIBLINGS = 8;

function text(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The elements after `heading` up to the next heading: the list it opens, if it holds links. */
function listAfter(heading: Element): Element[] {
  const out: Element[] = [];
  let links = 0;
  for (let el = heading.nextElementSibling; el && !/^h[1-6]$/.test(el.localName); el = el.nextElementSibling) {
    out.push(el);
    links += el.getElementsByTagName('a').length;
  }
  return links >= 2 ? out : [];
}

/** The element's h2–h6 headings; by tag name, which linkedom answers without compiling a selector. */
function headingsIn(el: Element): Element[] {
  if (HEADING_TAGS.includes(el.localName)) return [el];
  return HEADING_TAGS.flatMap((tag) => Array.from(el.getElementsByTagName(tag)));
}

function* siblingsAround(root: Element): Generator<Element> {
  let cur: Element | null = root;
  for (let level = 0; cur && level < LEVELS && cur.localName !== 'body'; level++, cur = cur.parentElement) {
    let n = 0;
    for (let s = cur.nextElementSibling; s && n < SIBLINGS; s = s.nextElementSibling, n++) yield s;
    n = 0;
    for (let s = cur.previousElementSibling; s && n < SIBLINGS; s = s.previousElementSibling, n++) yield s;
  }
}

/** Reference lists near `root` but outside it, as blocks under their heading. */
export function referenceListBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  for (const sib of siblingsAround(root)) {
    for (const h of headingsIn(sib)) {
      const title = text(h);
      if (!REFERENCE_HEADING.test(title)) continue;
      for (const el of listAfter(h)) for (const b of readBlocks(el)) if (!b.chrome) blocks.push({ ...b, heading: title });
    }
  }
  return blocks;
}
