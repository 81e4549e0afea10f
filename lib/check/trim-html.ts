/** Most of a heavy page's bytes are scripts, styles and inline SVG: none of it is text we read. */
const DEAD_WEIGHT = /<(script|style|svg|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

/**
 * Shrinks HTML before it is parsed: drops script, style and SVG blocks, then
 * keeps at most `maxChars`. Parsing is the costliest step of a check, and in a
 * service worker a slow parse stalls every other check running beside it.
 */
export function trimHtml(html: string, maxChars = 1_500_000): string {
  const lean = html.length > 200_000 ? html.replace(DEAD_WEIGHT, '') : html;
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
