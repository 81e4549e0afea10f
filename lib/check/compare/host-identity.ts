import { siteOf } from '../../extract/links/normalize-url';
import { scriptCounts } from '../../text/script';

// RFC 3492 (Punycode) parameters.
const BASE = 36;
const TMIN = 1;
const TMAX = 26;
const SKEW = 38;
const DAMP = 700;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - TMIN) * TMAX) >> 1) {
    d = Math.floor(d / (BASE - TMIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - TMIN + 1) * d) / (d + SKEW));
}

/** One "xn--" label's Unicode form (RFC 3492 decoding), or null when it is not valid Punycode. */
function decodeLabel(encoded: string): string | null {
  const cut = encoded.lastIndexOf('-');
  const out = cut > 0 ? Array.from(encoded.slice(0, cut), (c) => c.codePointAt(0)!) : [];
  let n = 128;
  let i = 0;
  let bias = 72;
  for (let at = cut > 0 ? cut + 1 : 0; at < encoded.length; ) {
    const oldi = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (at >= encoded.length) return null;
      const c = encoded.charCodeAt(at++);
      const digit = c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? c - 22 : -1;
      if (digit < 0) return null;
      i += digit * w;
      const t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
    }
    bias = adapt(i - oldi, out.length + 1, oldi === 0);
    n += Math.floor(i / (out.length + 1));
    i %= out.length + 1;
    out.splice(i++, 0, n);
  }
  try {
    return String.fromCodePoint(...out);
  } catch {
    return null;
  }
}

/** A host as a reader would see it: Punycode labels decoded. */
export function unicodeHost(host: string): string {
  return host
    .split('.')
    .map((label) => (label.startsWith('xn--') ? (decodeLabel(label.slice(4)) ?? label) : label))
    .join('.');
}

// Scripts whose letters look alike: one label mixing them is how look-alike domains are made.
const CONFUSABLE = ['latin', 'cyrillic', 'greek'] as const;

/** What a host is, for identity: its registrable domain, its readable form, and whether a label mixes look-alike scripts. */
export interface HostIdentity {
  host: string;
  shown: string;
  site: string;
  mixedScript: boolean;
}

export function hostIdentity(host: string): HostIdentity {
  const h = host.toLowerCase().replace(/\.$/, '');
  const shown = unicodeHost(h);
  const mixedScript = shown.split('.').some((label) => {
    const counts = scriptCounts(label, 100);
    return CONFUSABLE.filter((s) => (counts.get(s) ?? 0) > 0).length > 1;
  });
  return { host: h, shown, site: siteOf(h), mixedScript };
}
