/**
 * Picture captions and credits: text about an image, not the article's own
 * prose ("A protester runs past a burning barricade. (AP Photo/…)").
 */

const CAPTION_TAGS = new Set(['figure', 'figcaption']);
// Class/id words of caption and credit wrappers ("wp-caption-text", "image-credit", "mediaCaption").
const CAPTION_WORDS = /(?:^|[\s_-])(?:caption|captions|credit|credits|photo-?credit|image-?credit)(?:$|[\s_-])/i;

/** True when `el` or an ancestor below `stop` is a figure, a figcaption or a caption/credit wrapper. */
export function isInCaption(el: Element, stop: Element | null = null): boolean {
  for (let cur: Element | null = el; cur && cur !== stop; cur = cur.parentElement) {
    if (CAPTION_TAGS.has(cur.localName)) return true;
    const label = `${cur.getAttribute('class') ?? ''} ${cur.getAttribute('id') ?? ''}`;
    if (label.length > 1 && CAPTION_WORDS.test(label.replace(/([a-z])([A-Z])/g, '$1-$2'))) return true;
  }
  return false;
}
