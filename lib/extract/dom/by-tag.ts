/**
 * The elements named `tag` under `root`, in document order: what `querySelectorAll(tag)`
 * lists, found without a selector. In Node (linkedom: the CLI, the eval, the bench) a
 * selector is compiled and tried on every element of the page, while a tag list is a
 * plain walk; in the browser both are native. Contents of <template> are left out, as
 * querySelectorAll leaves them out (linkedom keeps them in the tree, browsers do not).
 */
export function elementsByTag(root: Document | Element, tag: string): Element[] {
  const out: Element[] = [];
  const all = root.getElementsByTagName(tag);
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if (!inTemplate(el, root)) out.push(el);
  }
  return out;
}

function inTemplate(el: Element, root: Document | Element): boolean {
  for (let p = el.parentElement; p && p !== root; p = p.parentElement) if (p.localName === 'template') return true;
  return false;
}
