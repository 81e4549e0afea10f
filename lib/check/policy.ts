/** Which URLs Source Lens may fetch: public web pages only, unless the reader allows more. */

export type PolicyResult = { ok: true } | { ok: false; reason: string };

const LOCAL_NAMES = /(?:^|\.)(?:localhost|local|internal|intranet|lan|home|corp|private|home\.arpa|localdomain)$/i;

function ipv4Private(parts: number[]): boolean {
  const [a, b] = parts as [number, number, number, number];
  return (
    a === 0 || // "this network"
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0 && parts[2] === 0) ||
    (a === 198 && (b === 18 || b === 19)) || // benchmarking
    a >= 224 // multicast and reserved
  );
}

function parseIpv4(host: string): number[] | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  return parts.every((n) => n <= 255) ? parts : null;
}

function ipv6Private(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === '::' || h === '::1') return true;
  // IPv4-mapped (::ffff:7f00:1 after URL normalisation, or dotted).
  const mapped = /^::ffff:(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/.exec(h);
  if (mapped) {
    const v4 = mapped[1]
      ? parseIpv4(mapped[1])
      : [parseInt(mapped[2]!, 16) >> 8, parseInt(mapped[2]!, 16) & 255, parseInt(mapped[3]!, 16) >> 8, parseInt(mapped[3]!, 16) & 255];
    return !v4 || ipv4Private(v4);
  }
  const first = parseInt(h.split(':')[0] || '0', 16);
  return (
    (first & 0xfe00) === 0xfc00 || // unique local fc00::/7
    (first & 0xffc0) === 0xfe80 || // link-local fe80::/10
    (first & 0xff00) === 0xff00 // multicast
  );
}

/** True for host names and IP literals that point into a private or local network. */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (!host) return true;
  if (host.startsWith('[') || host.includes(':')) return ipv6Private(host);
  const v4 = parseIpv4(host);
  if (v4) return ipv4Private(v4);
  // A bare name without dots resolves through the local search domain.
  if (!host.includes('.')) return true;
  return LOCAL_NAMES.test(host);
}

export interface PolicyOptions {
  allowPrivateNetwork: boolean;
}

/** Decides before any request whether a URL may be fetched. */
export function checkUrlPolicy(url: string, options: PolicyOptions): PolicyResult {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { ok: false, reason: 'not a valid URL' };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { ok: false, reason: `${u.protocol} links are not fetched` };
  if (u.username || u.password) return { ok: false, reason: 'URLs with credentials are not fetched' };
  if (!options.allowPrivateNetwork && isPrivateHost(u.hostname)) {
    return { ok: false, reason: `${u.hostname} is on a private or local network (allow it in settings)` };
  }
  return { ok: true };
}
