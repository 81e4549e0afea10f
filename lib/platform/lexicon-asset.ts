/** Where the build puts the compiled zh↔en lexicon, relative to the extension's root. */
export const LEXICON_ASSET = 'lexicon/zh-en.txt';
