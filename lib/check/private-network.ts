/**
 * The one definition of "private or local network": the ranges and name
 * endings below drive both `isPrivateHost` (checked before each fetch) and the
 * browser's block rules for redirect hops (`privateNetworkRegexes`), so the
 * two cannot drift apart. Both work on the host as the URL parser serialises
 * it (WHATWG URL in Node and the browser alike: `0x7f.1` → `127.0.0.1`,
 * `[::ffff:127.0.0.1]` → `[::ffff:7f00:1]`, lower case, IPv6 compressed).
 */

interface Range {
  net: string;
  prefix: number;
  why: string;
}

export const PRIVATE_IPV4: readonly Range[] = [
  { net: '0.0.0.0', prefix: 8, why: '"this network"' },
  { net: '10.0.0.0', prefix: 8, why: 'private' },
  { net: '100.64.0.0', prefix: 10, why: 'carrier-grade NAT' },
  { net: '127.0.0.0', prefix: 8, why: 'loopback' },
  { net: '169.254.0.0', prefix: 16, why: 'link-local' },
  { net: '172.16.0.0', prefix: 12, why: 'private' },
  { net: '192.0.0.0', prefix: 24, why: 'IETF protocol assignments' },
  { net: '192.168.0.0', prefix: 16, why: 'private' },
  { net: '198.18.0.0', prefix: 15, why: 'benchmarking' },
  { net: '224.0.0.0', prefix: 3, why: 'multicast, reserved, broadcast' },
];

export const PRIVATE_IPV6: readonly Range[] = [
  { net: '::', prefix: 96, why: 'unspecified, loopback, IPv4-compatible' },
  { net: '64:ff9b:1::', prefix: 48, why: 'local-use NAT64' },
  { net: 'fc00::', prefix: 7, why: 'unique local' },
  { net: 'fe80::', prefix: 10, why: 'link-local' },
  { net: 'fec0::', prefix: 10, why: 'site-local (deprecated)' },
  { net: 'ff00::', prefix: 8, why: 'multicast' },
];

/** IPv6 forms that carry an IPv4 address (in 16-bit groups `at` and `at + 1`): private when that address is. */
export const IPV4_EMBEDDINGS: readonly { net: string; prefix: number; at: number; why: string }[] = [
  { net: '::ffff:0:0', prefix: 96, at: 6, why: 'IPv4-mapped' },
  { net: '::ffff:0:0:0', prefix: 96, at: 6, why: 'IPv4-translated' },
  { net: '64:ff9b::', prefix: 96, at: 6, why: 'NAT64' },
  { net: '2002::', prefix: 16, at: 1, why: '6to4' },
];

/** Names that only mean something inside a local network (a name with no dot at all is local too). */
export const LOCAL_NAME_ENDINGS: readonly string[] = ['localhost', 'local', 'internal', 'intranet', 'lan', 'home', 'corp', 'private', 'home.arpa', 'localdomain'];

// ---- addresses as numbers ------------------------------------------------

function ipv4Number(host: string): number | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  return parts.every((n) => n <= 255) ? parts.reduce((a, n) => a * 256 + n, 0) : null;
}

/** Eight 16-bit groups of a serialised (or plain) IPv6 address, or null. */
function ipv6Groups(host: string): number[] | null {
  const h = host.replace(/^\[|\]$/g, '');
  const halves = h.split('::');
  if (halves.length > 2) return null;
  const side = (s: string) => (s ? s.split(':') : []);
  const head = side(halves[0]!);
  const tail = halves.length === 2 ? side(halves[1]!) : [];
  const fill = halves.length === 2 ? 8 - head.length - tail.length : 0;
  const parts = [...head, ...Array<string>(Math.max(0, fill)).fill('0'), ...tail];
  if (parts.length !== 8 || !parts.every((p) => /^[0-9a-f]{1,4}$/.test(p))) return null;
  return parts.map((p) => parseInt(p, 16));
}

const v4Span = (r: { net: string; prefix: number }): [number, number] => {
  const start = ipv4Number(r.net)!;
  return [start, start + 2 ** (32 - r.prefix) - 1];
};

function inIpv6Range(groups: number[], r: { net: string; prefix: number }): boolean {
  const net = ipv6Groups(r.net)!;
  for (let i = 0, bits = r.prefix; bits > 0; i++, bits -= 16) {
    const mask = bits >= 16 ? 0xffff : (0xffff << (16 - bits)) & 0xffff;
    if ((groups[i]! & mask) !== (net[i]! & mask)) return false;
  }
  return true;
}

const isPrivateIpv4 = (n: number) => PRIVATE_IPV4.some((r) => {
  const [lo, hi] = v4Span(r);
  return n >= lo && n <= hi;
});

