/**
 * Decides whether two spellings of a personal name, possibly in different
 * scripts, name the same person: 蒂穆尔·乌姆洛夫 ↔ Temur Umarov,
 * 习近平 ↔ Xi Jinping, Тимур Умаров ↔ Timur Umarov, Erdoğan ↔ Erdogan.
 *
 * Everything is romanised to Latin letters first. Native Chinese names are
 * then compared as exact Hanyu Pinyin; transliterated names are compared by
 * sound: each spelling becomes a sequence of consonant classes and vowels
 * (the phones) that survive transliteration, and a weighted edit distance
 * tells how far apart two sequences are. Chinese transliteration adds vowels
 * after lone consonants (Trump → 特朗普 te-lang-pu) and drops some letters
 * (Merkel → 默克尔 without the first r), so those changes cost little.
 */
import { COMPOUND_SURNAMES, PINYIN_SYLLABLES, TRANSLIT_CHARS, pinyinReadings } from './pinyin-names';

export type NameMatchResult = 'match' | 'mismatch' | 'unknown';
export interface NameMatch {
  result: NameMatchResult;
  reason: string;
}

// ---------------------------------------------------------------------------
// Cleaning and splitting
// ---------------------------------------------------------------------------

/** Longer strings are not names; bounding them keeps every step cheap. */
const MAX_NAME_CHARS = 200;
const MAX_PARTS = 6;

const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}ー]/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const GREEK = /\p{Script=Greek}/u;
const LATIN = /\p{Script=Latin}/u;

type Script = 'han' | 'kana' | 'cyrillic' | 'greek' | 'latin';

function scriptOf(ch: string): Script | null {
  if (KANA.test(ch)) return 'kana';
  if (HAN.test(ch)) return 'han';
  if (LATIN.test(ch)) return 'latin';
  if (CYRILLIC.test(ch)) return 'cyrillic';
  if (GREEK.test(ch)) return 'greek';
  return null;
}

