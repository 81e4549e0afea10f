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
