import type { ReadabilityBody } from '../body';
import type { LdArticle } from './json-ld';
import type { MetaTags } from './meta-tags';

/** What the metadata fields are read from, gathered once per page. */
export interface PageSources {
  doc: Document;
  pageUrl: string;
  tags: MetaTags;
  /** The page's JSON-LD article, if it has one. */
  ld: LdArticle | null;
  /** Readability's guesses and the article element. */
  body: ReadabilityBody | null;
  /** The site's own names: cut from titles, not taken for a person. */
  siteNames: string[];
}
