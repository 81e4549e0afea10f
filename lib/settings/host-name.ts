/**
 * Sites where Source Lens never runs are stored as bare host names
 * ("example.com"); a site also covers its subdomains, so "*." and "www." add nothing.
 */

/** More sites than this is a pasted list gone wrong, not a preference. */
export const MAX_SITES = 1000;

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Whether text is already a normalised host name (what v2 stores). */
export function isHostName(text: string): boolean {
  if (text.length > 253) return false;
  if (IPV4.test(text)) return text.split('.').every((n) => Number(n) <= 255);
  if (text === 'localhost') return true;
  const labels = text.split('.');
  // A lone word ("news") is not a website; the top-level label is never all digits.
  return labels.length >= 2 && labels.every((l) => LABEL.test(l)) && /[a-z]/.test(labels[labels.length - 1]!);
}

/**
 * What a reader typed ("https://www.Example.com:8080/path", "*.example.org",
 * " example.net ") → its host name ("example.com", "example.org", "example.net"),
 * or null when it names no host. Non-ASCII names come back in punycode, as
 * the browser reports page addresses.
 */
export function normaliseHost(text: string): string | null {
  let s = text.trim().toLowerCase();
  if (!s) return null;
  s = s.replace(/^\*\./, '');
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(s)) s = `http://${s}`;
  let host: string;
  try {
    const url = new URL(s);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    host = url.hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '').replace(/^\*\./, '');
  if (/^www\.[^.]+\./.test(host)) host = host.slice(4);
  return isHostName(host) ? host : null;
}

/** Entries → unique host names in their first order, and the entries that name no host. */
export function normaliseSiteList(entries: readonly unknown[]): { hosts: string[]; rejected: string[] } {
  const hosts = new Set<string>();
  const rejected: string[] = [];
  for (const entry of entries) {
    if (typeof entry !== 'string') {
      rejected.push(String(entry));
      continue;
    }
    if (!entry.trim()) continue;
    const host = normaliseHost(entry);
    if (host) hosts.add(host);
    else rejected.push(entry.trim());
  }
  return { hosts: [...hosts].slice(0, MAX_SITES), rejected };
}

/** The sites textarea: one site per line (a pasted comma-separated list works too). */
export function parseSiteLines(text: string): { hosts: string[]; rejected: string[] } {
  return normaliseSiteList(text.split(/[\r\n,]+/));
}
