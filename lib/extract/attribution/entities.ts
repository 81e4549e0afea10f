/** Names in running text: works in 《》, transliterated and Western person names, quotations. */
import { MAX_WORD_CHARS } from '../../text/bounds';

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

const NAME_DOT = /[·・•‧･∙]/;

// Characters that start the words after a name (研究, 表示, 的, 在…), never part of a transliteration.
const AFTER_NAME = /[的在是和与與对對说說表认認指研称稱也还還曾已将將把被从從向为為于於等日月年]/u;

export function findDottedNames(text: string): Span[] {
  // Most sentences have no name dot at all: one native scan answers before the costly pattern.
  if (!NAME_DOT.test(text)) return [];
  return Array.from(text.matchAll(DOTTED_NAME), (m) => {
    const raw = m[0].replace(/[・•‧･∙]/g, '·');
    const dot = raw.indexOf('·');
    // The regex is greedy to the left: "基金会学者蒂穆尔·乌姆洛夫" → "蒂穆尔·乌姆洛夫".
    let first = raw.slice(0, dot).replace(BEFORE_NAME, '');
    if (first.length > 5) first = first.slice(-5);
    const cut = dot - first.length;
    // And to the right: "汉森研究酒精" → "汉森" (transliterations never use these characters).
    const lastDot = raw.lastIndexOf('·');
    const tail = AFTER_NAME.exec(raw.slice(lastDot + 2));
    const end = tail ? lastDot + 2 + tail.index : raw.length;
    return { text: raw.slice(cut, end), index: m.index! + cut };
  }).filter((n) => n.text.indexOf('·') > 0);
}

const PARTICLE = "(?:de|da|di|del|della|van|von|der|den|bin|ibn|al|el|la|le|du|dos|das|ter|ten|af|zu)";
// A capitalised word (initials and "Jr." included): the whole run of word characters, at most
// MAX_WORD_CHARS long. Not starting right after a capital and not ending inside a run keeps the
// cost linear: an unbounded `[…]*` retried from every letter of a long all-capitals word was
// quadratic (a 150,000-letter link text froze the tab for seconds).
const WORD_CHAR = "[\\p{L}\\p{M}'’.-]";
const CAP_WORD = `(?<!\\p{Lu})\\p{Lu}${WORD_CHAR}{0,${MAX_WORD_CHARS - 1}}(?!${WORD_CHAR})`;
// Two to five capitalised words, allowing name particles and initials.
const WESTERN_NAME = new RegExp(`${CAP_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${CAP_WORD}){1,4}`, 'gu');

// Capitalised words that start sentences or name things, not people.
const NOT_NAME_START = /^(?:The|A|An|In|On|At|For|But|And|As|If|When|While|After|Before|Although|Though|Because|Since|Unless|Until|Once|Whether|Despite|During|Unlike|This|That|These|Those|It|He|She|They|We|I|His|Her|Their|Our|Says|Wrote|Added|Asked|Meanwhile|Afterwards|Accordingly|However|Therefore|Moreover|Furthermore|Nevertheless|Instead|Indeed|Also|Then|Now|Later|Today|Yesterday|Still|Finally|Eventually|Initially|Currently|Recently|Previously|Additionally|Unfortunately|Fortunately|Sadly|Hello|Hallo|Hi|Dear|Liebe|Lieber|Thanks|Danke|Der|Die|Das|Was|Were|Is|Are|Did|Does|Has|Have|Had|Would|Could|Should|Mr|Mrs|Ms|Dr|President|Prime|Minister|Secretary|Senator|Gov|Governor|Rep|General|Gen|Chief|Foreign|Defense|Deputy|Former|Sen|Professor|Prof)\b\.?\s*/;

