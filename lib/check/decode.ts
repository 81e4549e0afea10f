/**
 * Bytes to text the way a browser would: BOM (or UTF-16's zero bytes), then the
 * Content-Type charset, then <meta charset>/http-equiv, then a guess from the
 * bytes — also when the declared charset turns the text into replacement characters.
 */

const ALIASES: Record<string, string> = {
  gb2312: 'gb18030', gbk: 'gb18030', 'x-gbk': 'gb18030', 'cp936': 'gb18030', 'big5-hkscs': 'big5', 'x-sjis': 'shift_jis',
  sjis: 'shift_jis', 'ms932': 'shift_jis', 'windows-31j': 'shift_jis', 'ks_c_5601-1987': 'euc-kr', 'cp949': 'euc-kr',
  'latin1': 'windows-1252', 'iso-8859-1': 'windows-1252', 'us-ascii': 'windows-1252', 'cp1251': 'windows-1251', utf8: 'utf-8',
};

function canonicalCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  const name = ALIASES[l] ?? l;
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return null;
  }
}

function bomCharset(bytes: Uint8Array): { charset: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', skip: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', skip: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', skip: 2 };
  return null;
}

/** <meta charset="…"> or <meta http-equiv="Content-Type" content="…; charset=…"> in the first 4 KB. */
function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096));
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m ? m[1]! : null;
}

export function contentTypeCharset(contentType: string | undefined): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m ? m[1]! : null;
}

// Candidates for pages that declare nothing, and the script each should produce.
const GUESSES: { charset: string; expect: RegExp }[] = [
  { charset: 'gb18030', expect: /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/ },
  { charset: 'big5', expect: /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/ },
  { charset: 'shift_jis', expect: /[\u3040-\u30ff\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/ },
  { charset: 'euc-kr', expect: /[\uac00-\ud7af\u3130-\u318f]/ },
  { charset: 'windows-1251', expect: /[\u0400-\u04ff]/ },
  { charset: 'windows-1252', expect: /[\u00c0-\u00ff]/ },
];

/** Which legacy encoding makes most sense of bytes that are not UTF-8. */
function sniffCharset(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, 64 * 1024);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, sampleEnd(sample)));
    return 'utf-8';
  } catch {
    // not UTF-8: try the legacy encodings
  }
  let best = 'windows-1252';
  let bestScore = -Infinity;
  for (const { charset, expect } of GUESSES) {
    let text: string;
    try {
      text = new TextDecoder(charset).decode(sample);
    } catch {
      continue;
    }
    let good = 0;
    let bad = 0;
    let common = 0;
    for (const ch of text) {
      if (ch === '\ufffd') bad++;
      else if (expect.test(ch)) {
        good++;
        if (COMMON_HAN.includes(ch) || COMMON_KANA.includes(ch) || COMMON_OTHER.includes(ch)) common++;
      }
    }
    // Frequent characters decide between encodings that all produce "some" Han text.
    const score = good + common * 20 - bad * 50;
    if (score > bestScore) {
      bestScore = score;
      best = charset;
    }
  }
  return best;
}

// The commonest characters of Chinese (both scripts), Japanese, Korean and Russian.
const COMMON_HAN = '的一是不了在人有我他这個个们中来上大为和国國地到以说說时時要就出会會可也你对對生能而子那得于於着下自之年过過发發后後作里裡用道行所然家种種事成方多经經么去法学學如都同现現当當没動动面起看定天分还還进進好小部其些主样樣理心她本前开開但因只从從想实實日';
const COMMON_KANA = 'のにはをたがでてとしれさあいうかるすなこ';
const COMMON_OTHER = '이의가에는을다하고지기를сниеоатвлрк';

// Do not let a multi-byte character cut at the sample's end fail the UTF-8 test.
function sampleEnd(sample: Uint8Array): number {
  let end = sample.length;
  for (let i = 0; i < 4 && end > 0 && (sample[end - 1]! & 0xc0) === 0x80; i++) end--;
  if (end > 0 && sample[end - 1]! >= 0xc0) end--;
  return end;
}

export interface Decoded {
  text: string;
  charset: string;
  /** Where the charset came from. */
  from: 'bom' | 'header' | 'meta' | 'sniffed';
}

// A declared charset that turns this share of the text into U+FFFD is wrong (a GBK page labelled UTF-8);
// a few stray bytes, or a character cut at the body cap, are not.
const WRONG_LABEL_SHARE = 0.002;
const WRONG_LABEL_MIN = 4;

function replacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/** Text in a declared charset, or in the sniffed one when the declaration decodes into replacement characters. */
function decodeDeclared(bytes: Uint8Array, charset: string, from: 'header' | 'meta'): Decoded {
  const text = new TextDecoder(charset).decode(bytes);
  const bad = replacements(text);
  if (bad < WRONG_LABEL_MIN || bad < text.length * WRONG_LABEL_SHARE) return { text, charset, from };
  const sniffed = sniffCharset(bytes);
  if (sniffed === charset) return { text, charset, from };
  const retry = new TextDecoder(sniffed).decode(bytes);
  return replacements(retry) < bad / 4 ? { text: retry, charset: sniffed, from: 'sniffed' } : { text, charset, from };
}

/** UTF-16 without a BOM: every other byte of ASCII markup is zero. */
function utf16Charset(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.1) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.1) return 'utf-16be';
  return null;
}

export function decodeBody(bytes: Uint8Array, contentType?: string): Decoded {
  const bom = bomCharset(bytes);
  if (bom) return { text: new TextDecoder(bom.charset).decode(bytes.subarray(bom.skip)), charset: bom.charset, from: 'bom' };
  const wide = utf16Charset(bytes);
  if (wide) return { text: new TextDecoder(wide).decode(bytes), charset: wide, from: 'sniffed' };
  const header = canonicalCharset(contentTypeCharset(contentType));
  if (header) return decodeDeclared(bytes, header, 'header');
  const meta = canonicalCharset(metaCharset(bytes));
  // A page that says utf-16 in a meta tag cannot be, since the tag was readable as ASCII.
  if (meta && !meta.startsWith('utf-16')) return decodeDeclared(bytes, meta, 'meta');
  const sniffed = sniffCharset(bytes);
  return { text: new TextDecoder(sniffed).decode(bytes), charset: sniffed, from: 'sniffed' };
}
