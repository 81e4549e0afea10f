/** Letters and digits only, lower-cased: how names and titles are compared. */
export const loose = (s: string) => s.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '');

/** The text is only the site's name (or its domain): it says nothing about the article. */
export function isSiteName(text: string, siteNames: readonly string[], pageUrl: string): boolean {
  const t = loose(text);
  if (!t) return false;
  return domainNames(pageUrl).includes(t) || siteNames.some((n) => loose(n) === t);
}

/** "www.l-mag.co.uk" → ["lmagcouk", "lmag"]: the host as one word, and its name without the suffix. */
function domainNames(pageUrl: string): string[] {
  let host: string;
  try {
    host = new URL(pageUrl).hostname.replace(/^www\./, '');
  } catch {
    return [];
  }
  const labels = host.split('.');
  labels.pop();
  // Second-level suffixes such as co.uk, com.au, gv.at.
  if (labels.length > 1 && labels[labels.length - 1]!.length <= 3) labels.pop();
  const name = labels[labels.length - 1] ?? '';
  return [loose(host), loose(name)].filter(Boolean);
}
