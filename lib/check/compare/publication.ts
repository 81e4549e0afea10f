import type { Finding, SourceMeta } from '../../schema/check';
import type { Attribution } from '../../schema/source';
import { outletForName, outletForUrl, outletKey } from '../../outlets/lookup';
import { finding } from './finding';
import { hostIdentity } from './host-identity';

function named(a: Attribution): string {
  return a.publicationEn && a.publicationEn !== a.publication ? `${a.publication} (${a.publicationEn})` : a.publication ?? '';
}

/** Is the source the publication the article names? Through the outlet table, then by name. */
export function comparePublication(attribution: Attribution, finalUrl: string, source: SourceMeta | null): Finding | null {
  if (!attribution.publication) return null;
  const host = new URL(finalUrl).hostname.replace(/^www\./, '');
  const claimed = (attribution.outlet ? outletForName(attribution.outlet.name) : null) ?? outletForName(attribution.publication);
  const byDomain = outletForUrl(finalUrl);
  const siteName = source?.siteName ?? null;
  const bySite = siteName ? outletForName(siteName) : null;
  const label = named(attribution);
  const params = { named: label, host, siteName: siteName ?? '' };

  // Identity comes from the address first: a page's own name never vouches for a domain that is not the outlet's.
  const id = hostIdentity(new URL(finalUrl).hostname);
  const address = id.shown !== id.host ? `${id.shown} (${id.host})` : id.host;
  if (id.mixedScript && byDomain?.id !== claimed?.id) {
    return finding('publication', false, 'publication.lookalike', { ...params, host: address, actual: siteName ?? id.site, claimed: claimed?.en ?? label });
  }
  if (claimed) {
    if (byDomain?.id === claimed.id) {
      return finding('publication', true, 'publication.match', { ...params, actual: claimed.en });
    }
    if (bySite?.id === claimed.id && !byDomain) {
      const domains = claimed.domains.length ? ` (${claimed.domains.join(', ')})` : '';
      return finding('publication', false, 'publication.not-their-domain', { ...params, host: address, site: id.site, actual: siteName ?? '', claimed: claimed.en, domains: claimed.domains.join(', ') });
    }
    const actual = byDomain ?? bySite;
    if (actual) {
      return finding('publication', false, 'publication.mismatch', { ...params, actual: actual.en });
    }
    if (siteName) {
      return finding('publication', false, 'publication.mismatch', { ...params, actual: siteName });
    }
    return finding('publication', null, 'publication.unknown', params);
  }
  // A publication the table does not know: compare names directly.
  const key = outletKey(attribution.publication);
  const hostKey = outletKey(host.split('.').slice(0, -1).join(''));
  if (key && ((siteName && (outletKey(siteName).includes(key) || key.includes(outletKey(siteName)))) || hostKey.includes(key))) {
    return finding('publication', true, 'publication.match', { ...params, actual: siteName ?? host });
  }
  return finding('publication', null, 'publication.unknown', params);
}