function isPrivateIpv6(groups: number[]): boolean {
  if (PRIVATE_IPV6.some((r) => inIpv6Range(groups, r))) return true;
  const embedded = IPV4_EMBEDDINGS.find((e) => inIpv6Range(groups, e));
  return !!embedded && isPrivateIpv4(groups[embedded.at]! * 0x10000 + groups[embedded.at + 1]!);
}

/** The host as the URL parser serialises it (`0x7f.1` → `127.0.0.1`), or null when it is not a valid host. */
function canonicalHost(hostname: string): string | null {
  const raw = hostname.trim();
  const bracketed = raw.includes(':') && !raw.startsWith('[') ? `[${raw}]` : raw;
  try {
    return new URL(`http://${bracketed}/`).hostname;
  } catch {
    return null;
  }
}

/** True for host names and IP literals that point into a private or local network. */
export function isPrivateHost(hostname: string): boolean {
  const host = canonicalHost(hostname);
  if (!host) return true;
  if (host.startsWith('[')) {
    const groups = ipv6Groups(host);
    return !groups || isPrivateIpv6(groups);
  }
  const v4 = ipv4Number(host);
  if (v4 !== null) return isPrivateIpv4(v4);
  const name = host.replace(/\.$/, '');
  // A bare name without dots resolves through the local search domain.
  if (!name.includes('.')) return true;
  return LOCAL_NAME_ENDINGS.some((end) => name.endsWith(`.${end}`));
}

// ---- the same definition as URL regexes (RE2 syntax, for declarativeNetRequest) ----

const DIGITS = '0123456789abcdef';

function charClass(lo: number, hi: number, base: number): string {
  if (lo === hi) return DIGITS[lo]!;
  if (lo === 0 && hi === base - 1) return base === 10 ? '[0-9]' : '[0-9a-f]';
  const chars = DIGITS.slice(lo, hi + 1);
  // Runs of digits and of letters become ranges: [7-9a-c].
  const runs = chars.match(/[0-9]+|[a-f]+/g)!.map((r) => (r.length > 2 ? `${r[0]}-${r[r.length - 1]}` : r));
  return `[${runs.join('')}]`;
}

/** Numbers lo..hi with the same count of digits, written without leading zeros. */
function sameLength(lo: string, hi: string, base: number): string[] {
  const any = base === 10 ? '[0-9]' : '[0-9a-f]';
  const tail = (n: number) => (n === 0 ? '' : n === 1 ? any : `${any}{${n}}`);
  const d = (c: string) => DIGITS.indexOf(c);
  if (lo.length === 1) return [charClass(d(lo), d(hi), base)];
  if (lo[0] === hi[0]) return sameLength(lo.slice(1), hi.slice(1), base).map((p) => lo[0] + p);
  const rest = lo.length - 1;
  const top = DIGITS[base - 1]!.repeat(rest);
  const bottom = '0'.repeat(rest);
  const out: string[] = [];
  let first = d(lo[0]!);
  let last = d(hi[0]!);
  if (lo.slice(1) !== bottom) out.push(...sameLength(lo, lo[0] + top, base)), first++;
  const highPart = hi.slice(1) !== top ? sameLength(hi[0] + bottom, hi, base) : null;
  if (highPart) last--;
  if (first <= last) out.push(charClass(first, last, base) + tail(rest));
  if (highPart) out.push(...highPart);
  return out;
}

/** A regex for the numbers lo..hi in base 10 or 16, as the URL parser writes them (no leading zeros). */
export function numberRange(lo: number, hi: number, base: 10 | 16): string {
  const any = base === 10 ? '[0-9]' : '[0-9a-f]';
  const width = hi.toString(base).length;
  // Every number of up to `width` digits: the common case of a whole group or octet.
  if (hi === base ** width - 1 && lo <= 1 && width > 1) return lo === 0 ? `${any}{1,${width}}` : `${charClass(1, base - 1, base)}${any}{0,${width - 1}}`;
  const parts: string[] = [];
  for (let start = lo; start <= hi; ) {
    const digits = start.toString(base).length;
    const end = Math.min(hi, base ** digits - 1);
    parts.push(...sameLength(start.toString(base), end.toString(base), base));
    start = end + 1;
  }
  return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
}