export function findWesternNames(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(WESTERN_NAME)) {
    let name = m[0].replace(/[.,'’]+$/, '');
    let index = m.index!;
    // "Said Ellis: …" opening a line is the verb; elsewhere Said is a given name (Said Jalili).
    if (index === 0 && /^Said\s/.test(name) && /^\s*:/.test(text.slice(index + m[0].length))) {
      name = name.slice(5);
      index += 5;
    }
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

// ——— English speaker names ———

// Titles and ranks written before a name; stripped so "Rep. Gwen Moore" is named "Gwen Moore".
const TITLE_WORD =
  /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Rev|Reverend|Sen|Senator|Rep|Representative|Congressman|Congresswoman|Gov|Governor|Lt|Gen|General|Col|Colonel|Maj|Major|Capt|Captain|Sgt|Adm|Admiral|Cmdr|Retired|Ret|Former|President|Vice|Prime|Minister|Secretary|Chancellor|Mayor|Judge|Justice|Chief|Speaker|Ambassador|Attorney|Deputy|Chairman|Chairwoman|Chair|Director|Commissioner|Sheriff|Coach|Officer|Detective|Sergeant|Lieutenant|Inspector|Superintendent|Bishop|Archbishop|Cardinal|Pastor|Imam|Pope|King|Queen|Prince|Princess|Sheikh|Rabbi|Father|Candidate|Nominee|CEO|CFO|COO|CTO|Founder|Co-founder|Cofounder|Spokesman|Spokeswoman|Spokesperson)\.?$/;
// Words that make a capitalised phrase an organisation rather than a person.
export const ORG_WORD =
  /\b(?:Department|Dept|Service|Services|Commission|Committee|Council|Party|Campaign|University|College|School|Institute|Center|Centre|Agency|Administration|Court|Bank|Foundation|Association|Union|Coalition|Caucus|Board|Office|Ministry|Government|Inc|Corp|Company|Group|Network|Times|Post|News|Journal|Press|Police|Army|Navy|Senate|House|Congress|Organi[sz]ation|Fund|Bureau|Authority|Federation|League|Society|Club|Trust|Media|Magazine|Review|Tribune|Herald|Gazette|Daily|Radio|Television|Broadcasting|Poll|Survey|Project|Alliance|Forum|Republicans|Democrats|Americans)\b|^\p{Lu}{2,}$|^(?:\p{Lu}\.){2,}$/u;

const NAME_WORDS = `${CAP_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${CAP_WORD}){0,5}`;
const NAME_AT_END = new RegExp(`${NAME_WORDS}$`, 'u');
const NAME_AT_START = new RegExp(`^${NAME_WORDS}`, 'u');
// Sentence openers and function words that are capitalised but never a speaker.
const NOT_A_NAME = /^(?:Having|Get|Got|Make|Take|Keep|Look|See|Consider|Considering|Imagine|Remember|Though|Although|Because|Since|Unless|Until|Whether|Neither|Either|Maybe|Perhaps|Beyond|Despite|During|Under|Over|Through|Without|Among|More|Less|Such|Much|To|Of|From|By|With|About|Are|Is|Was|Were|Did|Do|Does|Don['’]t|Can|Could|Would|Should|Recent|Part|The|A|An|In|On|At|For|But|And|As|If|When|While|After|Before|This|That|These|Those|It|He|She|They|We|I|You|His|Her|Their|Our|Its|My|Your|There|Here|What|Who|Why|How|Where|Which|So|Yet|Or|Also|Then|Now|Still|Even|Only|Just|Some|Many|Most|All|Both|Each|Every|Other|Another|One|No|Not|Let|Let’s|Let's|Asked|Meanwhile|However|Instead|Indeed|Yes|Well|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;

/** Drops titles and ranks before a name: "Homeland Security Secretary Jeh Johnson" → "Jeh Johnson". */
export function withoutTitles(name: string): string {
  const words = name.split(/\s+/);
  // The last word is the name itself, even when it could be a title ("Mr. King").
  let lastTitle = -1;
  for (let i = 0; i < words.length - 1; i++) if (TITLE_WORD.test(words[i]!)) lastTitle = i;
  const rest = words.slice(lastTitle + 1);
  // Keep "Justice Department": a title followed only by an organisation word names the organisation.
  if (ORG_WORD.test(rest.join(' '))) return name;
  return rest.join(' ');
}

function trimName(raw: string): string | null {
  // A sentence's full stop is not part of the name, but an initial's or "Jr." is.
  const words = raw.replace(/,+$/, '').replace(/(\p{L}{3,})\.$/u, '$1').split(/\s+/);
  while (words.length && NOT_A_NAME.test(words[0]!.replace(/['’]s$/, ''))) words.shift();
  const name = words.join(' ');
  return name && !(words.length === 1 && TITLE_WORD.test(name)) ? name : null;
}

/** A name found at one end of a phrase: its cleaned text and the raw match's offsets. */
export interface NameSpan {
  text: string;
  start: number;
  end: number;
}

/** The capitalised name that ends `text` ("… Mr. McKinley"), one word or several. */
export function nameAtEnd(text: string): NameSpan | null {
  const m = NAME_AT_END.exec(text.trimEnd());
  const name = m ? trimName(m[0]) : null;
  return m && name ? { text: name, start: m.index, end: m.index + m[0].length } : null;
}

/** The capitalised name that starts `text` ("Mr. Burman (a view …"). */
export function nameAtStart(text: string): NameSpan | null {
  const lead = text.length - text.trimStart().length;
  const m = NAME_AT_START.exec(text.trimStart());
  if (!m || NOT_A_NAME.test(m[0].split(/\s+/)[0]!.replace(/['’]s$/, ''))) return null;
  const name = trimName(m[0]);
  return name ? { text: name, start: lead, end: lead + m[0].length } : null;
}

export interface QuoteState {
  /** Quoted stretches of the text, end exclusive. */
  ranges: { start: number; end: number }[];
  /** A quotation is still open at the end of the text. */
  open: boolean;
}

const OPENING = new Set(['“', '«', '„', '「', '『']);
const CLOSING = new Set(['”', '»', '」', '』']);
// Most sentences quote nothing: one native scan answers that before the loop below.
const ANY_QUOTE = /["“«„「『”»」』]|''/;

/**
 * Where quotations sit in a sentence, given whether one was already open when it
 * began (a quotation may run over several sentences of a paragraph). Straight
 * double quotes and '' pairs toggle; a closing mark with no opener closes a
 * quotation that began before the sentence.
 */
export function quotedRanges(text: string, openAtStart: boolean): QuoteState {
  if (!ANY_QUOTE.test(text)) return { ranges: openAtStart ? [{ start: 0, end: text.length }] : [], open: openAtStart };
  const ranges: { start: number; end: number }[] = [];
  let start = openAtStart ? 0 : -1;
  const close = (end: number) => {
    ranges.push({ start: Math.max(0, start), end });
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const straight = ch === '"' || (ch === "'" && text[i + 1] === "'");
    if (straight) {
      if (start >= 0) close(i + (ch === '"' ? 1 : 2));
      else start = i;
      if (ch === "'") i++;
    } else if (OPENING.has(ch)) {
      if (start < 0) start = i;
    } else if (CLOSING.has(ch)) {
      if (start < 0) start = 0;
      close(i + 1);
    }
  }
  if (start >= 0) ranges.push({ start, end: text.length });
  return { ranges, open: start >= 0 };
}
