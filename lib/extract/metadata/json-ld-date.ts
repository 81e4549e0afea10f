import type { LdNode } from './json-ld';

/**
 * The publication date of the page's own JSON-LD entity when it is not an
 * article type: how-tos, recipes, videos and podcast episodes carry
 * `datePublished` too. Only top-level nodes count (nested ones are parts or
 * mentions of the page, not the page).
 */
export function jsonLdAnyDatePublished(nodes: LdNode[]): string | null {
  for (const node of nodes) {
    const value = node['datePublished'];
    if (typeof value === 'string' && value.trim()) return value;
  }
  return null;
}
