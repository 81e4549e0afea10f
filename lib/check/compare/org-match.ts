/**
 * Is the organisation an article names the one a source page says it is? By the outlet table,
 * abbreviations (ECTF ↔ European Cycle Trade Federation), the distinctive words of both names
 * ("the city comptroller's office" ↔ "Office of the Comptroller, City of Port Calder"), a part
 * and its parent (a centre ↔ its university), the host's registered name (ons.gov.uk,
 * eastbrook.edu), and Chinese ↔ English through the table or the bilingual lexicon.
 * A mismatch only when the table knows both and they differ, or the named outlet's domains
 * exclude this page and its name shares nothing with the page's — never on a guess.
 */
import { siteOf } from '../../extract/links/normalize-url';
import { outletForHost, outletForName, outletNames } from '../../outlets/lookup';
import type { Outlet } from '../../outlets/outlet';
import type { Lexicon } from '../../text/lexicon/lexicon';
import { readChinese } from '../../text/lexicon/read-chinese';

export type OrgAnswer = 'match' | 'related' | 'mismatch' | 'unknown';
/** How the answer was reached: the interface words the reason from it. */
export type OrgHow = 'table' | 'abbreviation' | 'words' | 'host' | 'lexicon' | 'parent' | 'part' | 'different-outlet' | 'no-evidence';

export interface OrgMatch {
  result: OrgAnswer;
  how: OrgHow;
  /** The source's name that decided it (site name, host or table name). */
  against: string;
}

export interface SourceIdentity {
  host: string;
  siteName: string | null;
}

const STOP = new Set('the of for and at in on de a an to by from'.split(' '));
// Words every organisation has: they say what kind it is, not which one.
const GENERIC = new Set(
  ('office department dept agency ministry city state county municipal national federal government bureau authority board ' +
    'council commission center centre institute association federation union group company corporation corp inc ltd co ' +
    'news daily official public services service administration committee society foundation organisation organization ' +
    'university college school trust network international global research').split(' '),
);
// Heads that name the body itself: "office", "university"; the first one written is what it is.
const HEAD = GENERIC;

interface Name {
  text: string;
  tokens: string[];
  distinctive: Set<string>;
  head: string | null;
  /** Initials of its words other than stop words: ECTF. */
  initials: string;
}

function tokensOf(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP.has(w));
}

function nameOf(text: string): Name {
  const tokens = tokensOf(text);
  const distinctive = new Set(tokens.filter((t) => !GENERIC.has(t)));
  // The head is the kind word that governs the name: "Office of the Comptroller" → office; "comptroller's office" → office.
  const firstWords = text.replace(/^the\s+/i, '').split(/\s+/);
  const ofForm = firstWords.length > 1 && /^(?:of|for)$/i.test(firstWords[1]!);
  const kinds = tokens.filter((t) => HEAD.has(t));
  const head = ofForm ? (tokens[0] && HEAD.has(tokens[0]) ? tokens[0] : null) : (kinds[kinds.length - 1] ?? null);
  return { text, tokens, distinctive, head, initials: tokens.map((t) => t[0]).join('') };
}

const isAbbreviation = (s: string) => /^[\p{Lu}\p{N}&.]{2,10}$/u.test(s.replace(/\./g, '')) && /\p{Lu}.*\p{Lu}/u.test(s);

/** One named name against one of the source's names. */
function compareNames(named: Name, source: Name): { result: OrgAnswer; how: OrgHow } | null {
  const n = named.text.trim();
  const s = source.text.trim();
  if (isAbbreviation(n) && n.replace(/\./g, '').toLowerCase() === source.initials && source.tokens.length >= 2) return { result: 'match', how: 'abbreviation' };
  if (isAbbreviation(s) && s.replace(/\./g, '').toLowerCase() === named.initials && named.tokens.length >= 2) return { result: 'match', how: 'abbreviation' };
  if (!named.distinctive.size || !source.distinctive.size) return null;
  const nInS = [...named.distinctive].every((t) => source.distinctive.has(t));
  const sInN = [...source.distinctive].every((t) => named.distinctive.has(t));
  if (nInS && sInN) return { result: 'match', how: 'words' };
  // "the city comptroller's office" ↔ "Office of the Comptroller, City of Port Calder": the same kind of body, placed.
  if (nInS) return named.head && named.head === source.head ? { result: 'match', how: 'words' } : { result: 'related', how: 'part' };
  if (sInN) return { result: 'related', how: 'parent' };
  return null;
}

