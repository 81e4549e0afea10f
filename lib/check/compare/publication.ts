import type { Finding, SourceMeta } from '../../schema/check';
import type { Attribution } from '../../schema/source';
import { outletForName, outletForUrl, outletKey } from '../../outlets/lookup';
import { finding } from './finding';

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

  if (claimed) {
    if (byDomain?.id === claimed.id || bySite?.id === claimed.id) {
      const via = byDomain?.id === claimed.id ? host : `site name “${siteName}”`;
      return finding('publication', true, 'publication.match', params, `The text names ${label}; the source is ${claimed.en} (${via}).`);
    }
    const actual = byDomain ?? bySite;
    if (actual) {
      return finding('publication', false, 'publication.mismatch', { ...params, actual: actual.en }, `The text names ${label}, but the source is ${actual.en} (${host}).`);
    }
    if (siteName) {
      return finding('publication', false, 'publication.mismatch', { ...params, actual: siteName }, `The text names ${label}, but the source calls itself “${siteName}” (${host}).`);
    }
    return finding('publication', null, 'publication.unknown', params, `The text names ${label}; ${host} is not a known domain of it and the page gives no site name.`);
  }
  // A publication the table does not know: compare names directly.
  const key = outletKey(attribution.publication);
  const hostKey = outletKey(host.split('.').slice(0, -1).join(''));
  if (key && ((siteName && (outletKey(siteName).includes(key) || key.includes(outletKey(siteName)))) || hostKey.includes(key))) {
    return finding('publication', true, 'publication.match', params, `The text names ${label}; the source’s site is “${siteName ?? host}”.`);
  }
  return finding('publication', null, 'publication.unknown', params, `The text names ${label}; the source is “${siteName ?? host}”, which cannot be matched to it.`);
}
