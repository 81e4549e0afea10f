/** Whitespace by code unit: what `\s` matches, without running a regular expression per character. */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 160 ||
    (c > 255 && (c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff))
  );
}

/** The length of `text` without its whitespace (no copy is made), counted up to `enough` at most. */
export function visibleLength(text: string, enough = Infinity): number {
  let n = 0;
  for (let i = 0; i < text.length && n < enough; i++) if (!isSpace(text.charCodeAt(i))) n++;
  return n;
}
