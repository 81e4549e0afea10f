/** Names in running text: works in 《》, transliterated and Western person names, quotations. */

export interface Span {
  text: string;
  index: number;
}

/** 《外交政策》 → 外交政策 (also 〈〉 and 『』 used for titles in traditional texts). */
export function findTitles(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[《〈]([^《》〈〉]{1,40})[》〉]/g)) out.push({ text: m[1]!.trim(), index: m.index! });
  return out;
}

// Foreign names in Chinese join their parts with a middle dot: 蒂穆尔·乌姆洛夫.
const DOTTED_NAME = /\p{Script=Han}{1,8}(?:[·・•‧･∙]\p{Script=Han}{1,10})+/gu;

// Characters that end the words before a name (学者, 总统, 的…), never part of a transliteration.
const BEFORE_NAME = /^.*[者员員的家长長授统統理席人官使任在由和与與是为為及被向对對将將把从從]/u;

export function findDottedNames(text: string): Span[] {
  return Array.from(text.matchAll(DOTTED_NAME), (m) => {
    const raw = m[0].replace(/[・•‧･∙]/g, '·');
    const dot = raw.indexOf('·');
    // The regex is greedy to the left: "基金会学者蒂穆尔·乌姆洛夫" → "蒂穆尔·乌姆洛夫".
    let first = raw.slice(0, dot).replace(BEFORE_NAME, '');
    if (first.length > 5) first = first.slice(-5);
    const cut = dot - first.length;
    return { text: raw.slice(cut), index: m.index! + cut };
  }).filter((n) => n.text.indexOf('·') > 0);
}

const PARTICLE = "(?:de|da|di|del|della|van|von|der|den|bin|ibn|al|el|la|le|du|dos|das|ter|ten|af|zu)";
const CAP_WORD = "(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|\\p{Lu}\\.)";
// Two to five capitalised words, allowing name particles and initials.
const WESTERN_NAME = new RegExp(`${CAP_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${CAP_WORD}){1,4}`, 'gu');

// Capitalised words that start sentences or name things, not people.
const NOT_NAME_START = /^(?:The|A|An|In|On|At|For|But|And|As|If|When|While|After|Before|This|That|These|Those|It|He|She|They|We|I|His|Her|Their|Our|Mr|Mrs|Ms|Dr|President|Prime|Minister|Secretary|Senator|Gov|Governor|Rep|General|Gen|Chief|Foreign|Defense|Deputy|Former|Sen|Professor|Prof)\b\.?\s*/;

export function findWesternNames(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(WESTERN_NAME)) {
    let name = m[0].replace(/[.,'’]+$/, '');
    let index = m.index!;
    // Strip titles and sentence openers: "President Kassym-Jomart Tokayev" → the name.
    for (let i = 0; i < 4; i++) {
      const t = NOT_NAME_START.exec(name);
      if (!t) break;
      name = name.slice(t[0].length);
      index += t[0].length;
    }
    if (name.split(/\s+/).length >= 2 || /^\p{Lu}[\p{Ll}'’-]{2,}$/u.test(name)) out.push({ text: name, index });
  }
  return out;
}

// Quotation marks in the scripts we read; straight quotes pair with each other.
const QUOTES = /“([^“”]{2,600})”|「([^「」]{2,600})」|『([^『』]{2,600})』|«\s?([^«»]{2,600}?)\s?»|"([^"]{2,600})"|„([^„“”]{2,600})[“”]/g;

export function findQuotes(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(QUOTES)) {
    const q = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? '').trim();
    if (q && /[\p{L}\p{N}]/u.test(q)) out.push(q);
  }
  return out;
}

/** The short forms by which a person is named again later: 乌姆洛夫, Umarov. */
export function shortForms(fullName: string): string[] {
  if (/[·]/.test(fullName)) {
    const parts = fullName.split('·');
    return [parts[parts.length - 1]!].filter((p) => p.length >= 2);
  }
  const words = fullName.split(/\s+/);
  if (words.length >= 2) return [words[words.length - 1]!].filter((w) => w.length >= 3);
  return [];
}