/** Honorifics that precede names in running text; not part of the name. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame']);

/** Drops markup and entities, normalises width and dashes. */
function cleanName(input: unknown): string {
  const text = typeof input === 'string' ? input : '';
  return text
    .slice(0, 4 * MAX_NAME_CHARS)
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, ' ')
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u02BC\u02B9`´]/g, "'")
    .trim();
}

/** A raw name part: one run of letters in one script. */
interface RawPart {
  text: string;
  script: Script;
  /** Written as an initial: one Latin letter, or letters followed by a dot. */
  initial: boolean;
  /** Joined to the next part by a hyphen (Ze-dong, Kassym-Jomart). */
  hyphenNext?: boolean;
}

/**
 * Splits a name at spaces, dots (· • ・ .), hyphens and other punctuation, and
 * where the script changes. Apostrophes inside a Latin word are dropped
 * (O'Brien, Xi'an). Returns null when a letter is in an unsupported script.
 */
function splitName(name: string): RawPart[] | null {
  const parts: RawPart[] = [];
  let cur = '';
  let curScript: Script | null = null;
  const flush = (dot: boolean) => {
    if (cur && curScript) {
      const initial = curScript === 'latin' && (/^\p{L}$/u.test(cur) || (dot && cur.length <= 2));
      parts.push({ text: cur, script: curScript, initial });
    }
    cur = '';
    curScript = null;
  };
  for (const ch of name) {
    if (/[\p{L}\p{M}]/u.test(ch)) {
      if (/\p{M}/u.test(ch)) {
        cur += ch; // combining mark: belongs to the letter before it
        continue;
      }
      const script = scriptOf(ch);
      if (!script) return null;
      if (curScript && script !== curScript) flush(false);
      curScript = script;
      cur += ch;
    } else if (ch === "'" && curScript === 'latin') {
      continue;
    } else {
      const count = parts.length;
      flush(ch === '.');
      if (ch === '-' && parts.length > count) parts[parts.length - 1]!.hyphenNext = true;
    }
  }
  flush(false);
  return parts.filter((p, i) => !(i < parts.length - 1 && p.script === 'latin' && TITLES.has(p.text.toLowerCase())));
}

// ---------------------------------------------------------------------------
// Romanisation
// ---------------------------------------------------------------------------

/** Latin letters that NFD does not decompose. */
const LATIN_FOLD: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ŋ: 'ng', ə: 'a', ħ: 'h',
};

/** Lower case, diacritics removed: Erdoğan → erdogan, Łukasz → lukasz. */
function foldLatin(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ßæœøđðþłıŋəħ]/g, (c) => LATIN_FOLD[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z]/g, '');
}

const CYRILLIC_MAP: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Ukrainian, Belarusian, Kazakh, Uzbek, Serbian, Macedonian letters.
  і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'w', ә: 'a', ғ: 'gh', қ: 'q', ң: 'ng', ө: 'o', ұ: 'u', ү: 'u',
  һ: 'h', ҳ: 'h', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dzh', ѓ: 'gj', ќ: 'kj', ѕ: 'dz',
};

/** Ukrainian г is h (Hryhoriy); it shows by і, ї, є or ґ in the same name. */
function romanizeCyrillic(text: string, ukrainian: boolean): string {
  let out = '';
  for (const ch of text.toLowerCase().normalize('NFC')) {
    if (ch === 'г' && ukrainian) out += 'h';
    else if (ch === 'и' && ukrainian) out += 'y';
    else out += CYRILLIC_MAP[ch] ?? foldLatin(ch.normalize('NFD').replace(/\p{M}+/gu, ''));
  }
  return out;
}

const GREEK_MAP: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm',
  ν: 'n', ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

function romanizeGreek(text: string): string {
  const plain = text.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
  const digraphs = plain.replace(/ου/g, 'u').replace(/^μπ/, 'b').replace(/^ντ/, 'd').replace(/γ[γκ]/g, 'ng');
  let out = '';
  for (const ch of digraphs) out += GREEK_MAP[ch] ?? (/[a-z]/.test(ch) ? ch : '');
  return out;
}

const KATAKANA = 'アイウエオカキクケコガギグゲゴサシスセソザジズゼゾタチツテトダヂヅデドナニヌネノハヒフヘホバビブベボパピプペポマミムメモヤユヨラリルレロワヰヱヲンヴ';
const KATAKANA_ROMAJI = (
  'a i u e o ka ki ku ke ko ga gi gu ge go sa shi su se so za ji zu ze zo ta chi tsu te to da ji zu de do ' +
  'na ni nu ne no ha hi fu he ho ba bi bu be bo pa pi pu pe po ma mi mu me mo ya yu yo ra ri ru re ro wa i e o n vu'
).split(' ');
const SMALL_KANA: Record<string, string> = { ァ: 'a', ィ: 'i', ゥ: 'u', ェ: 'e', ォ: 'o', ャ: 'ya', ュ: 'yu', ョ: 'yo', ヮ: 'wa' };

/** Hepburn romaji for kana; ー and ッ are dropped (length does not matter here). */
function romanizeKana(text: string): string | null {
  const syllables: string[] = [];
  for (const raw of text) {
    const code = raw.codePointAt(0) ?? 0;
    // Hiragana sits 0x60 below its katakana twin.
    const ch = code >= 0x3041 && code <= 0x3096 ? String.fromCodePoint(code + 0x60) : raw;
    if (ch === 'ー' || ch === 'ッ') continue;
    const small = SMALL_KANA[ch];
    if (small !== undefined) {
      const big = syllables.pop();
      syllables.push(big === undefined ? small : joinSmallKana(big, small));
      continue;
    }
    const i = KATAKANA.indexOf(ch);
    if (i < 0) return null;
    syllables.push(KATAKANA_ROMAJI[i]!);
  }
  return syllables.join('');
}

/** キャ = ki + ya → kya, シャ → sha, ティ = te + i → ti, ウィ → wi, ファ → fa. */
function joinSmallKana(big: string, small: string): string {
  if (small.startsWith('y')) {
    if (!big.endsWith('i')) return big + small;
    const stem = big.slice(0, -1);
    return /^(sh|ch|j)$/.test(stem) ? stem + small.slice(1) : stem + small;
  }
  if (small === 'wa') return big + small;
  if (big === 'u') return 'w' + small;
  if (big === 'tsu') return 'ts' + small;
  return big.replace(/[aeiou]$/, '') + small;
}

/** One romanised part; Han parts keep their syllables for pinyin work. */
interface Part {
  raw: string;
  source: 'latin' | 'pinyin' | 'kana';
  /** Lowercase a–z letters (ü for pinyin), no separators. */
  roman: string;
  /** Han only: the readings of each character, name reading first. */
  readings?: readonly (readonly string[])[];
  initial: boolean;
  hyphenNext?: boolean;
  /** Phonetic sequences: one per reading combination (Latin has one). */
  phones: Phone[][];
}

interface ParsedName {
  parts: Part[];
  /** The name was written in Han without separators (习近平, 普京). */
  hanBlock: boolean;
  /** A Han block with characters outside the transliteration set: a native CJK name. */
  nativeLooking: boolean;
}

type Failure = { fail: string };

/** Romanises every part, or says why it cannot. */
function parseName(input: unknown): ParsedName | Failure {
  const name = cleanName(input);
  if (!name) return { fail: 'empty name' };
  if ([...name].length > MAX_NAME_CHARS) return { fail: 'too long to be a name' };
  const raw = splitName(name);
  if (!raw) return { fail: 'contains letters in a script that cannot be romanised' };
  if (raw.length === 0) return { fail: 'no letters' };
  if (raw.length > MAX_PARTS * 2) return { fail: 'too many parts to be a name' };
  const hasKana = raw.some((p) => p.script === 'kana');
  const ukrainian = /[іїєґ]/i.test(name);
  const parts: Part[] = [];
  for (const p of raw) {
    const part = romanizePart(p, hasKana, ukrainian);
    if (!part) {
      return { fail: p.script === 'han' && hasKana ? 'Japanese kanji have no fixed reading' : `cannot romanise “${p.text}”` };
    }
    if (part.roman) parts.push(part);
  }
  if (parts.length === 0) return { fail: 'no letters' };
  const hanParts = raw.filter((p) => p.script === 'han');
  const hanBlock = raw.length === 1 && hanParts.length === 1;
  // Names with separators (·) are transliterations; a block with characters
  // outside the transliteration set is a Chinese, Japanese or Korean name.
  const nativeLooking = hanBlock && [...hanParts[0]!.text].some((c) => !TRANSLIT_CHARS.has(c));
  return { parts, hanBlock, nativeLooking };
}

function romanizePart(p: RawPart, hasKana: boolean, ukrainian: boolean): Part | null {
  switch (p.script) {
    case 'han': {
      if (hasKana) return null;
      const readings = [...p.text].map((c) => pinyinReadings(c));
      if (readings.some((r) => r.length === 0)) return null;
      const primary = readings.map((r) => r[0]!);
      const chars = [...p.text];
      const phones = readingCombos(readings).map((syllables) => pinyinPhones(syllables, chars));
      return { raw: p.text, source: 'pinyin', roman: primary.join(''), readings, initial: false, phones };
    }
    case 'kana': {
      const roman = romanizeKana(p.text);
      if (roman === null) return null;
      return { raw: p.text, source: 'kana', roman, initial: false, phones: [latinPhones(roman, 'kana')] };
    }
    default: {
      const roman =
        p.script === 'cyrillic' ? romanizeCyrillic(p.text, ukrainian) : p.script === 'greek' ? romanizeGreek(p.text) : foldLatin(p.text);
      const phoneticText = p.script === 'latin' ? p.text : roman;
      return { raw: p.text, source: 'latin', roman, initial: p.initial, hyphenNext: p.hyphenNext, phones: [latinPhones(phoneticText, 'latin')] };
    }
  }
}

/** Reading combinations of a Han part, name readings first, capped. */
function readingCombos(readings: readonly (readonly string[])[], cap = 8): string[][] {
  let combos: string[][] = [[]];
  for (const options of readings) {
    const next: string[][] = [];
    for (const combo of combos) for (const r of options) if (next.length < cap) next.push([...combo, r]);
    combos = next;
  }
  return combos;
}

/** Pinyin spelling with apostrophes before a/o/e syllables (Xi'an), as pinyin writes it. */
function joinPinyin(syllables: readonly string[]): string {
  return syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? "'" + s : s)).join('');
}

/** Surname length of a native name: 2 for 欧阳 and for four characters (林郑 月娥, 岸田 文雄), else 1. */
function surnameLength(chars: readonly string[]): number {
  if (chars.length >= 3 && COMPOUND_SURNAMES.has(chars.slice(0, 2).join(''))) return 2;
  return chars.length === 4 ? 2 : 1;
}

/**
 * Latin romanisation: lowercase, one space between name parts. Han becomes
 * toneless pinyin (a native-looking name as "xi jinping", a transliteration
 * as one word per part), Cyrillic and Greek are transliterated, kana becomes
 * Hepburn romaji and Latin loses its diacritics. Null when any letter cannot
 * be romanised (unsupported script, Han character not in the table, kanji
 * written with kana) or when there is nothing to romanise.
 */
export function romanizeName(name: string): string | null {
  try {
    const parsed = parseName(name);
    if ('fail' in parsed) return null;
    const words = parsed.parts.map((p) => {
      if (p.source !== 'pinyin' || !p.readings) return p.roman;
      const primary = p.readings.map((r) => r[0]!);
      const chars = [...p.raw];
      if (parsed.hanBlock && parsed.nativeLooking && chars.length >= 2 && chars.length <= 4) {
        const n = surnameLength(chars);
        return joinPinyin(primary.slice(0, n)) + ' ' + joinPinyin(primary.slice(n));
      }
      return joinPinyin(primary);
    });
    return words.join(' ');
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------
// Phones: consonant classes and vowels
// ---------------------------------------------------------------------------

/**
 * Consonant classes are sets of coarse features, so one spelling can stand
 * for several sounds (Latin j is dzh in Joe 乔, y in Johnson 约翰逊, zh in
 * Jomart 若马尔特). Two consonants agree when their sets share a feature.
 */
const F = { P: 1, T: 2, K: 4, F: 8, S: 16, J: 32, H: 64, L: 128, M: 256, N: 512, Y: 1024 } as const;

/** Class letter → feature set. The letter is what phoneticSkeleton prints. */
const CLASS: Record<string, number> = {
  P: F.P, // b p
  T: F.T, // d t
  D: F.T | F.J, // t/d before i: Putin 普京 pu-jing
  G: F.K | F.J, // k/g before i/e/y: Zelensky 泽连斯基 ...si-ji; pinyin jia 加 for ga
  K: F.K, // k g hard c q
  F: F.F, // f v w ph
  S: F.S, // s z sh zh ts, pinyin z c s zh ch sh
  Z: F.S | F.J, // sibilant before i, affricates tch cz dz: Mirziyoyev 米尔济约耶夫
  J: F.J, // pinyin j q
  I: F.J | F.Y | F.H | F.S, // Latin j: dzh, y, zh (Janet 珍妮特) or Spanish h
  Ǧ: F.K | F.J | F.S, // Latin g before e/i/y: hard (Angela 安格拉) or soft (George 乔治)
  Y: F.Y, // y glide
  X: F.S | F.H, // pinyin x: si in 西, hi in 希拉里 Hillary
  W: F.H | F.F, // pinyin hu before a vowel: wa in 华盛顿 Washington
  H: F.H, // h
  Q: F.K | F.H, // kh, ch before a consonant
  C: F.S | F.J | F.K | F.H, // Latin ch: Charles 查尔斯, Michael 迈克尔, Bach 巴赫
  L: F.L, // l r, pinyin l and the er of 尔
  R: F.J | F.L, // pinyin r: 若 for jo, 瑞 for re
  M: F.M,
  N: F.N,
  Ŋ: F.N | F.M, // pinyin syllable-final n/ng: Trump 特朗普 has lang for rum
  Θ: F.T | F.S, // th: Thomas 托马斯, Smith 史密斯
};

/** Vowel letters as bits. */
const V: Record<string, number> = { a: 1, e: 2, i: 4, o: 8, u: 16 };

interface Phone {
  /** Vowel (true) or consonant. */
  vowel: boolean;
  /** Consonant: class letter (lowercase when weak). Vowel: its letters. */
  sym: string;
  /** Consonant feature set, or vowel bits. */
  set: number;
  /** b/g voiced, p/k voiceless: Chinese keeps that contrast (拜登 vs 普京). */
  voice: 0 | 1 | 2;
  /** Cost of dropping this phone in an alignment. */
  drop: number;
}

/** Deletion costs: a firm consonant is strong evidence, an inserted vowel none. */
const DROP_CONSONANT = 1;
const DROP_WEAK = 0.2; // h, r or l before a consonant, y/w glides
const DROP_SOFT = 0.5; // k of x (Alexander 亚历山大), final d/t/th/s (David 戴维, Charles 夏尔)
const DROP_CLUSTER_T = 0.3; // t before s: Gates 盖茨
const DROP_VOWEL = 0.2;
const DROP_EPENTHETIC = 0.05; // 特 te in 特朗普, silent e of Gates
const VOWEL_MISMATCH = 0.3;
const VOICE_MISMATCH = 0.5;

function consonant(cls: string, weak = false, voice: 0 | 1 | 2 = 0): Phone {
  return { vowel: false, sym: weak ? cls.toLowerCase() : cls, set: CLASS[cls] ?? 0, voice, drop: weak ? DROP_WEAK : DROP_CONSONANT };
}

function vowel(letters: string, epenthetic = false, extra = ''): Phone {
  let set = 0;
  for (const ch of letters + extra) set |= V[ch] ?? 0;
  return { vowel: true, sym: letters, set, voice: 0, drop: epenthetic ? DROP_EPENTHETIC : DROP_VOWEL };
}

const VOWELS = 'aeiouy';

/** Latin o is often u in Chinese (Johnson 约翰逊 ...xun), e often i (Temur 蒂穆尔); ei may be ai (Stein 施泰因). */
const LATIN_VOWEL_EXTRA: Record<string, string> = { o: 'u', e: 'i' };
const isVowelAt = (s: string, i: number): boolean => {
  const ch = s[i];
  if (ch === undefined) return false;
  if (ch !== 'y') return 'aeiou'.includes(ch);
  // y before a vowel is a consonant (Yeltsin, Tokayev); otherwise a vowel.
  const next = s[i + 1];
  return next === undefined || !'aeiou'.includes(next);
};
const isFront = (ch: string | undefined): boolean => ch === 'i' || ch === 'y' || ch === 'e';

/** Letters whose pronunciation matters before NFD removes their marks. */
const PHONETIC_PREMAP: Record<string, string> = {
  ğ: '', // Turkish soft g is silent: Erdoğan 埃尔多安
  ş: 'sh', ç: 'ch', č: 'ch', ć: 'ch', š: 'sh', ž: 'zh', ź: 'zh', ż: 'zh', ñ: 'ny', ł: 'w', ő: 'o', ű: 'u',
};

/**
 * Phones of a Latin spelling (or of romaji, with source 'kana'). Consonant
 * letters map to classes with the context rules Chinese transliteration
 * follows; runs of vowels become one vowel phone.
 */
function latinPhones(text: string, source: 'latin' | 'kana'): Phone[] {
  const pre = text.toLowerCase().replace(/[ğşçčćšžźżñłőű]/g, (c) => PHONETIC_PREMAP[c] ?? c);
  // Doubled letters sound single (Kassym, Harris, Scholl).
  const s = foldLatin(pre).replace(/([a-z])\1+/g, '$1');
  const out: Phone[] = [];
  let i = 0;
  const at = (k: number) => s[i + k];
  const beforeVowel = (k: number) => isVowelAt(s, i + k);
  if (source === 'kana' && s[0] === 'u' && s.length > 1 && !isVowelAt(s, 1)) {
    out.push(consonant('F', true), vowel('u', true)); // ウラジーミル: Japanese has no initial vl-
    i = 1;
  }
  while (i < s.length) {
    if (isVowelAt(s, i)) {
      let j = i;
      while (j < s.length && isVowelAt(s, j)) j++;
      const letters = s.slice(i, j).replace(/y/g, 'i');
      const extra = [...letters].map((c) => LATIN_VOWEL_EXTRA[c] ?? '').join('') + (letters.includes('ei') ? 'a' : '');
      out.push(vowel(letters, source === 'latin' ? silentLatinVowel(s, i, j) : kanaEpenthetic(s, i, j), extra));
      i = j;
      continue;
    }
    // Polish rz after a consonant or at the start is zh (Andrzej 安杰伊); Mirziyoyev keeps its r.
    const di = s.startsWith('rz', i) && (i === 0 || isConsonantAt(s, i - 1)) ? 'zh' : DIGRAPH.exec(s.slice(i))?.[1];
    if (di) {
      out.push(...digraphPhones(di, s, i));
      i += di.length;
      continue;
    }
    const ch = s[i]!;
    const next = at(1);
    switch (ch) {
      case 'b': out.push(consonant('P', false, 2)); break;
      case 'p': out.push(consonant('P', false, 1)); break;
      case 'd':
      case 't': {
        const stop = consonant(next === 'i' || next === 'y' ? 'D' : 'T');
        if (i === s.length - 1 && isVowelAt(s, i - 1)) stop.drop = DROP_SOFT;
        out.push(stop);
        break;
      }
      case 'g': out.push(consonant(isFront(next) ? 'Ǧ' : 'K', false, 2)); break;
      case 'k': out.push(consonant(isFront(next) ? 'G' : 'K', false, 1)); break; // Keir 基尔
      case 'c': out.push(isFront(next) ? consonant('Z') : consonant('K', false, 1)); break;
      case 'q': {
        const silentU = next === 'u' && isVowelAt(s, i + 2); // qu before a vowel: the u is not a vowel
        out.push(consonant(isFront(silentU ? s[i + 2] : next) ? 'G' : 'K', false, 1)); // Aquino 阿基诺
        if (silentU) i++;
        break;
      }
      case 'x':
        if (i === 0) out.push(consonant('S'));
        else out.push({ ...consonant('K', false, 1), drop: DROP_SOFT }, consonant('S'));
        break;
      case 'f':
      case 'v': out.push(consonant('F')); break;
      case 'w': out.push(consonant('F', !beforeVowel(1))); break; // Andrew 安德鲁, but German Gorbatschow
      case 'j': out.push(beforeVowel(1) ? consonant('I') : consonant('Y', true)); break; // Andrzej: final j is a glide
      case 'y': // only reached before a vowel; after i it is just the glide (Yuliya = Yulia)
        if (s[i - 1] !== 'i') out.push(consonant('Y', true));
        break;
      case 'h': out.push(consonant('H', true)); break;
      // r after a vowel often vanishes (Merkel 默克尔, Starmer 斯塔默), l only before a consonant (Donald 唐纳德).
      case 'l': out.push(consonant('L', next !== undefined && !beforeVowel(1))); break;
      case 'r': out.push(consonant('L', !beforeVowel(1))); break;
      case 's':
      case 'z': {
        const sibilant = consonant(next === 'i' || next === 'y' ? 'Z' : 'S');
        if (ch === 's' && i === s.length - 1 && i > 2) sibilant.drop = DROP_SOFT; // French Charles 夏尔, Nicolas 尼古拉
        out.push(sibilant);
        break;
      }
      case 'm': out.push(consonant('M')); break;
      case 'n':
        // Japanese syllabic n takes the place of the next consonant: トランプ toranpu for Trump.
        out.push(consonant(source === 'kana' && !beforeVowel(1) ? 'Ŋ' : 'N'));
        if (next === 'g' && !isVowelAt(s, i + 2)) i++; // final ng is one sound
        break;
      default: break; // not a letter after folding
    }
    i++;
  }
  return finishPhones(markClusterT(out));
}

const DIGRAPH = /^(shch|tsch|sch|tch|ch|sh|zh|kh|gh|ph|th|wh|ck|dzh|dz|dj|ts|tz|cz|sz)/;
const isConsonantAt = (s: string, i: number): boolean => i >= 0 && i < s.length && !isVowelAt(s, i);

/** Phones of a Latin digraph at s[i]. */
function digraphPhones(di: string, s: string, i: number): Phone[] {
  const after = s[i + di.length];
  switch (di) {
    case 'shch':
    case 'sch':
    case 'sh':
    case 'sz': return [consonant('S')];
    case 'tsch':
    case 'tch':
    case 'cz':
    case 'zh':
    case 'dz':
    case 'dzh': return [consonant('Z')];
    case 'dj': return [consonant('I')];
    case 'ch': return [consonant(after !== undefined && !VOWELS.includes(after) && after !== 'h' ? 'Q' : 'C')];
    case 'kh': return [consonant('Q')];
    case 'gh': // Italian ghi is gi (Draghi 德拉吉); silent at the end (Hugh)
      if (i !== 0 && !isVowelAt(s, i + 2)) return [];
      return [consonant(isFront(s[i + 2]) ? 'G' : 'K', false, 2)];
    case 'ph':
    case 'wh': return [consonant('F')];
    case 'th': {
      const th = consonant('Θ');
      if (i + 2 === s.length) th.drop = DROP_SOFT; // Elizabeth 伊丽莎白
      return [th];
    }
    case 'ck': return [consonant('K', false, 1)];
    case 'ts':
    case 'tz': return [consonant('Z')]; // 茨 ci, or 钦 qin in Yeltsin 叶利钦
    default: return [];
  }
}

/** Silent English e: final (Blake), or in a final -es after a consonant (Gates). */
function silentLatinVowel(s: string, from: number, to: number): boolean {
  const letters = s.slice(from, to);
  if (letters !== 'e' || from < 2) return false;
  return to === s.length || (s.slice(to) === 's' && !isVowelAt(s, from - 1));
}

/** Japanese adds u (and o after t/d, i after sh/ch/j) to lone consonants. */
function kanaEpenthetic(s: string, from: number, to: number): boolean {
  if (to - from !== 1 || from === 0) return false;
  const v = s[from];
  const prev = s.slice(Math.max(0, from - 2), from);
  const lone = to === s.length || !isVowelAt(s, to);
  if (!lone) return false;
  if (v === 'u') return !/[aeiou]$/.test(prev);
  if (v === 'o') return /[td]$/.test(prev);
  if (v === 'i') return /(sh|ch|j)$/.test(prev);
  return false;
}

/** A t or d right before s costs little to drop: Gates 盖茨, Edwards 爱德华兹. */
function markClusterT(phones: Phone[]): Phone[] {
  for (let k = 0; k < phones.length - 1; k++) {
    const p = phones[k]!;
    if (p.vowel || (p.sym !== 'T' && p.sym !== 'D')) continue;
    let n = k + 1;
    while (n < phones.length && phones[n]!.vowel && phones[n]!.drop <= DROP_EPENTHETIC) n++;
    const q = phones[n];
    if (q && !q.vowel && (q.set & F.S) !== 0) p.drop = DROP_CLUSTER_T;
  }
  return phones;
}

/** Merges repeats: a nasal coda before n (唐纳 tang-na for Don-a) and doubled classes. */
function finishPhones(phones: Phone[]): Phone[] {
  const out: Phone[] = [];
  for (const p of phones) {
    const last = out[out.length - 1];
    if (last && !last.vowel && !p.vowel) {
      if (last.sym.toUpperCase() === p.sym.toUpperCase()) {
        if (p.drop > last.drop) out[out.length - 1] = p; // keep the firmer one
        continue;
      }
      if (last.sym === 'Ŋ' && p.sym === 'N') {
        out[out.length - 1] = p;
        continue;
      }
    }
    out.push(p);
  }
  return out;
}

const PINYIN_INITIAL = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(.*)$/;

/** Pinyin initial → consonant class and voicing. */
const PINYIN_CLASS: Record<string, [string, 0 | 1 | 2]> = {
  b: ['P', 2], p: ['P', 1], m: ['M', 0], f: ['F', 0], d: ['T', 0], t: ['T', 0], n: ['N', 0], l: ['L', 0],
  g: ['K', 2], k: ['K', 1], h: ['H', 0], j: ['J', 0], q: ['J', 0], x: ['X', 0], r: ['R', 0],
  zh: ['S', 0], ch: ['S', 0], sh: ['S', 0], z: ['S', 0], c: ['S', 0], s: ['S', 0],
};

/**
 * Vowel letters a pinyin final may stand for, beyond its own: 埃 ai for e,
 * 连 lian for len, 登 deng for den.
 */
const FINAL_EXTRA: Record<string, string> = { ai: 'e', ian: 'e', ia: 'e', yan: 'e', ei: 'a', e: 'ao', en: 'ao', ou: 'a', o: 'e' };

/**
 * Transliteration characters whose pinyin e stands for o: 科 ko (卢卡申科
 * Lukashenko), 戈 go (戈尔巴乔夫 Gorbachev); 克 and 格 are the lone k and g.
 */
const O_CHARS = '科柯可戈哥何和';

/** Context classes: 加 jia transliterates ga, 华 hua wa (华盛顿 Washington). */
function pinyinClass(initial: string, final: string, cls: string): string {
  if ((initial === 'j' || initial === 'q') && final === 'ia') return 'G';
  if (initial === 'h' && /^u[aeio]/.test(final)) return 'W';
  return cls;
}

/**
 * Phones of a pinyin syllable sequence. The vowel of syllables Chinese uses
 * for a lone consonant (fu, bu, pu, mu; de, te, ke, ge, le, he, ze, se; zi,
 * ci, si, shi; er) is epenthetic and costs almost nothing to drop.
 */
function pinyinPhones(syllables: readonly string[], chars: readonly string[] = []): Phone[] {
  const out: Phone[] = [];
  syllables.forEach((syl, idx) => {
    const m = PINYIN_INITIAL.exec(syl);
    let initial = m?.[1] ?? '';
    let final = m?.[2] ?? '';
    const ch = chars[idx];
    if (ch !== undefined && O_CHARS.includes(ch) && final === 'e') final = 'o';
    if (syl === 'er') {
      out.push(consonant('L'), vowel('e', true));
      return;
    }
    const glideY = initial === 'y';
    // y and w are spelling devices before i, u and ü; glides elsewhere.
    if (initial === 'y') {
      if (/^i/.test(final)) initial = '';
      else {
        if (/^u/.test(final)) final = 'ü' + final.slice(1);
        out.push(consonant('Y', true));
        initial = '';
      }
    } else if (initial === 'w') {
      if (final === 'u') {
        if (idx > 0) out.push(consonant('F', true)); // 乌 is u; mid-word 武 may be vu
        initial = '';
      } else {
        out.push(consonant('F'));
        initial = '';
      }
    } else if (initial && /^[jqx]/.test(initial) && /^u/.test(final)) {
      final = 'ü' + final.slice(1);
    }
    if (initial) {
      const [cls, voice] = PINYIN_CLASS[initial] ?? ['', 0];
      out.push(consonant(pinyinClass(initial, final, cls), false, voice));
    }
    const coda = /ng?$/.exec(final)?.[0] ?? '';
    const nucleus = final.slice(0, final.length - coda.length);
    if (nucleus) {
      const epenthetic =
        (nucleus === 'u' && /^[bpfm]$/.test(initial)) ||
        (nucleus === 'e' && /^(d|t|g|k|h|l|r|z|c|s|zh|ch|sh)$/.test(initial) && !coda) ||
        (nucleus === 'i' && /^(z|c|s|zh|ch|sh|r)$/.test(initial));
      const key = glideY && final === 'an' ? 'yan' : nucleus + coda;
      const extra = epenthetic ? '' : (FINAL_EXTRA[key] ?? FINAL_EXTRA[nucleus] ?? '') + (nucleus.includes('ü') ? 'i' : '');
      out.push(vowel(nucleus.replace(/ü/g, 'u'), epenthetic, extra));
    }
    if (coda) out.push(consonant('Ŋ'));
  });
  return finishPhones(out);
}

/**
 * Splits a concatenated pinyin word into syllables; apostrophes mark where
 * an a/o/e syllable starts (xi'an). Null when it is not pinyin.
 */
function segmentPinyin(word: string): string[] | null {
  const w = word.toLowerCase().replace(/v/g, 'ü');
  const out: string[] = [];
  for (const chunk of w.split("'")) {
    // Pinyin marks a/o/e syllables with an apostrophe; accept text that forgot it.
    const seg = segmentChunk(chunk, true) ?? segmentChunk(chunk, false);
    if (!seg) return null;
    out.push(...seg);
  }
  return out;
}

/** Dynamic programming over syllables, fewest first; strict: only the first may start with a vowel. */
function segmentChunk(chunk: string, strict: boolean): string[] | null {
  if (!chunk) return [];
  const best: (string[] | null)[] = new Array(chunk.length + 1).fill(null);
  best[0] = [];
  for (let i = 0; i < chunk.length; i++) {
    const prefix = best[i];
    if (!prefix) continue;
    for (let len = 1; len <= 6 && i + len <= chunk.length; len++) {
      const syl = chunk.slice(i, i + len);
      if (!PINYIN_SYLLABLES.has(syl) && !PINYIN_SYLLABLES.has(syl.replace(/u/g, 'ü'))) continue;
      if (strict && i > 0 && /^[aoe]/.test(syl)) continue;
      const cand = [...prefix, syl];
      const cur = best[i + len];
      if (!cur || cand.length < cur.length) best[i + len] = cand;
    }
  }
  return best[chunk.length] ?? null;
}

/** Renders phones as a skeleton: classes, lowercase when weak, A for a leading vowel. */
function renderSkeleton(phones: readonly Phone[]): string {
  let out = phones[0]?.vowel ? 'A' : '';
  for (const p of phones) {
    if (p.vowel) continue;
    if (out.endsWith(p.sym)) continue;
    out += p.sym;
  }
  return out;
}

/**
 * A phonetic skeleton that survives transliteration round trips. Vowels are
 * dropped (a leading one shows as A), consonants become the classes of
 * CLASS above (b/p → P, l/r → L, k before e/i → G, pinyin j/q → J, pinyin
 * coda n/ng → Ŋ, ...), repeats collapse, and consonants Chinese often drops
 * are lowercase (weak: h, y/w glides, r or l before a consonant). With
 * source 'pinyin' the text is read as pinyin syllables: er is the -r/-l
 * ending, wu and yi are vowels, fu/si/te a lone consonant. Words stay
 * separated by spaces. Agreeing classes may differ in letter (G ~ J).
 *
 *   Umarov → AMLF, wumuluofu (乌姆洛夫) → AMLF
 *   Merkel → MlGL, moke'er (默克尔) → MKL
 *   Trump → TLMP, telangpu (特朗普) → TLŊP
 */
export function phoneticSkeleton(romanized: string, source: 'latin' | 'pinyin' = 'latin'): string {
  try {
    const words = cleanName(romanized).split(/[\s·.\-_,/]+/).filter(Boolean);
    return words
      .map((w) => {
        if (source === 'pinyin') {
          const syllables = segmentPinyin(w);
          return syllables ? renderSkeleton(pinyinPhones(syllables)) : renderSkeleton(latinPhones(w, 'latin'));
        }
        return renderSkeleton(latinPhones(w, 'latin'));
      })
      .join(' ');
  } catch {
    return '';
  }
}

// ---------------------------------------------------------------------------
// Distance between phone sequences
// ---------------------------------------------------------------------------

/** A glide and its vowel are one sound: Andrzej's final j is 伊 yi. */
const GLIDE_VOWEL = 0.1;

function substitutionCost(a: Phone, b: Phone): number {
  if (a.vowel !== b.vowel) {
    const [c, v] = a.vowel ? [b, a] : [a, b];
    if (c.sym === 'y' && v.set & V.i!) return GLIDE_VOWEL;
    if (c.sym === 'f' && v.set & V.u!) return GLIDE_VOWEL;
    return Infinity;
  }
  if (a.vowel) return a.set & b.set ? 0 : VOWEL_MISMATCH;
  if (a.set & b.set) return a.voice && b.voice && a.voice !== b.voice ? VOICE_MISMATCH : 0;
  return Math.max(a.drop, b.drop); // different consonants: one error
}

/** Weighted edit distance; dropping costs what each phone says. */
function phoneDistance(a: readonly Phone[], b: readonly Phone[]): number {
  let prev = new Array<number>(b.length + 1);
  prev[0] = 0;
  for (let j = 1; j <= b.length; j++) prev[j] = prev[j - 1]! + b[j - 1]!.drop;
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1);
    const pa = a[i - 1]!;
    cur[0] = prev[0]! + pa.drop;
    for (let j = 1; j <= b.length; j++) {
      const pb = b[j - 1]!;
      cur[j] = Math.min(prev[j]! + pa.drop, cur[j - 1]! + pb.drop, prev[j - 1]! + substitutionCost(pa, pb));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** Firm consonants: the evidence a comparison rests on. */
const firmConsonants = (phones: readonly Phone[]): number => phones.filter((p) => !p.vowel && p.drop >= DROP_SOFT).length;

/** Distance up to which two parts sound the same, by their firm consonants. */
const sameTolerance = (n: number) => Math.min(0.2 * n + 0.15, 1.8);
/** Distance from which they are clearly different. */
const differentTolerance = (n: number) => Math.min(0.25 * n + 0.25, 2.2);

// ---------------------------------------------------------------------------
// Comparing name parts
// ---------------------------------------------------------------------------

type PartKind = 'same' | 'prefix' | 'initial' | 'uncertain' | 'different';
interface PartVerdict {
  kind: PartKind;
  /** Enough letters to carry weight on its own (not a lone Li or Jo). */
  informative: boolean;
}

const PART_SCORE: Record<PartKind, number> = { same: 4, prefix: 2, initial: 1, uncertain: 0, different: -1 };

function comparePart(a: Part, b: Part): PartVerdict {
  if (a.initial || b.initial) return compareInitial(a.initial ? a : b, a.initial ? b : a);
  if (a.source === 'pinyin' && b.source === 'pinyin' && a.roman === b.roman) {
    return { kind: 'same', informative: a.roman.length >= 3 };
  }
  if (a.source !== 'pinyin' && b.source !== 'pinyin' && a.roman === b.roman) {
    return { kind: 'same', informative: a.roman.length >= 3 };
  }
  const { distance, firm, firmMax } = bestDistance(a, b);
  // One Han character is one syllable: too little to identify anyone.
  const tiny = isSingleSyllable(a) || isSingleSyllable(b);
  if (distance <= sameTolerance(firm)) return { kind: 'same', informative: firm >= 2 && !tiny };
  if (isShortened(a, b) || isShortened(b, a)) return { kind: 'prefix', informative: false };
  // Sameness needs evidence on both sides; difference shows on the longer one.
  if (distance >= differentTolerance(firm)) return { kind: 'different', informative: firmMax >= 2 && !tiny };
  return { kind: 'uncertain', informative: firm >= 2 && !tiny };
}

const isSingleSyllable = (p: Part): boolean => p.readings?.length === 1;

/**
 * Name endings carry weight: a different final vowel often marks another
 * person (Navalny, Navalnaya). Transliteration keeps a Latin name's final
 * vowel (Orlando would be 奥兰多, so 奥朗德 is Hollande), and a full a at the
 * end of a Chinese or Japanese form is a syllable of its own (扎哈罗娃
 * Zakharova), not an added vowel, unless the Latin ends in a vowel-like r.
 */
const FINAL_VOWEL_MISMATCH = 1;

function finalVowelPenalty(a: readonly Phone[], b: readonly Phone[], sa: Part['source'], sb: Part['source']): number {
  const fa = a[a.length - 1];
  const fb = b[b.length - 1];
  if (!fa || !fb) return 0;
  const full = (p: Phone) => p.vowel && p.drop > DROP_EPENTHETIC;
  if (full(fa) && full(fb)) return fa.set & fb.set ? 0 : FINAL_VOWEL_MISMATCH;
  const lost = (p: Phone, src: Part['source'], q: Phone) =>
    full(p) && (src === 'latin' || ((p.set & V.a!) !== 0 && !q.vowel && q.drop >= DROP_CONSONANT));
  return lost(fa, sa, fb) || lost(fb, sb, fa) ? FINAL_VOWEL_MISMATCH : 0;
}

/** Smallest distance over the reading combinations of both parts. */
function bestDistance(a: Part, b: Part): { distance: number; firm: number; firmMax: number } {
  let best = { distance: Infinity, firm: 1, firmMax: 1 };
  for (const pa of a.phones) {
    for (const pb of b.phones) {
      const distance = phoneDistance(pa, pb) + finalVowelPenalty(pa, pb, a.source, b.source);
      // Tolerance grows with the evidence both sides have: the shorter one.
      if (distance < best.distance) {
        const fa = firmConsonants(pa);
        const fb = firmConsonants(pb);
        best = { distance, firm: Math.max(1, Math.min(fa, fb)), firmMax: Math.max(fa, fb) };
      }
    }
  }
  return best;
}

/** A given name cut short in Latin: Alex for Alexander, Vlad for Vladimir. */
function isShortened(short: Part, long: Part): boolean {
  return short.source === 'latin' && long.source === 'latin' && short.roman.length >= 3 && long.roman.length > short.roman.length && long.roman.startsWith(short.roman);
}

/** "T." against Temur or 蒂穆尔: does the other part start with that sound? */
function compareInitial(initial: Part, other: Part): PartVerdict {
  if (other.initial) return { kind: initial.roman[0] === other.roman[0] ? 'initial' : 'different', informative: false };
  if (other.source !== 'pinyin' && other.roman[0] === initial.roman[0]) return { kind: 'initial', informative: false };
  const first = initial.phones[0]?.[0];
  const agrees = other.phones.some((ph) => {
    const head = ph[0];
    if (!first || !head) return false;
    if (first.vowel || head.vowel) return first.vowel === head.vowel;
    return (first.set & head.set) !== 0;
  });
  return { kind: agrees ? 'initial' : 'different', informative: false };
}

interface Assignment {
  pairs: { a: Part; b: Part; verdict: PartVerdict }[];
  score: number;
}

/**
 * Pairs every part of the shorter name with a distinct part of the longer
 * one, in any order (surname first or last), maximising agreement. Names
 * have few parts, so trying every pairing is cheap.
 */
function bestAssignment(short: Part[], long: Part[]): Assignment {
  const verdicts = short.map((a) => long.map((b) => comparePart(a, b)));
  let best: Assignment = { pairs: [], score: -Infinity };
  const used = new Array<boolean>(long.length).fill(false);
  const chosen: number[] = [];
  const walk = (i: number, score: number) => {
    if (i === short.length) {
      if (score > best.score) {
        best = { score, pairs: chosen.map((j, k) => ({ a: short[k]!, b: long[j]!, verdict: verdicts[k]![j]! })) };
      }
      return;
    }
    for (let j = 0; j < long.length; j++) {
      if (used[j]) continue;
      used[j] = true;
      chosen.push(j);
      const v = verdicts[i]![j]!;
      walk(i + 1, score + PART_SCORE[v.kind] + (v.informative && v.kind === 'same' ? 1 : 0));
      chosen.pop();
      used[j] = false;
    }
  };
  walk(0, 0);
  return best;
}

// ---------------------------------------------------------------------------
// Comparing whole names
// ---------------------------------------------------------------------------

const match = (reason: string): NameMatch => ({ result: 'match', reason });
const mismatch = (reason: string): NameMatch => ({ result: 'mismatch', reason });
const unknown = (reason: string): NameMatch => ({ result: 'unknown', reason });

/**
 * Whether two names (any supported scripts) name the same person. Parts are
 * compared as sets: order may differ, a middle name or patronymic may be
 * missing, a given name may be an initial or cut short. 'unknown' when a side
 * cannot be romanised, the names are too short to judge, or the evidence is
 * mixed; 'mismatch' when a part clearly differs or, with nothing in common,
 * both names are fully romanised and clearly different. Never throws.
 */
export function compareNames(a: string, b: string): NameMatch {
  try {
    return compareParsed(parseName(a), parseName(b));
  } catch {
    return unknown('could not compare these names');
  }
}

/**
 * Looser than compareNames, for finding a name in running text rather than
 * judging an identity: the names match, or their parts are close by sound
 * (威廉姆斯 ~ Williams) and none clearly differs. Never throws.
 */
export function soundsAlike(a: string, b: string): boolean {
  try {
    const pa = parseName(a);
    const pb = parseName(b);
    if ('fail' in pa || 'fail' in pb || pa.parts.length > MAX_PARTS || pb.parts.length > MAX_PARTS) return false;
    if (compareParsed(pa, pb).result === 'match') return true;
    const [short, long] = pa.parts.length <= pb.parts.length ? [pa.parts, pb.parts] : [pb.parts, pa.parts];
    const { pairs } = bestAssignment(short, long);
    return pairs.some((p) => (p.verdict.kind === 'same' || p.verdict.kind === 'uncertain') && p.verdict.informative) && !pairs.some((p) => p.verdict.kind === 'different');
  } catch {
    return false;
  }
}

function compareParsed(pa: ParsedName | Failure, pb: ParsedName | Failure): NameMatch {
  if ('fail' in pa) return unknown(`first name: ${pa.fail}`);
  if ('fail' in pb) return unknown(`second name: ${pb.fail}`);
  if (pa.parts.length > MAX_PARTS || pb.parts.length > MAX_PARTS) return unknown('too many parts to be a name');
  const plain = compareReady(pa, pb);
  if (plain.result === 'match') return plain;
  // Particles may be glued to the surname (冯德莱恩 von der Leyen) or left out
  // (阿萨德 al-Assad); hyphenated given names may be written as one (Ze-dong).
  for (const va of nameVariants(pa)) {
    for (const vb of nameVariants(pb)) {
      if (va === pa && vb === pb) continue;
      const r = compareReady(va, vb);
      if (r.result === 'match') return r;
    }
  }
  return plain;
}

/** Name particles: von, van der, de, da, al-, bin, ibn... */
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'di', 'da', 'du', 'del', 'della', 'dos', 'das', 'do', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ben', 'bint', 'ter', 'ten', 'zu']);

/** The name as written, then with particles joined or dropped and hyphenated Latin parts joined. */
function nameVariants(name: ParsedName): ParsedName[] {
  const last = name.parts.length - 1;
  const isParticle = (p: Part, i: number) => p.source === 'latin' && i < last && PARTICLES.has(p.roman);
  const isHyphened = (p: Part, i: number) => p.source === 'latin' && i < last && p.hyphenNext === true && name.parts[i + 1]!.source === 'latin';
  const variants = [name];
  if (name.parts.some(isParticle)) {
    variants.push({ ...name, parts: joinParts(name.parts, isParticle) });
    variants.push({ ...name, parts: name.parts.filter((p, i) => !isParticle(p, i)) });
  }
  if (name.parts.some(isHyphened)) variants.push({ ...name, parts: joinParts(name.parts, isHyphened) });
  return variants;
}

/** Joins each part for which `glue` holds to the part after it. */
function joinParts(parts: readonly Part[], glue: (p: Part, i: number) => boolean): Part[] {
  const out: Part[] = [];
  let prefix = '';
  parts.forEach((p, i) => {
    if (glue(p, i)) {
      prefix += p.raw;
      return;
    }
    if (!prefix) return void out.push(p);
    const raw = prefix + p.raw;
    out.push({ ...p, raw, roman: foldLatin(raw), phones: [latinPhones(raw, 'latin')] });
    prefix = '';
  });
  return out;
}

function compareReady(pa: ParsedName, pb: ParsedName): NameMatch {
  // A native Chinese name against pinyin is decided by exact pinyin.
  const native = pa.hanBlock ? compareNative(pa, pb) : pb.hanBlock ? compareNative(pb, pa) : null;
  if (native) return native;

  const sound = compareBySound(pa, pb);
  if (sound.result === 'match') return sound;
  // A native-looking Han name (岸田文雄, 金正恩) may be Japanese or Korean:
  // its Latin form need not be pinyin, so failing to match proves nothing.
  const hanSide = pa.nativeLooking ? pa : pb.nativeLooking ? pb : null;
  if (hanSide && sound.result === 'mismatch') {
    return unknown('the Han name looks native (Chinese, Japanese or Korean); its Latin form is not its pinyin, so it cannot be checked');
  }
  return sound;
}

/** Pinyin-normalised Latin: ü, v and yu after l/n all become u (Lü, Lv, Lyu). */
const pinyinKey = (s: string): string => s.replace(/ü/g, 'u').replace(/([ln])(yu|v)/g, '$1u');

/**
 * A Han block name read as a native Chinese name (surname first) against
 * Latin parts. Returns null when it cannot decide, so sound comparison
 * takes over (普京 is also read as surname 普 + given 京).
 */
function compareNative(han: ParsedName, other: ParsedName): NameMatch | null {
  const part = han.parts[0];
  if (!part?.readings || other.parts.some((p) => p.source === 'pinyin' || p.source === 'kana')) return null;
  const chars = [...part.raw];
  if (chars.length < 2 || chars.length > 4) return null;
  const n = surnameLength(chars);
  const latin = other.parts.map((p) => pinyinKey(p.roman));
  const joined = latin.join('');
  const isPinyin = other.parts.every((p) => !p.initial && segmentPinyin(pinyinKey(p.roman)) !== null);
  let surnameOnly = false;
  let givenDiffers = false;
  for (const combo of readingCombos(part.readings, 16)) {
    const surname = pinyinKey(combo.slice(0, n).join(''));
    const given = pinyinKey(combo.slice(n).join(''));
    if (joined === surname + given || joined === given + surname) {
      return match(`pinyin of ${part.raw} is ${combo.slice(0, n).join('')} ${combo.slice(n).join('')}`);
    }
    const first = latin[0];
    const last = latin[latin.length - 1];
    if (latin.length === 1 && first === surname) surnameOnly = true;
    else if (first === surname || last === surname) givenDiffers = true;
  }
  if (surnameOnly) return unknown('only the surname is given; a Chinese surname alone does not identify a person');
  if (givenDiffers && !isPinyin) return unknown('the surname agrees but the given name is not pinyin (an English name like Jack Ma?)');
  if (!isPinyin || !han.nativeLooking) return null;
  if (givenDiffers) return mismatch('same surname, different given name');
  return mismatch(`the pinyin of ${part.raw} is ${joinPinyin(part.readings.map((r) => r[0]!))}, not ${other.parts.map((p) => p.raw).join(' ')}`);
}

/** Compares names part by part by sound (and spelling within Latin). */
function compareBySound(pa: ParsedName, pb: ParsedName): NameMatch {
  const [short, long] = pa.parts.length <= pb.parts.length ? [pa.parts, pb.parts] : [pb.parts, pa.parts];
  const { pairs } = bestAssignment(short, long);
  const positive = pairs.filter((p) => p.verdict.kind === 'same' || p.verdict.kind === 'prefix' || p.verdict.kind === 'initial');
  const firmSame = pairs.filter((p) => p.verdict.kind === 'same' && p.verdict.informative);
  const different = pairs.filter((p) => p.verdict.kind === 'different');
  // A short uncertain part (Yulia ~ 尤利娅) neither proves nor blocks much.
  const uncertain = pairs.filter((p) => p.verdict.kind === 'uncertain' && p.verdict.informative);
  const show = (p: { a: Part; b: Part }) => `${p.a.raw} ~ ${p.b.raw}`;

  if (firmSame.length > 0 && different.length > 0) {
    return mismatch(`${firmSame.map(show).join(', ')} agree but ${different.map((p) => `${p.a.raw} ≠ ${p.b.raw}`).join(', ')}`);
  }
  if (firmSame.length > 0 && uncertain.length === 0) {
    const missing = long.length - short.length;
    return match(`${pairs.map(show).join(', ')}${missing ? ` (${missing} part${missing > 1 ? 's' : ''} only in one name)` : ''}`);
  }
  if (firmSame.length > uncertain.length) return match(`${firmSame.map(show).join(', ')} agree; ${uncertain.map(show).join(', ')} unclear`);

  // Nothing firm in common: try the names written as one word (Trump Donald vs 唐纳德特朗普).
  // Not for native-looking Han: Korean or Japanese readings only resemble pinyin by chance.
  const joined = pa.nativeLooking || pb.nativeLooking ? null : compareJoined(pa, pb);
  if (joined) return joined;

  if (firmSame.length > 0 || uncertain.length > 0) return unknown('the names are close but not clearly the same');
  if (positive.length > 0 && different.length === 0) return unknown('too short to judge');
  if (different.length === pairs.length && different.some((p) => p.verdict.informative)) {
    return mismatch(`no part corresponds: ${different.map((p) => `${p.a.raw} ≠ ${p.b.raw}`).join(', ')}`);
  }
  if (different.length > 0 && positive.length > 0) return mismatch(`${different.map((p) => `${p.a.raw} ≠ ${p.b.raw}`).join(', ')}`);
  return unknown('too short to judge');
}

/** Both names joined into one part each, for spellings that split differently. */
function compareJoined(pa: ParsedName, pb: ParsedName): NameMatch | null {
  if (pa.parts.length === pb.parts.length) return null;
  const join = (parts: Part[]): Part => ({
    raw: parts.map((p) => p.raw).join(' '),
    source: parts.every((p) => p.source === 'pinyin') ? 'pinyin' : parts[0]!.source,
    roman: parts.map((p) => p.roman).join(''),
    initial: false,
    phones: [parts.flatMap((p) => p.phones[0] ?? [])],
  });
  const v = comparePart(join(pa.parts), join(pb.parts));
  if (v.kind === 'same' && v.informative) return match('the names agree when written as one word');
  return null;
}
