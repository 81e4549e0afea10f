import { browser } from 'wxt/browser';
import { parseLexicon, type Lexicon } from '../text/lexicon/lexicon';
import { LEXICON_ASSET } from './lexicon-asset';


let loading: Promise<Lexicon> | null = null;

/**
 * The packaged zh↔en lexicon, read once per worker lifetime and only when a
 * check first meets a Chinese–English pair: the content script never loads it.
 */
export function loadPackagedLexicon(): Promise<Lexicon> {
  loading ??= fetch(browser.runtime.getURL(`/${LEXICON_ASSET}` as '/')).then(async (res) => {
    if (!res.ok) throw new Error(`lexicon asset: HTTP ${res.status}`);
    return parseLexicon(await res.text());
  });
  // A failed load is tried again at the next check rather than remembered.
  loading.catch(() => (loading = null));
  return loading;
}
