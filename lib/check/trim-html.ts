// Most of a heavy page's bytes are scripts, styles and inline SVG: none of it is text we read, except
// JSON-LD (dates, authors, publisher), which is kept. <noscript> and <template> go too: a browser does
// not show them, and they would parse into elements the live page does not have. Attributes are
// bounded so an unclosed tag cannot make one match scan the rest of the page.
const DEAD_OPEN = /<(script|style|svg|noscript|template)\b([^>]{0,4096})>/gi;
const JSON_LD = /application\/ld\+json/i;
const CLOSERS = new Map(['script', 'style', 'svg', 'noscript', 'template'].map((tag) => [tag, new RegExp(`</${tag}`, 'gi')]));

/**
 * The HTML without the blocks above. A scan, not one regex: each block ends at the first closing
 * tag found by indexOf, and a tag with no closer left is not looked for again, so the pass stays
 * linear on hostile markup (thousands of unclosed <svg>).
 */
export function dropDeadWeight(html: string): string {
  const unclosed = new Set<string>();
  const parts: string[] = [];
  let kept = 0;
  DEAD_OPEN.lastIndex = 0;
  for (let m = DEAD_OPEN.exec(html); m; m = DEAD_OPEN.exec(html)) {
    const tag = m[1]!.toLowerCase();
    if (unclosed.has(tag) || (tag === 'script' && JSON_LD.test(m[2]!))) continue;
    const closer = CLOSERS.get(tag)!;
    closer.lastIndex = DEAD_OPEN.lastIndex;
    const close = closer.exec(html)?.index ?? -1;
    if (close < 0) {
      unclosed.add(tag);
      continue;
    }
    const gt = html.indexOf('>', close);
    const end = gt < 0 ? html.length : gt + 1;
    parts.push(html.slice(kept, m.index));
    kept = end;
    DEAD_OPEN.lastIndex = end;
  }
  parts.push(html.slice(kept));
  return parts.join('');
}

/**
 * Shrinks HTML before it is parsed: drops script, style and SVG blocks, then
 * keeps at most `maxChars`. Parsing is the costliest step of a check, and in a
 * service worker a slow parse stalls every other check running beside it.
 */
export function trimHtml(html: string, maxChars = 1_500_000): string {
  const lean = html.length > 200_000 ? dropDeadWeight(html) : html;
  return lean.length > maxChars ? lean.slice(0, maxChars) : lean;
}

/** No attribute we read (class, href, content, datetime…) is this long on a real page. */
export const MAX_ATTRIBUTE_CHARS = 16_384;
// A quoted value after "=": each quote starts at most one scan, which ends at the next quote, so the pass is linear.
const LONG_VALUE = new RegExp(`=(\\s*)(?:"([^"]{${MAX_ATTRIBUTE_CHARS + 1},})"|'([^']{${MAX_ATTRIBUTE_CHARS + 1},})')`, 'g');

/**
 * Cuts quoted attribute values to MAX_ATTRIBUTE_CHARS before parsing: a class
 * attribute of 130,000 tokens overflows linkedom's stack (it spreads the
 * tokens into one call), and a value that long carries nothing we read.
 */
export function trimLongAttributes(html: string): string {
  if (html.length <= MAX_ATTRIBUTE_CHARS) return html;
  return html.replace(LONG_VALUE, (_m, space: string, dq: string | undefined, sq: string | undefined) =>
    dq !== undefined ? `=${space}"${dq.slice(0, MAX_ATTRIBUTE_CHARS)}"` : `=${space}'${sq!.slice(0, MAX_ATTRIBUTE_CHARS)}'`,
  );
}
