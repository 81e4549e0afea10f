import type { Finding, SourceMeta } from '../../schema/check';
import type { Attribution } from '../../schema/source';
import { outletForName, outletForUrl, outletKey } from '../../outlets/lookup';
import { finding } from './finding';
import { archivedOriginal } from './archived-copy';
import { hostIdentity } from './host-identity';
import type { Lexicon } from '../../text/lexicon/lexicon';
import { matchOrganisation, type OrgMatch } from './org-match';


/** An organisation-name answer as a finding: match or related (a parent or a part) pass; unknown never fails. */
function orgFinding(m: OrgMatch, params: Record<string, string>): Finding {
  // `how` (table, abbreviation, words, host, lexicon, parent, part…) is worded by the org_how_* messages.
  const p = { ...params, actual: m.against, how: m.how };
  if (m.result === 'match') return finding('publication', true, 'publication.org-match', p);
  if (m.result === 'related') return finding('publication', true, 'publication.org-related', p);
  return finding('publication', null, 'publication.org-unknown', p);
}

// Who is reported on, and who reports (outlet types).
const REPORTED_ON = new Set(['government', 'organization', 'social', 'think-tank', 'journal']);
const REPORTING = new Set(['news', 'agency', 'magazine', 'encyclopedia', 'blog']);

function named(a: Attribution): string {
  return a.publicationEn && a.publicationEn !== a.publication ? `${a.publication} (${a.publicationEn})` : a.publication ?? '';
}

/** Is the source the publication the article names? Through the outlet table, then by name. */
export function comparePublication(attribution: Attribution, finalUrl: string, source: SourceMeta | null, lexicon: Lexicon | null = null): Finding | null {
  if (!attribution.publication) return null;
  // An archive's copy of a page is that page: who published it comes from the original address.
  const original = archivedOriginal(finalUrl);
  // An archive's copy: the original's host, then the archive's in brackets (no words, so every language reads it).
  const archive = original ? ` (${new URL(finalUrl).hostname})` : '';
  const archiver = original ? outletForUrl(finalUrl) : null;
  if (original) finalUrl = original;
  const host = new URL(finalUrl).hostname.replace(/^www\./, '') + archive;
  const claimed = (attribution.outlet ? outletForName(attribution.outlet.name) : null) ?? outletForName(attribution.publication);
  const byDomain = outletForUrl(finalUrl);
  // The archive's own name (read from the outlet table for its address) is not the archived page's.
  const siteName = source?.siteName && !(archiver && outletForName(source.siteName)?.id === archiver.id) ? source.siteName : null;
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
    // Another outlet's page carrying the named agency's copy (Reuters on the Guardian): related, not a mismatch.
    const wire = source?.wire?.find((w) => outletForName(w.name)?.id === claimed.id);
    const paper = byDomain ?? (bySite && bySite.id !== claimed.id ? bySite : null);
    if (wire && (paper || (siteName && !bySite))) {
      const actual = paper?.en ?? siteName!;
      // `via` (byline, json-ld, dateline, credit line) is worded by the wire_via_* messages.
      return finding('publication', true, 'publication.republishes', { ...params, actual, agency: claimed.en, via: wire.via });
    }
    // A body that is reported on (Facebook, the WHO, a ministry, a journal) linked to news coverage: the article
    // may cite the report of what it said. Not its own publication, and not a contradiction either.
    if (byDomain && REPORTED_ON.has(claimed.type) && REPORTING.has(byDomain.type)) {
      return finding('publication', null, 'publication.reported-by', { ...params, actual: byDomain.en, claimed: claimed.en });
    }
    // A parent, a part, an abbreviation or the English name of the same body is no mismatch.
    const org = matchOrganisation(attribution.publication, { host, siteName }, lexicon);
    if (org.result === 'match' || org.result === 'related') return orgFinding(org, params);
    const actual = byDomain ?? bySite;
    if (actual) {
      return finding('publication', false, 'publication.mismatch', { ...params, actual: actual.en });
    }
    if (siteName) {
      return finding('publication', false, 'publication.mismatch', { ...params, actual: siteName });
    }
    return finding('publication', null, 'publication.unknown', params);
  }
  // A publication the table does not know: compare the names as organisation names.
  const org = matchOrganisation(attribution.publication, { host, siteName }, lexicon);
  if (org.result !== 'unknown' || byDomain) return orgFinding(org, params);
  const key = outletKey(attribution.publication);
  const hostKey = outletKey(host.split('.').slice(0, -1).join(''));
  if (key && ((siteName && (outletKey(siteName).includes(key) || key.includes(outletKey(siteName)))) || hostKey.includes(key))) {
    return finding('publication', true, 'publication.match', { ...params, actual: siteName ?? host });
  }
  return finding('publication', null, 'publication.unknown', params);
}
