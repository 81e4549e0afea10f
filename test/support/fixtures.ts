import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../../lib/platform/html';
import { REFERENCE_ARTICLE_URL, REFERENCE_SOURCE_URL } from '../web/routes';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SITES = join(ROOT, 'test/web/sites');
export const CORPORA = resolve(ROOT, '../shared/corpora');

export function fixtureHtml(file: string): string {
  return readFileSync(join(SITES, file), 'utf8');
}

export function referenceArticle(): { doc: Document; url: string } {
  return { doc: parseHtml(fixtureHtml('chinese.aljazeera.net/kazakhstan-russia.html')), url: REFERENCE_ARTICLE_URL };
}

export function referenceSource(): { html: string; url: string } {
  return { html: fixtureHtml('foreignpolicy.com/kazakhstan-russia-ukraine-war.html'), url: REFERENCE_SOURCE_URL };
}
