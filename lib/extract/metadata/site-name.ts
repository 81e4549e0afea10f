/** Letters and digits only, lower-cased: how names and titles are compared. */
export const loose = (s: string) => s.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '');

/** The text is only the site's name (or its domain): it says nothing about the article. */
export function isSiteName(text: string, siteNames: readonly string[], pageUrl: string): boolean {
  const t = loose(text);
  let host = '';
  try {
    host = loose(new URL(pageUrl).hostname.replace(/^www\./, ''));
  } catch {
    host = '';
  }
  return t === host || t === host.replace(/(com|de|net|org|cn|uk|fr)$/, '') || siteNames.some((n) => loose(n) === t);
}
