import type { Finding, SourceMeta } from '../../schema/check';
import type { Attribution } from '../../schema/source';
import { outletForName, outletForUrl, outletKey } from '../../outlets/lookup';
import { finding } from './finding';
import { hostIdentity } from './host-identity';
import type { Lexicon } from '../../text/lexicon/lexicon';
import { matchOrganisation, type OrgMatch } from './org-match';

const HOW_EN: Record<OrgMatch['how'], string> = {
  table: 'the same body in the outlet table',
  abbreviation: 'one name abbreviates the other',
  words: 'the names share their distinctive words',
  host: 'the address is registered to that name',
  lexicon: 'the Chinese name read into English through CC-CEDICT',
  parent: 'the source is the body it belongs to',
  part: 'the source is a part of it',
  'different-outlet': 'a different outlet',
  'no-evidence': 'nothing links the two names',
};

/** An organisation-name answer as a finding: match or related (a parent or a part) pass; unknown never fails. */
function orgFinding(m: OrgMatch, label: string, params: Record<string, string>): Finding {
  const p = { ...params, actual: m.against, how: m.how };
  if (m.result === 'match') return finding('publication', true, 'publication.org-match', p, `The text names ${label}; the source is “${m.against}” (${params.host}): ${HOW_EN[m.how]}.`);
  if (m.result === 'related') {
    return finding('publication', true, 'publication.org-related', p, `The text names ${label}; the source is “${m.against}” (${params.host}), related to it: ${HOW_EN[m.how]}.`);
  }
  return finding('publication', null, 'publication.org-unknown', p, `The text names ${label}; the source is “${m.against}” (${params.host}) — cannot tell whether that is the same body or one reporting on it.`);
}

function named(a: Attribution): string {
  return a.publicationEn && a.publicationEn !== a.publication ? `${a.publication} (${a.publicationEn})` : a.publication ?? '';
}

/** Is the source the publication the article names? Through the outlet table, then by name. */
export function comparePublication(attribution: Attribution, finalUrl: string, source: SourceMeta | null, lexicon: Lexicon | null = null): Finding | null {
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
  const lookAlike = id.mixedScript ? '; its address mixes Latin, Cyrillic or Greek letters that look alike' : '';
  if (id.mixedScript && byDomain?.id !== claimed?.id) {
    return finding('publication', false, 'publication.lookalike', { ...params, host: address, actual: siteName ?? id.site }, `The text names ${label}, but the source's address ${address} is a look-alike${lookAlike}, not ${claimed?.en ?? label}'s domain.`);
  }
  if (claimed) {
    if (byDomain?.id === claimed.id) {
      return finding('publication', true, 'publication.match', params, `The text names ${label}; the source is ${claimed.en} (${host}).`);
    }
    if (bySite?.id === claimed.id && !byDomain) {
      const domains = claimed.domains.length ? ` (${claimed.domains.join(', ')})` : '';
      return finding(
        'publication',
        false,
        'publication.not-their-domain',
        { ...params, host: address, actual: siteName ?? '', domains: claimed.domains.join(', ') },
        `The text names ${label}; the page calls itself “${siteName}”, but ${id.site} is not a domain of ${claimed.en}${domains}.`,
      );
    }
    // A parent, a part, an abbreviation or the English name of the same body is no mismatch.
    const org = matchOrganisation(attribution.publication, { host, siteName }, lexicon);
    if (org.result === 'match' || org.result === 'related') return orgFinding(org, label, params);
    const actual = byDomain ?? bySite;
    if (actual) {
      return finding('publication', false, 'publication.mismatch', { ...params, actual: actual.en }, `The text names ${label}, but the source is ${actual.en} (${host}).`);
    }
    if (siteName) {
      return finding('publication', false, 'publication.mismatch', { ...params, actual: siteName }, `The text names ${label}, but the source calls itself “${siteName}” (${host}).`);
    }
    return finding('publication', null, 'publication.unknown', params, `The text names ${label}; ${host} is not a known domain of it and the page gives no site name.`);
  }
  // A publication the table does not know: compare the names as organisation names.
  const org = matchOrganisation(attribution.publication, { host, siteName }, lexicon);
  if (org.result !== 'unknown' || byDomain) return orgFinding(org, label, params);
  const key = outletKey(attribution.publication);
  const hostKey = outletKey(host.split('.').slice(0, -1).join(''));
  if (key && ((siteName && (outletKey(siteName).includes(key) || key.includes(outletKey(siteName)))) || hostKey.includes(key))) {
    return finding('publication', true, 'publication.match', params, `The text names ${label}; the source’s site is “${siteName ?? host}”.`);
  }
  return finding('publication', null, 'publication.unknown', params, `The text names ${label}; the source is “${siteName ?? host}”, which cannot be matched to it.`);
}