/** The labels of a host that may carry a name: comptroller.portcalder.example → comptroller, portcalder. */
function hostLabels(host: string): { labels: string[]; site: string } {
  const h = host.toLowerCase().replace(/^www\./, '');
  const site = siteOf(h);
  const registered = site.split('.')[0]!;
  const sub = h.slice(0, Math.max(0, h.length - site.length - 1)).split('.').filter((l) => l && l !== 'www');
  return { labels: [registered, ...sub], site };
}

/** A name against the host's registered name: "Office for National Statistics" ↔ ons.gov.uk, "Eastbrook University" ↔ eastbrook.edu. */
function compareHost(named: Name, host: string): { result: OrgAnswer; how: OrgHow } | null {
  const { labels } = hostLabels(host);
  const joined = [...named.distinctive].join('');
  for (const label of labels) {
    if (label.length < 2) continue;
    if (named.tokens.length >= 2 && label === named.initials) return { result: 'match', how: 'abbreviation' };
    if (isAbbreviation(named.text.trim()) && label === named.text.replace(/\./g, '').toLowerCase()) return { result: 'match', how: 'host' };
    if (joined && (label === joined || label === named.tokens.join(''))) return { result: 'match', how: 'host' };
  }
  const registered = labels[0]!;
  // A part of a body on its parent's domain: "Eastbrook University's Center for Urban Finance" on eastbrook.edu.
  if (registered.length >= 4 && named.distinctive.has(registered)) return { result: 'related', how: 'parent' };
  if (registered.length >= 6 && joined.includes(registered)) return { result: 'related', how: 'parent' };
  return null;
}

/** English words for a Chinese name: the table's English name, else the lexicon's glosses (first sense of each word). */
function englishFor(name: string, lexicon: Lexicon | null): { text: string; how: OrgHow } | null {
  const outlet = outletForName(name);
  if (outlet) return { text: outlet.en, how: 'table' };
  if (!lexicon) return null;
  const words = readChinese(name, lexicon);
  if (!words.length || words.some((w) => !w.words.length)) return null;
  return { text: words.map((w) => w.words[0]).join(' '), how: 'lexicon' };
}

const rank: Record<OrgAnswer, number> = { match: 3, related: 2, unknown: 1, mismatch: 0 };

/** Whether a named organisation is the source: match, related (a parent or a part), mismatch, or unknown. */
export function matchOrganisation(named: string, source: SourceIdentity, lexicon: Lexicon | null = null): OrgMatch {
  const claimed = outletForName(named);
  const byHost = outletForHost(source.host);
  const bySite = source.siteName ? outletForName(source.siteName) : null;
  const actual: Outlet | null = byHost ?? bySite;
  if (claimed && actual) {
    if (claimed.id === actual.id) return { result: 'match', how: 'table', against: actual.en };
  }
  // Every way the article's name may be written: as written, the table's names, its English reading.
  const namedForms: { name: Name; how: OrgHow | null }[] = [{ name: nameOf(named), how: null }];
  for (const n of claimed ? outletNames(claimed) : []) namedForms.push({ name: nameOf(n), how: 'table' });
  if (/\p{Script=Han}/u.test(named)) {
    const en = englishFor(named, lexicon);
    if (en) namedForms.push({ name: nameOf(en.text), how: en.how });
  }
  const sourceForms: Name[] = [];
  if (source.siteName) sourceForms.push(nameOf(source.siteName));
  for (const n of actual ? outletNames(actual) : []) sourceForms.push(nameOf(n));
  if (source.siteName && /\p{Script=Han}/u.test(source.siteName)) {
    const en = englishFor(source.siteName, lexicon);
    if (en) sourceForms.push(nameOf(en.text));
  }

  let best: OrgMatch | null = null;
  const consider = (m: { result: OrgAnswer; how: OrgHow } | null, against: string, via: OrgHow | null) => {
    if (!m) return;
    const how = via && m.result !== 'mismatch' ? (via === 'lexicon' ? 'lexicon' : m.how) : m.how;
    if (!best || rank[m.result] > rank[best.result]) best = { result: m.result, how, against };
  };
  for (const n of namedForms) {
    for (const s of sourceForms) consider(compareNames(n.name, s), s.text, n.how);
    consider(compareHost(n.name, source.host), source.host, n.how);
  }
  if (best) return best;
  // Both in the table and different: a different outlet, said with certainty.
  if (claimed && actual && claimed.id !== actual.id) return { result: 'mismatch', how: 'different-outlet', against: actual.en };
  return { result: 'unknown', how: 'no-evidence', against: source.siteName ?? source.host };
}
