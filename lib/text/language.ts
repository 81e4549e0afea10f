import { scriptCounts } from './script';

// The commonest function words of languages written in Latin script.
const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'with', 'was', 'on', 'as', 'he', 'by', 'this', 'are', 'from', 'have', 'said'],
  fr: ['le', 'la', 'les', 'de', 'des', 'et', 'est', 'un', 'une', 'du', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'au', 'avec', 'il', 'par'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'den', 'mit', 'von', 'sich', 'des', 'auf', 'ein', 'eine', 'dem', 'zu', 'im', 'für', 'auch', 'wird'],
  es: ['el', 'la', 'los', 'las', 'de', 'que', 'y', 'en', 'un', 'una', 'por', 'con', 'para', 'del', 'se', 'es', 'al', 'como', 'más', 'pero'],
  pt: ['o', 'a', 'os', 'as', 'de', 'que', 'e', 'do', 'da', 'em', 'um', 'uma', 'para', 'com', 'não', 'por', 'dos', 'das', 'mais', 'foi'],
  it: ['il', 'lo', 'la', 'di', 'che', 'e', 'un', 'una', 'per', 'non', 'del', 'della', 'sono', 'con', 'si', 'da', 'nel', 'anche', 'gli', 'è'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'op', 'te', 'in', 'niet', 'zijn', 'met', 'voor', 'er', 'ook', 'aan', 'maar', 'om', 'wordt'],
  id: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'tidak', 'dari', 'dalam', 'akan', 'pada', 'juga', 'ke', 'karena', 'ada', 'oleh', 'mereka', 'bahwa', 'kata'],
  tr: ['ve', 'bir', 'bu', 'da', 'de', 'için', 'ile', 'olarak', 'çok', 'daha', 'gibi', 'olan', 'en', 'ama', 'ne', 'kadar', 'sonra', 'değil', 'her', 'diye'],
  pl: ['i', 'w', 'na', 'z', 'że', 'się', 'nie', 'do', 'to', 'jest', 'o', 'jak', 'ale', 'po', 'co', 'tak', 'za', 'od', 'przez', 'jego'],
  sv: ['och', 'att', 'det', 'som', 'en', 'på', 'är', 'av', 'för', 'med', 'till', 'den', 'har', 'de', 'inte', 'om', 'ett', 'han', 'men', 'var'],
  vi: ['của', 'và', 'các', 'là', 'có', 'được', 'trong', 'cho', 'không', 'người', 'này', 'những', 'với', 'một', 'đã', 'để', 'khi', 'từ', 'theo', 'cũng'],
};
const STOPWORD_SETS = Object.fromEntries(Object.entries(STOPWORDS).map(([k, v]) => [k, new Set(v)]));

const CYRILLIC_HINTS: [string, RegExp][] = [
  ['uk', /[їєіґ]/i],
  ['bg', /\b(на|за|от|се|да)\b.*ъ/i],
  ['sr', /[ђјљњћџ]/i],
  ['kk', /[әғқңөұүһі]/i],
];

/**
 * Guesses the language of a text from its script and, for Latin script, its
 * function words. Returns null when it cannot tell: callers must not guess.
 */
export function detectLanguage(text: string): string | null {
  const counts = scriptCounts(text);
  let total = 0;
  for (const n of counts.values()) total += n;
  if (total < 4) return null;
  const share = (s: Parameters<typeof counts.get>[0]) => (counts.get(s) ?? 0) / total;

  if (share('kana') > 0.05) return 'ja';
  if (share('hangul') > 0.2) return 'ko';
  if (share('han') > 0.3) return 'zh';
  if (share('cyrillic') > 0.5) {
    const sample = text.slice(0, 5000);
    return CYRILLIC_HINTS.find(([, re]) => re.test(sample))?.[0] ?? 'ru';
  }
  if (share('arabic') > 0.5) return /[پچژگ]/.test(text) ? 'fa' : 'ar';
  if (share('hebrew') > 0.5) return 'he';
  if (share('greek') > 0.5) return 'el';
  if (share('thai') > 0.5) return 'th';
  if (share('devanagari') > 0.5) return 'hi';
  if (share('latin') > 0.5) return detectLatinLanguage(text);
  return null;
}

function detectLatinLanguage(text: string): string | null {
  const words = text.slice(0, 8000).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 3) return null;
  let best: string | null = null;
  let bestHits = 0;
  let second = 0;
  for (const [lang, set] of Object.entries(STOPWORD_SETS)) {
    let hits = 0;
    for (const w of words) if (set.has(w)) hits++;
    if (hits > bestHits) {
      second = bestHits;
      bestHits = hits;
      best = lang;
    } else if (hits > second) second = hits;
  }
  // Require a clear winner: short or mixed texts stay undecided.
  if (bestHits < 2 || bestHits < second * 1.3) return null;
  return best;
}

/** "zh-Hans-CN" → "zh"; "en_US" → "en". */
export function primaryLanguage(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const m = /^([a-z]{2,3})(?:[-_]|$)/i.exec(tag.trim());
  return m ? m[1]!.toLowerCase() : null;
}

/** Normalises a language tag to BCP 47 casing ("zh_cn" → "zh-CN"); null for junk. */
export function normalizeLanguageTag(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const parts = tag.trim().replace(/_/g, '-').split('-').filter(Boolean);
  if (!parts.length || !/^[a-z]{2,3}$/i.test(parts[0]!)) return null;
  const out = [parts[0]!.toLowerCase()];
  for (const p of parts.slice(1)) {
    if (/^[a-z]{4}$/i.test(p)) out.push(p[0]!.toUpperCase() + p.slice(1).toLowerCase());
    else if (/^([a-z]{2}|\d{3})$/i.test(p)) out.push(p.toUpperCase());
    else if (/^[a-z0-9]{5,8}$/i.test(p)) out.push(p.toLowerCase());
    else break;
  }
  return out.join('-');
}