/** RFC 5952 / WHATWG serialisation: lower case, the first longest run (2+) of zero groups as `::`. */
function serialiseIpv6(groups: number[]): string {
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) (best = i), (bestLen = j - i);
    i = j === i ? i + 1 : j;
  }
  const hex = groups.map((g) => g.toString(16));
  return best < 0 ? hex.join(':') : `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

// Scheme, optional user info, then the host; a host always ends at ':' (port) or '/' (path) in a serialised http(s) URL.
const START = '^https?://(?:[^/?#@]*@)?';
const END = '[:/]';
const esc = (s: string) => s.replace(/[.]/g, '\\.');
const alt = (xs: string[]) => (xs.length === 1 ? xs[0]! : `(?:${xs.join('|')})`);

function ipv4Regex(r: Range): string {
  const [lo, hi] = v4Span(r);
  const octets = [0, 1, 2, 3].map((i) => [(lo >>> (24 - 8 * i)) & 255, (hi >>> (24 - 8 * i)) & 255] as const);
  return START + octets.map(([a, b]) => (a === 0 && b === 255 ? '[0-9]{1,3}' : numberRange(a, b, 10))).join('\\.') + END;
}

/**
 * An IPv6 range as a regex: a run of zero groups up front (`::/96`), or leading
 * non-zero groups and a range of the next group (fc00::/7, 64:ff9b:1::/48).
 */
function ipv6Regex(r: Range): string {
  const net = ipv6Groups(r.net)!;
  const full = Math.floor(r.prefix / 16);
  const partial = r.prefix % 16;
  const any = '[0-9a-f]{1,4}';
  if (net.every((g) => g === 0) && partial === 0 && full >= 5) {
    return `${START}\\[::(?:${any}(?::${any}){0,${7 - full}})?\\]`;
  }
  const fixed = net.slice(0, full);
  if (fixed.some((g) => g === 0)) throw new Error(`no regex for ${r.net}/${r.prefix}: a zero group inside the prefix`);
  let head = fixed.map((g) => g.toString(16)).join(':');
  if (partial) {
    const lo = net[full]! & ((0xffff << (16 - partial)) & 0xffff);
    if (lo < 0x1000) throw new Error(`no regex for ${r.net}/${r.prefix}: its last group can be short or zero`);
    head += (head ? ':' : '') + numberRange(lo, lo + 2 ** (16 - partial) - 1, 16);
  }
  return `${START}\\[${head}:`;
}

/** An IPv4 range inside one IPv6 embedding form, as the serialiser writes it. */
function embeddedRegex(e: (typeof IPV4_EMBEDDINGS)[number], r: Range): string {
  const [lo, hi] = v4Span(r);
  const [hLo, hHi] = [lo >>> 16, hi >>> 16];
  const lowAny = r.prefix <= 16;
  const [lLo, lHi] = lowAny ? [0, 0xffff] : [lo & 0xffff, hi & 0xffff];
  const base = ipv6Groups(e.net)!;
  const write = (h: number, l: number) => serialiseIpv6(base.map((g, i) => (i === e.at ? h : i === e.at + 1 ? l : g)));
  const low = numberRange(lLo, lHi, 16);
  const forms: string[] = [];
  if (e.at === 6) {
    // Fixed groups, then "H:L"; with H = 0 the zero run may swallow it ("64:ff9b::L", "64:ff9b::").
    if (hHi > 0) forms.push(esc(write(1, 1).slice(0, -3)) + numberRange(Math.max(hLo, 1), hHi, 16) + ':' + low + '\\]');
    if (hLo === 0) {
      const zeroHigh = write(0, 1).slice(0, -1);
      forms.push(esc(zeroHigh) + `(?:${numberRange(Math.max(lLo, 1), lHi, 16)})\\]`);
      if (lLo === 0) forms.push(esc(write(0, 0)) + '\\]');
    }
  } else {
    // Group 0 fixed, then H and L, then groups that vary: only the start is matched ("2002:H:L:", "2002:H::", "2002::").
    const after = lowAny ? '' : alt([`${low}:`, ...(lLo === 0 ? [':'] : [])]);
    const head = base.slice(0, e.at).map((g) => g.toString(16)).join(':');
    if (hHi > 0) forms.push(`${head}:${numberRange(Math.max(hLo, 1), hHi, 16)}:${after}`);
    if (hLo === 0) forms.push(`${head}:(?:0:|:)`);
  }
  return `${START}\\[${alt(forms)}`;
}

function nameRegexes(): string[] {
  return [
    // No dot at all (an IPv4 literal always has dots, an IPv6 one brackets).
    `${START}[^/?#@:.\\[\\]]+\\.?${END}`,
    `${START}(?:[^/?#@:]*\\.)?${alt(LOCAL_NAME_ENDINGS.map(esc))}\\.?${END}`,
  ];
}

/**
 * The definition above as URL regexes, one small regex per range and form:
 * Chrome refuses a regexFilter whose compiled program exceeds 2 KB, so the
 * rules stay many and short rather than few and long.
 */
export function privateNetworkRegexes(): string[] {
  return [
    ...nameRegexes(),
    ...PRIVATE_IPV4.map(ipv4Regex),
    ...PRIVATE_IPV6.map(ipv6Regex),
    ...IPV4_EMBEDDINGS.flatMap((e) => PRIVATE_IPV4.map((r) => embeddedRegex(e, r))),
  ];
}
