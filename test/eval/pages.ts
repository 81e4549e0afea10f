import { decodeBody } from '../../lib/check/decode';
import { parseHtml } from '../../lib/platform/html';
import { readCorpusHtml } from './corpora';

/** Reads a corpus page and parses it as the extension would see it. */
export function loadPage(path: string): Document {
  return parseHtml(readCorpusHtml(path, (bytes) => decodeBody(bytes).text));
}

export function loadHtml(path: string): string {
  return readCorpusHtml(path, (bytes) => decodeBody(bytes).text);
}
