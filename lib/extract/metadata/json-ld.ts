import { cleanText, decodeEntities } from '../../text/clean';
import { elementsByTag } from '../dom/by-tag';

/** What an article-like JSON-LD node says, flattened to plain values. */
export interface LdArticle {
  type: string;
  headline: string | null;
  authors: string[];
  /** The author nodes' descriptions, which often open with the full name ("Stefanus Stahl - Maschinenbauer …"). */
  authorBios: string[];
  datePublished: string | null;
  dateModified: string | null;
  publisher: string | null;
  inLanguage: string | null;
  url: string | null;
  image: string | null;
  description: string | null;
  isAccessibleForFree: boolean | null;
  /** Who supplied the story when not the publisher: sourceOrganization, provider, creditText (wire copy). */
  credits: string[];
}

const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'backgroundnewsarticle', 'reviewnewsarticle', 'askpublicnewsarticle', 'blogposting', 'liveblogposting',
  'socialmediaposting', 'scholarlyarticle', 'techarticle', 'report', 'medicalscholarlyarticle', 'satiricalarticle',
  'advertisercontentarticle', 'discussionforumposting', 'webpage', 'itempage', 'creativework',
]);
// Generic page types only count when nothing more specific is there.
const WEAK_TYPES = new Set(['webpage', 'itempage', 'creativework']);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type LdNode = { [k: string]: Json };

function parseJson(text: string): Json | undefined {
  const body = text
    .replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .trim();
  if (!body) return undefined;
  // Hand-written blocks slip: trailing commas, raw newlines in strings, a stray brace after the end.
  const attempts = [body, firstValue(body), body.replace(/,\s*([}\]])/g, '$1').replace(/[\r\n\t]+/g, ' ')];
  for (const text of attempts) {
    if (!text) continue;
    try {
      return JSON.parse(text) as Json;
    } catch {
      // try the next repair
    }
  }
  return undefined;
}

/** The first complete JSON object or array in a text, by bracket matching outside strings. */
function firstValue(text: string): string | null {
  const start = text.search(/[{[]/);
  if (start < 0) return null;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  return null;
}

/** Every object node in the JSON-LD blocks, with @graph and arrays flattened. */
export function readJsonLdNodes(doc: Document): LdNode[] {
  const nodes: LdNode[] = [];
  const visit = (value: Json, depth: number) => {
    if (depth > 6 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1);
      return;
    }
    nodes.push(value);
    const graph = value['@graph'];
    if (graph) visit(graph, depth + 1);
  };
  // script[type="application/ld+json"], the type compared without case as selectors compare it.
  for (const script of elementsByTag(doc, 'script').filter((s) => s.getAttribute('type')?.toLowerCase() === 'application/ld+json')) {
    const data = parseJson(script.textContent ?? '');
    if (data !== undefined) visit(data, 0);
  }
  return nodes;
}

function types(node: LdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase().replace(/^.*[/#:]/, ''));
}

function str(value: Json | undefined): string | null {
  if (typeof value === 'string') return cleanText(decodeEntities(value)) || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return str(value[0]);
  if (value && typeof value === 'object') return str(value['name'] ?? value['@value'] ?? value['url'] ?? value['@id']);
  return null;
}

function names(value: Json | undefined, byId: Map<string, LdNode>): string[] {
  if (value === null || value === undefined) return [];
  if (typeof value === 'string') return [cleanText(value)].filter(Boolean);
  if (Array.isArray(value)) return value.flatMap((v) => names(v, byId));
  if (typeof value === 'object') {
    const ref = typeof value['@id'] === 'string' ? byId.get(value['@id']) : undefined;
    const node = value['name'] === undefined && ref ? ref : value;
    const name = node['name'];
    if (typeof name === 'string') return [cleanText(name)].filter(Boolean);
    if (Array.isArray(name)) return names(name, byId);
    const given = str(node['givenName']);
    const family = str(node['familyName']);
    if (given || family) return [[given, family].filter(Boolean).join(' ')];
  }
  return [];
}

/** The `description` of each author node, following @id references. */
function bios(value: Json | undefined, byId: Map<string, LdNode>): string[] {
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const v of list) {
    if (!v || typeof v !== 'object' || Array.isArray(v)) continue;
    const ref = typeof v['@id'] === 'string' ? byId.get(v['@id']) : undefined;
    const text = str(v['description']) ?? (ref ? str(ref['description']) : null);
    if (text) out.push(text);
  }
  return out;
}

function bool(value: Json | undefined): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    if (/^(true|yes|1)$/i.test(value.trim())) return true;
    if (/^(false|no|0)$/i.test(value.trim())) return false;
  }
  return null;
}

/** The most article-like of a page's nodes (read once, by readJsonLdNodes): specific article types first, then the one with most fields. */
export function jsonLdArticle(nodes: LdNode[]): LdArticle | null {
  if (!nodes.length) return null;
  const byId = new Map<string, LdNode>();
  for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);

  let best: LdNode | null = null;
  let bestScore = -1;
  for (const node of nodes) {
    const ts = types(node);
    const article = ts.some((t) => ARTICLE_TYPES.has(t));
    if (!article) continue;
    const weak = ts.every((t) => WEAK_TYPES.has(t));
    const score =
      (weak ? 0 : 10) +
      (node['headline'] ? 3 : 0) +
      (node['author'] ? 2 : 0) +
      (node['datePublished'] ? 2 : 0) +
      (node['articleBody'] ? 1 : 0);
    if (score > bestScore) {
      best = node;
      bestScore = score;
    }
  }
  if (!best) return null;
  const publisherNode = best['publisher'];
  const publisherRef =
    publisherNode && typeof publisherNode === 'object' && !Array.isArray(publisherNode) && typeof publisherNode['@id'] === 'string'
      ? byId.get(publisherNode['@id'])
      : undefined;
  return {
    type: types(best)[0] ?? 'article',
    headline: str(best['headline']) ?? str(best['name']),
    authors: names(best['author'], byId).concat(best['author'] ? [] : names(best['creator'], byId)),
    authorBios: bios(best['author'] ?? best['creator'], byId),
    datePublished: str(best['datePublished']) ?? str(best['dateCreated']),
    dateModified: str(best['dateModified']),
    publisher: names(publisherRef ?? publisherNode, byId)[0] ?? null,
    inLanguage: str(best['inLanguage']),
    url: str(best['url']) ?? str(best['mainEntityOfPage']),
    image: str(best['image']) ?? str(best['thumbnailUrl']),
    description: str(best['description']),
    isAccessibleForFree: bool(best['isAccessibleForFree']),
    credits: [...names(best['sourceOrganization'], byId), ...names(best['provider'], byId), ...names(best['creditText'], byId)],
  };
}

/** The site's own name from a WebSite or Organization node, when present. */
export function jsonLdSiteName(nodes: LdNode[]): string | null {
  for (const node of nodes) {
    const ts = types(node);
    if (ts.includes('website') || ts.includes('newsmediaorganization')) {
      const name = str(node['name']);
      if (name) return name;
    }
  }
  return null;
}
