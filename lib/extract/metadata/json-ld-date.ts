import { readJsonLdNodes } from './json-ld';

/**
 * The publication date of the page's own JSON-LD entity when it is not an
 * article type: how-tos, recipes, videos and podcast episodes carry
 * `datePublished` too. Only top-level nodes count (nested ones are parts or
 * mentions of the page, not the page).
 */
export function readJsonLdAnyDatePublished(doc: Document): string | null {
  for (const node of readJsonLdNodes(doc)) {
    const value = node['datePublished'];
    if (typeof value === 'string' && value.trim()) return value;
  }
  return null;
}
