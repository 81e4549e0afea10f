/**
 * The address an archive snapshot is a copy of: web.archive.org/web/2019…/https://medium.com/…
 * is Medium's page, kept by the Internet Archive. Null for any other address.
 */
export function archivedOriginal(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (!/(?:^|\.)web\.archive\.org$|^webcache\.googleusercontent\.com$|^(?:archive\.(?:org|ph|today|is|li|md))$/i.test(u.hostname)) return null;
  const m = /^\/(?:web\/)?[0-9a-z_*]+\/(https?:\/\/?.+)$/i.exec(u.pathname + u.search);
  if (!m) return null;
  const original = m[1]!.replace(/^(https?:\/)(?!\/)/i, '$1/');
  try {
    return new URL(original).href;
  } catch {
    return null;
  }
}
