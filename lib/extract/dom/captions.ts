import { wordCount } from '../../text/tokens';

/**
 * Picture captions and credits: text about an image, not the article's own
 * prose ("A protester runs past a burning barricade. (AP Photo/…)").
 */

const CAPTION_TAGS = new Set(['figure', 'figcaption']);
// Class/id words of caption and credit wrappers ("wp-caption-text", "image-credit", "mediaCaption").
const CAPTION_WORDS = /(?:^|[\s_-])(?:caption|captions|credit|credits|photo-?credit|image-?credit)(?:$|[\s_-])/i;

// Caption wrappers sit a few levels above the caption's text; looking no higher
// keeps the check cheap on deeply nested pages.
const MAX_LEVELS = 8;

/** True when `el` or a near ancestor below `stop` is a figure, a figcaption or a caption/credit wrapper. */
export function isInCaption(el: Element, stop: Element | null = null): boolean {
  let level = 0;
  for (let cur: Element | null = el; cur && cur !== stop && level++ < MAX_LEVELS; cur = cur.parentElement) {
    if (CAPTION_TAGS.has(cur.localName)) return true;
    const label = `${cur.getAttribute('class') ?? ''} ${cur.getAttribute('id') ?? ''}`;
    if (label.length > 1 && CAPTION_WORDS.test(label.replace(/([a-z])([A-Z])/g, '$1-$2'))) return true;
  }
  return false;
}

// "(Image: GETTY)", "(AP Photo/Alan Diaz, File)", "(Credit: NASA/Jude Guidry)" closing a line.
const PICTURE_CREDIT =
  /\((?:image|photo|picture|pic|foto|credit|photograph|illustration)s?(?:\s+(?:by|credit))?\s*[:/][^()]{1,80}\)\s*$|\((?:AP|Reuters|AFP|Getty|EPA)\b[^()]{0,40}\)\s*$/i;
// Captions are short; a long paragraph ending in a credit is prose quoting one.
const MAX_CAPTION_WORDS = 40;
const MAX_CAPTION_CHARS = 600;


/** A caption left as a plain paragraph: short and closed by a picture credit. */
export function isCreditedCaption(text: string): boolean {
  return text.length <= MAX_CAPTION_CHARS && PICTURE_CREDIT.test(text) && wordCount(text) <= MAX_CAPTION_WORDS;
}

const MEDIA = 'img, picture, video';
// A caption's wrapper is small: the picture, the caption, perhaps a credit.
const MAX_WRAPPER_CHILDREN = 4;
const WRAPPER_LEVELS = 2;

function fewChildren(el: Element): boolean {
  let n = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (++n > MAX_WRAPPER_CHILDREN) return false;
  return true;
}

/**
 * A short block that shares a small wrapper with a picture and little other
 * text: a caption without caption markup (or the blurb of a teaser card).
 */
export function isBesidePicture(el: Element, text: string, stop: Element | null = null): boolean {
  if (text.length > MAX_CAPTION_CHARS || wordCount(text) > MAX_CAPTION_WORDS) return false;
  let cur: Element | null = el;
  for (let level = 0; level < WRAPPER_LEVELS; level++) {
    cur = cur.parentElement;
    if (!cur || cur === stop || !fewChildren(cur)) return false;
    // Quotes and list items hold content next to an avatar or an icon.
    if (cur.localName === 'blockquote' || cur.localName === 'li') return false;
    if (!cur.querySelector(MEDIA)) continue;
    return (cur.textContent ?? '').trim().length <= text.length * 1.5 + 40;
  }
  return false;
}
