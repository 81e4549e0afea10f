import type { Finding } from '../../schema/check';
import type { CitedSource } from '../../schema/source';
import { truncate } from '../../text/clean';
import { contentTokens } from '../../text/tokens';
import { finding } from './finding';

/** What kind of reference page a link points at, and why Source Lens thinks so. */
export interface DefinitionLink {
  kind: 'encyclopedia' | 'wiki' | 'dictionary' | 'glossary' | 'documentation';
  /** Why Source Lens thinks so, as data: the outlet's name or the host (worded by reference_why_* messages). */
  name: string;
}

const DICTIONARY_HOSTS = /(?:^|\.)(?:merriam-webster\.com|dictionary\.com|dictionary\.cambridge\.org|collinsdictionary\.com|oxfordlearnersdictionaries\.com|oed\.com|wiktionary\.org|thefreedictionary\.com|macmillandictionary\.com|vocabulary\.com|zdic\.net|moedict\.tw|dict\.revised\.moe\.edu\.tw)$/i;
const DICTIONARY_PATH = /\/(?:dictionary|definition|define|dict|词典|詞典|字典)(?:\/|$)/i;
const GLOSSARY_PATH = /\/(?:glossary|glossaire|glossar|lexicon|terms)(?:\/|$)|\/(?:glossary|terms?)[-_]/i;
const DOCS_HOST = /^(?:docs|developer|developers|devdocs|learn)\./i;
const DOCS_PATH = /\/(?:docs|documentation|manual|api-reference)(?:\/|$)/i;
const WIKI_PATH = /\/wiki\//i;
// A term is a few words, not a sentence: longer anchors are claims or headlines.
const MAX_TERM_WORDS = 8;
const MAX_TERM_CHARS = 80;

/**
 * A link the article uses to explain a term: an encyclopedia, wiki, dictionary,
 * glossary or documentation page, linked from a short anchor that names the term
 * and not cited for anything the article attributes to it.
 */
export function definitionLink(source: CitedSource, claimCount: number): DefinitionLink | null {
  if (claimCount > 0 || (source.role !== 'reference' && source.role !== 'other')) return null;
  if (source.attribution.publication || source.attribution.author) return null;
  const anchor = source.text.trim();
  if (!anchor || anchor.length > MAX_TERM_CHARS || anchor.split(/\s+/).length > MAX_TERM_WORDS) return null;
  let url: URL;
  try {
    url = new URL(source.url);
  } catch {
    return null;
  }
  const host = url.hostname;
  const path = decodeURIComponent(url.pathname);
  if (source.outlet?.type === 'encyclopedia') return { kind: 'encyclopedia', name: source.outlet.name };
  if (WIKI_PATH.test(path)) return { kind: 'wiki', name: host };
  if (DICTIONARY_HOSTS.test(host) || DICTIONARY_PATH.test(path)) return { kind: 'dictionary', name: host };
  if (GLOSSARY_PATH.test(path)) return { kind: 'glossary', name: host };
  if (DOCS_HOST.test(host) || DOCS_PATH.test(path)) return { kind: 'documentation', name: host };
  return null;
}

const LEAD_CHARS = 600;

/**
 * Is the page about the term the article links it for? The anchor's content
 * words against the page's title, then its opening text: all there → on topic;
 * none → off topic (the link points at the wrong page); some → cannot say.
 */
export function compareTopic(anchorText: string, title: string | null, text: string, lang: string | null, link: DefinitionLink): Finding | null {
  const anchor = anchorText.trim();
  const words = [...new Set(contentTokens(anchor, lang))];
  if (!words.length) return null;
  const pageTitle = (title ?? '').trim();
  const lead = text.slice(0, LEAD_CHARS);
  const titleWords = new Set(contentTokens(pageTitle, lang));
  const leadWords = new Set(contentTokens(lead, lang));
  const params = { term: anchor, title: pageTitle, kind: link.kind, name: link.name };
  const inTitle = words.filter((w) => titleWords.has(w));
  // "Tourist taxes" for a page titled "Tourist tax", or a title the anchor spells out in full.
  if (inTitle.length === words.length || (titleWords.size > 0 && [...titleWords].every((w) => words.includes(w)))) {
    return finding('topic', true, 'topic.title', params);
  }
  const inLead = words.filter((w) => leadWords.has(w));
  if (inLead.length === words.length) {
    const opening = truncate(lead.split(/\n\s*\n/)[0] ?? lead, 200);
    return finding('topic', true, 'topic.lead', { ...params, lead: opening });
  }
  if (!inTitle.length && !inLead.length) {
    return finding('topic', false, 'topic.off', params);
  }
  const matched = new Set([...inTitle, ...inLead]).size;
  return finding('topic', null, 'topic.partial', { ...params, matched, total: words.length });
}
