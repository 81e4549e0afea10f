/** Turns an href into the URL we check and key the cache on, or null when it is not a web page link. */

// Query parameters that only track the click; everything else can select content and stays.
const TRACKER = /^(?:utm_\w+|fbclid|gclid|gclsrc|dclid|msclkid|yclid|igshid|mc_cid|mc_eid|mkt_tok|_ga|_gl|_hsenc|_hsmi|hsctatracking|oly_anon_id|oly_enc_id|vero_id|wickedid|rb_clickid|s_cid|cmpid|ncid|ocid|icid|smid|smtyp|sr_share|at_medium|at_campaign|at_custom\d|spm|share_token|ref_src|ref_url|fromid|from_source|scm|xtor|wt\.mc_id|ito|trk|sc_channel|cid_source)$/i;

const ABSOLUTE = /^https?:\/\//i;
const AMP_CACHE = /^(?:[a-z0-9-]+\.)?cdn\.ampproject\.org$/i;

/** A normalised link target and the parts of it that link rules read, parsed once. */
export interface LinkTarget {
  url: string;
  host: string;
  path: string;
}

export function normalizeUrl(href: string | null | undefined, base: string): string | null {
  return normalizeLink(href, base)?.url ?? null;
}

export function normalizeLink(href: string | null | undefined, base: string): LinkTarget | null {
  if (!href) return null;
  const raw = href.trim();
  if (!raw || raw.startsWith('#')) return null;
  let url: URL;
  try {
    // An absolute address needs no base: parsing the base for every link doubles the work.
    url = ABSOLUTE.test(raw) ? new URL(raw) : new URL(raw, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname || url.username || url.password) return stripCredentials(url);
  url = unwrapAmp(url);
  // Each setter re-serialises the URL: only when there is a fragment to drop (an empty "#" too).
  if (raw.includes('#')) url.hash = '';
  // Rewrite the query only when something is removed: re-serialising changes encodings.
  if (url.search) {
    const keys = Array.from(url.searchParams.keys());
    const drop = keys.filter((k) => TRACKER.test(k));
    for (const key of drop) url.searchParams.delete(key);
  }
  let out = url.href;
  if (out.endsWith('?')) out = out.slice(0, -1);
  return { url: out, host: url.hostname, path: url.pathname };
}

function stripCredentials(url: URL): LinkTarget | null {
  if (!url.hostname) return null;
  url.username = '';
  url.password = '';
  return normalizeLink(url.href, url.href);
}

/**
 * Unwraps AMP cache and viewer addresses, which carry the publisher's own
 * address inside them, to that address exactly. Nothing is guessed: an
 * amp.example.com or /amp/ page is fetched as linked, and the canonical page it
 * declares is recorded when it is read.
 */
function unwrapAmp(url: URL): URL {
  // https://www-example-com.cdn.ampproject.org/c/s/www.example.com/path
  if (AMP_CACHE.test(url.hostname)) {
    const m = /^\/[a-z]\/(s\/)?(.+)$/.exec(url.pathname);
    if (m) {
      try {
        return unwrapAmp(new URL(`${m[1] ? 'https' : 'http'}://${m[2]}${url.search}`));
      } catch {
        return url;
      }
    }
  }
  // https://www.google.com/amp/s/www.example.com/path
  if (/^(?:www\.)?google\.[a-z.]+$/.test(url.hostname) && url.pathname.startsWith('/amp/')) {
    const rest = url.pathname.slice(5);
    try {
      return unwrapAmp(new URL(rest.startsWith('s/') ? `https://${rest.slice(2)}` : `http://${rest}`));
    } catch {
      return url;
    }
  }
  return url;
}

/** The registrable part of a host name, near enough for "same site" decisions. */
export function siteOf(host: string): string {
  const parts = host.toLowerCase().replace(/^www\./, '').split('.');
  if (parts.length <= 2) return parts.join('.');
  // Second-level public suffixes such as co.uk, com.cn, gov.cn.
  const sld = parts[parts.length - 2]!;
  const take = /^(?:co|com|net|org|gov|edu|ac|or|ne|go|mil)$/.test(sld) && parts[parts.length - 1]!.length === 2 ? 3 : 2;
  return parts.slice(-take).join('.');
}

export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}
