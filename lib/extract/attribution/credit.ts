/**
 * Open-vocabulary attribution: the organisation and the person an attribution phrase
 * credits, read from the phrase itself whether or not the outlet table knows the name.
 * "according to X"; "X said / reported / found"; "a report / study / figures by or from X";
 * "X's report"; "researchers at X"; "X, a spokesperson for Y"; 据X报道; X表示 / 指出 / 发布;
 * X发布的报告; 由X撰写; X撰写的文章; 在X上发表. Each credit records the rule that read it.
 */
import { STATEMENT_BREAK } from '../../text/statements';
import type { AttributionVia } from '../../schema/source';
import { outletForName } from '../../outlets/lookup';
import { sentenceMemo } from '../../text/sentence-memo';
import { findCues } from './cues';
import { findDottedNames, findTitles, ORG_WORD, withoutTitles } from './entities';
import { englishRole, splitZhRole, ZH_ORG_END } from './person-role';
import { isPlace } from './places';
import { findSpeaker } from './speaker';

export interface Credit {
  /** The organisation or publication credited, as written (without "the"). */
  organisation: string | null;
  person: string | null;
  role: string | null;
  via: AttributionVia;
  /** When the organisation came from beside the person rather than from the phrase: how. */
  organisationVia?: AttributionVia;
  /** Where the phrase sits in the sentence. */
  start: number;
  end: number;
}

const DOC = String.raw`(?:report|reports|study|studies|survey|surveys|statement|figures|data|analysis|paper|poll|audit|review|estimates|research|findings|filing|release|statistics|numbers|report card|index|forecast|assessment|white paper|briefing|brief|guidance|bulletin|ranking|rankings|count|tally|census|investigation|evaluation)`;
const PEOPLE_AT = String.raw`(?:[Rr]esearchers|[Ss]cientists|[Ee]conomists|[Aa]nalysts|[Ee]xperts|[Aa]cademics|[Ss]cholars|[Aa]\s+team|[Aa]\s+group\s+of\s+researchers|[Ee]ngineers|[Ee]pidemiologists|[Ss]tatisticians)\s+(?:at|from|with|of)\s+`;
// An organisation named in capitals: an abbreviation, or capitalised words joined by of / for / and / &,
// a possessive inside ("Eastbrook University's Center for Urban Finance").
const CAP_NAME = String.raw`(?:\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:(?:of|for|and|&|the|on|de)\s+)*\p{Lu}[\p{L}\p{N}&.'’-]*){0,7})`;
// A named office in lower case: "the city comptroller's office", "the state health department".
const PLAIN_ORG = String.raw`(?:(?:[\p{Ll}][\p{Ll}'’-]*\s+){0,4}(?:office|department|agency|ministry|council|board|commission|bureau|authority|regulator|administration|police|court|university|institute|federation|association|committee|union|chamber))\b`;
const ORG_AHEAD = new RegExp(String.raw`^(?:the\s+|The\s+)?(?:(${CAP_NAME})|(${PLAIN_ORG}))`, 'u');
// Words that end a capitalised run but are no part of a name.
const TRAILING = /\s+(?:(?:on|in|at|of|for|and|the|de)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
const NOT_NAME = /^(?:The|A|An|In|On|At|By|For|But|And|As|If|When|While|After|Before|It|He|She|They|We|I|This|That|These|Those|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Last|Next|Earlier|Later)$/;

// People described by what they do, capitalised only because they open the sentence ("Officials in Washington said").
const GROUP_OPENER = /^(?:Officials|Experts|Analysts|Critics|Researchers|Economists|Authorities|Residents|Lawmakers|Investigators|Scientists|Doctors|Prosecutors|Witnesses|Sources|Observers|Diplomats|Activists|Organi[sz]ers|Executives|Leaders|People|Workers|Students|Teachers|Parents|Voters|Members|Supporters|Opponents|Traders|Investors|Farmers)\b/;

const AFTER_PREPOSITION = /\b(?:in|and|of|from|at|to|into|across|for|with|near|outside|inside|than)\s+(?:the\s+)?$/i;

const EN_FRAMES: { re: RegExp; via: AttributionVia }[] = [
  // "according to (a report released Monday by) X", "as reported by X"
  { re: new RegExp(String.raw`\b(?:[Aa]ccording\s+to|as\s+(?:reported|noted|published|first\s+reported|estimated)\s+by)\s+(?:(?:a|an|the|new|latest|recent|annual|its|their)\s+)*(?:(?:[\p{Ll}-]+\s+){0,2}${DOC}\s+(?:[\p{L}\p{N},-]+\s+){0,5}?(?:by|from|of)\s+(?:${PEOPLE_AT})?)?`, 'gu'), via: 'according-to' },
  // "a report / study / figures (released last month) by / from X", "data compiled by X"
  { re: new RegExp(String.raw`\b${DOC}\s+(?:(?:[\p{Ll}\p{N},-]+|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+){0,5}?(?:by|from)\s+(?:${PEOPLE_AT})?`, 'gu'), via: 'document-by' },
  { re: new RegExp(String.raw`\b(?:published|released|issued|compiled|collected|conducted|produced|commissioned)\s+(?:(?:last|this|on|in|earlier)\s+\p{L}+\s+)?by\s+(?:${PEOPLE_AT})?`, 'gu'), via: 'document-by' },
  // "researchers at X"
  { re: new RegExp(String.raw`\b${PEOPLE_AT}`, 'gu'), via: 'researchers-at' },
];
// "X's (new) report": found at the "'s report", then X is read back word by word (a pattern reading
// the capitalised name forward from every position was quadratic on a long run of capitals).
// A work is its maker's too: "Bruce Nauman's 1968 work", "Tracey Emin's neon sculptures" credit the artist.
const WORK = String.raw`(?:book|books|novel|novels|memoir|essay|essays|article|column|op-ed|piece|poem|poems|work|works|film|films|documentary|album|song|songs|painting|paintings|sculpture|sculptures|photograph|photographs|installation|play|biography|blog|podcast|newsletter)`;
const POSSESSIVE_TAIL = new RegExp(String.raw`['’]s\s+(?:(?:new|latest|annual|own|recent|quarterly|monthly|first|final|\d{4})\s+){0,3}(?:${DOC}|(?:[\p{Ll}-]+\s+)?${WORK})\b`, 'gu');
const NAME_WORD = /^\p{Lu}[\p{L}\p{N}&.'’-]{0,40}$/u;
const NAME_JOIN = /^(?:of|for|and|&|the|on|de)$/;

/** The capitalised name that ends `before`: "the Harbour Board" → Harbour Board; at most eight words. */
function nameBefore(before: string): { name: string; start: number } | null {
  const words = before.slice(-120).split(/\s+/);
  const taken: string[] = [];
  for (let i = words.length - 1; i >= 0 && taken.length < 8; i--) {
    const w = words[i]!;
    if (NAME_WORD.test(w)) taken.unshift(w);
    else if (NAME_JOIN.test(w) && taken.length && i > 0 && NAME_WORD.test(words[i - 1]!)) taken.unshift(w);
    else break;
  }
  if (!taken.length) return null;
  const name = taken.join(' ');
  return { name, start: before.length - name.length };
}

const CLAUSE_END = /[；;。！？!?]|\.\s/;

const creditMemo = sentenceMemo<Credit[]>();

/** Every credit in a sentence, in text order. */
export function findCredits(text: string, lang: string | null): Credit[] {
  return creditMemo(text, () => creditsUncached(text, lang), lang);
}

function creditsUncached(text: string, lang: string | null): Credit[] {
  const out: Credit[] = [];
  const han = /\p{Script=Han}/u.test(text);
  if (han) chineseCredits(text, out);
  if (/[A-Za-z]/.test(text)) englishCredits(text, lang, out);
  return out.sort((a, b) => a.start - b.start);
}

// ——— English ———

/** The organisation or person that starts `text` (after a frame): cleaned, classified. */
function readNameAhead(text: string): { organisation: string | null; person: string | null; length: number } | null {
  const m = ORG_AHEAD.exec(text);
  if (!m) return null;
  let name = (m[1] ?? m[2] ?? '').trim();
  for (let i = 0; i < 3; i++) name = name.replace(TRAILING, '');
  name = name.replace(/[’']s$/, '').replace(/[.,]$/, '');
  const first = name.split(/\s+/)[0] ?? '';
  if (!name || NOT_NAME.test(first)) return null;
  const length = m[0].length;
  if (m[2]) return { organisation: name, person: null, length };
  // "according to The New York Times": a capitalised "The" inside a sentence is part of an outlet's name, as written.
  if (m[0].startsWith('The ') && outletForName(name)) return { organisation: `The ${name}`, person: null, length };
  const cleaned = withoutTitles(name);
  if (isPersonName(cleaned)) return { organisation: null, person: cleaned, length };
  return { organisation: name, person: null, length };
}

/** Two to four capitalised words that name no organisation and no known outlet. */
function isPersonName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && !ORG_WORD.test(name) && !outletForName(name) && !isPlace(name) && words.every((w) => /^\p{Lu}[\p{Ll}'’.-]+$|^\p{Lu}\.$/u.test(w));
}

function englishCredits(text: string, lang: string | null, out: Credit[]): void {
  for (const { re, via } of EN_FRAMES) {
    for (const m of text.matchAll(re)) {
      const at = m.index! + m[0].length;
      let named = readNameAhead(text.slice(at, at + 160));
      if (!named) continue;
      // "researchers at X": X is where they work, never a person.
      if (named.person && (via === 'researchers-at' || new RegExp(`${PEOPLE_AT}$`, 'u').test(m[0]))) named = { ...named, organisation: named.person, person: null };
      // "imports into the European Union": only the phrase makes a place the speaker; "data from China" names no one.
      if (named.organisation && isPlace(named.organisation) && via !== 'according-to') continue;
      const role = named.person ? englishRole(text, at + (text.slice(at).indexOf(named.person)), named.person) : null;
      out.push({
        organisation: named.organisation ?? role?.organisation ?? null,
        person: named.person,
        role: role?.role ?? null,
        via,
        ...(role?.organisation && !named.organisation ? { organisationVia: 'spokesperson-for' as const } : {}),
        start: m.index!,
        end: at + named.length,
      });
    }
  }
  for (const m of text.matchAll(POSSESSIVE_TAIL)) {
    const found = nameBefore(text.slice(Math.max(0, m.index! - 120), m.index!));
    if (!found) continue;
    let name = found.name;
    const words = name.split(/\s+/);
    while (words.length && NOT_NAME.test(words[0]!)) words.shift();
    name = words.join(' ');
    if (!name || isPlace(name)) continue;
    const person = isPersonName(withoutTitles(name)) ? withoutTitles(name) : null;
    out.push({ organisation: person ? null : name, person, role: null, via: 'possessive', start: m.index! - name.length, end: m.index! + m[0].length });
  }
  // "X said / reported / found", "said X": the cue's subject, with the person's role and organisation.
  for (const cue of findCues(text, lang)) {
    if (/\p{Script=Han}/u.test(cue.text) || cue.form === 'label' || cue.form === 'dash') continue;
    const speaker = findSpeaker(text, cue);
    if (!speaker || speaker.kind === 'pronoun' || speaker.kind === 'document') continue;
    const name = speaker.text.replace(/^the\s+/i, '');
    // A bare group ("officials", "critics") names no one; a capitalised one does ("the Port of Saltmarsh").
    // A group is a name only when its head is capitalised: "the Port of Saltmarsh", not "American officials", "My electric utility".
    if (speaker.kind === 'group' && (!/^\p{Lu}/u.test(name) || GROUP_OPENER.test(name) || !/(?:^|\s)\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s+(?:police|government|council|office|department|agency|ministry|administration|court|authority))?$/u.test(name))) continue;
    const at = text.indexOf(speaker.text);
    // "Shops in Washington and Brussels reported", "members … in China said": a name after a preposition is not the subject.
    if (at > 0 && AFTER_PREPOSITION.test(text.slice(Math.max(0, at - 16), at))) continue;
    const start = Math.min(at >= 0 ? at : cue.index, cue.index);
    const end = Math.max(cue.index + cue.text.length, at >= 0 ? at + speaker.text.length : 0);
    const via: AttributionVia = /^(?:according|as\s)/i.test(cue.text) ? 'according-to' : 'cue-subject';
    // "researchers at Eastbrook University's Center for Urban Finance found": a name inside an organisation is no person.
    if (out.some((c) => c.organisation?.includes(name))) continue;
    if (speaker.kind !== 'outlet' && isPersonName(name)) {
      // The organisation beside the person: before the role ("ECTF secretary general …") or after (", a spokesperson for …").
      const orgAt = speaker.organisation ? text.indexOf(speaker.organisation) : -1;
      const orgVia: AttributionVia = !speaker.organisation ? via : orgAt >= 0 && orgAt < text.indexOf(name) ? 'role-before-name' : 'spokesperson-for';
      out.push({ organisation: speaker.organisation ?? null, person: name, role: speaker.role ?? null, via, ...(speaker.organisation ? { organisationVia: orgVia } : {}), start, end });
    } else if (speaker.kind !== 'person' || ORG_WORD.test(name) || outletForName(name) || /^\p{Lu}{2,}$/u.test(name) || isPlace(name)) {
      // A place the phrase makes the speaker stands for its government ("Washington said", "the European Union said").
      out.push({ organisation: name, person: null, role: null, via, start, end });
    }
  }
}

// ——— Chinese ———

const ZH_PUBLISHED = /([^，。；：、\s“”「」《》]{2,24}?)(?:所)?(?:发布|發布|公布|公佈|發表|发表)(?:的|了)?(?:最新|年度)?(?:报告|報告|数据|數據|调查|調查|研究|统计|統計|声明|聲明|公告|白皮书|白皮書|资料|資料)/gu;
const ZH_PUBLISHED_IN = /在([^，。；“”「」]{2,24}?)(?:网站|網站|官网|官網|期刊|杂志|雜誌|平台|平臺)?(?:上)(?:发表|發表|刊登|刊出|撰文)/gu;
const ZH_AUTHORED_BY = /由([^，。；“”「」]{2,30}?)(?:撰写|撰寫|撰文|所写|所寫|执笔|執筆)/gu;
const ZH_WROTE_PIECE = /([^，。；：、\s“”「」]{2,20}?)(?:撰写|撰寫)的(?:文章|报告|報告|评论|評論|论文|論文)/gu;
// Leading words of a clause that are not part of a name.
const ZH_LEAD = /^(?:但是|但|然而|不过|不過|而且|此外|另外|同时|同時|据了解|據了解|据悉|據悉|另据|另據|根据|根據|对此|對此|其中|今年|去年|目前|近日|日前)[，,]?/;

/** A Chinese phrase as an organisation, a titled person, a publication in 《》, or nothing. */
function zhName(phrase: string): { organisation: string | null; person: string | null; role: string | null } | null {
  let p = phrase.trim();
  for (let i = 0; i < 2; i++) p = p.replace(ZH_LEAD, '').trim();
  // Time words after a name: 陳志豪21日, 水利署昨天.
  p = p.replace(/(?:[0-9０-９]{1,2}日|[0-9０-９]{1,2}月[0-9０-９]{1,2}日|今天|昨天|昨日|今日|日前|近日|周[一二三四五六日]|週[一二三四五六日]|也|还|還|则|則|亦|再次|稍早|早前)+$/u, '').trim();
  if (!p) return null;
  const titles = findTitles(p);
  if (titles.length) return { organisation: titles[titles.length - 1]!.text, person: null, role: null };
  const titled = splitZhRole(p);
  if (titled) return { organisation: titled.organisation, person: titled.name, role: titled.role };
  const dotted = findDottedNames(p);
  if (dotted.length) return { organisation: null, person: dotted[dotted.length - 1]!.text, role: null };
  if (isPlace(p)) return null;
  if (outletForName(p) || (p.length <= 20 && ZH_ORG_END.test(p) && !/[的是在]/.test(p))) return { organisation: p, person: null, role: null };
  return null;
}

function chineseCredits(text: string, out: Credit[]): void {
  for (const cue of findCues(text, 'zh')) {
    if (!/\p{Script=Han}/u.test(cue.text)) continue;
    let phrase: string;
    let start: number;
    if (cue.speaker === 'inside' && cue.inner) {
      phrase = text.slice(cue.inner.start, cue.inner.end);
      start = cue.index;
    } else {
      const before = text.slice(Math.max(0, cue.index - 40), cue.index);
      const cut = Math.max(...['，', ',', '。', '；', ';', '：', ':', '“', '”', '「', '」', '\n'].map((c) => before.lastIndexOf(c)));
      phrase = before.slice(cut + 1);
      start = cue.index - phrase.length;
    }
    // 据水利署发布的报告: the frame's publisher.
    const inner = /^(.{2,24}?)(?:所)?(?:发布|發布|公布|公佈)的/.exec(phrase);
    const named = zhName(inner ? inner[1]! : phrase);
    if (!named) continue;
    out.push({ ...named, via: cue.speaker === 'inside' ? 'zh-ju' : 'zh-cue-subject', start, end: cue.index + cue.text.length });
  }
  for (const [re, via] of [[ZH_PUBLISHED, 'zh-published-report'], [ZH_PUBLISHED_IN, 'zh-published-in']] as const) {
    for (const m of text.matchAll(re)) {
      const phrase = m[1]!.replace(/^.*[据據由]/, '');
      // 在X上发表: X is where it appeared, whatever its name ends in.
      const named = zhName(phrase) ?? (via === 'zh-published-in' && /^[\p{Script=Han}A-Za-z·]{2,12}$/u.test(phrase) && !isPlace(phrase) ? { organisation: phrase, person: null, role: null } : null);
      if (named && (named.organisation || named.person)) out.push({ ...named, via, start: m.index!, end: m.index! + m[0].length });
    }
  }
  for (const re of [ZH_AUTHORED_BY, ZH_WROTE_PIECE]) {
    for (const m of text.matchAll(re)) {
      const phrase = m[1]!.replace(/^.*[由据據]/, '').replace(/^(?:这篇|這篇|该篇|該篇|一篇)/, '');
      const named = zhName(phrase);
      const person = named?.person ?? (/^[\p{Script=Han}·]{2,12}$/u.test(phrase) && !ZH_ORG_END.test(phrase) && !isPlace(phrase) ? phrase : null);
      if (person || named?.organisation) out.push({ organisation: named?.organisation ?? null, person, role: named?.role ?? null, via: 'written-by', start: m.index!, end: m.index! + m[0].length });
    }
  }
}

/**
 * The credit that speaks for a link at [linkStart, linkEnd): the phrase holding the link,
 * else the nearest before it, else the first after it in the same clause (not past "；" or a full stop:
 * "據中央社報導，…；水利署副署長陳志豪表示" gives the agency's link no author).
 */
export function creditForLink(text: string, credits: readonly Credit[], linkStart: number, linkEnd: number, want: (c: Credit) => boolean): Credit | null {
  let before: Credit | null = null;
  let after: Credit | null = null;
  for (const c of credits) {
    if (!want(c)) continue;
    if (c.start <= linkStart && c.end >= linkEnd) return c;
    if (c.start < linkEnd && c.end > linkStart) return c;
    if (c.end <= linkStart || c.start < linkStart) {
      // A credit before a semicolon speaks for its own statement, not for a link after it (…；王明说，[link]).
      if (STATEMENT_BREAK.test(text.slice(c.end, linkStart))) continue;
      if (!before || c.start >= before.start) before = c;
    } else if (!after && !CLAUSE_END.test(text.slice(linkEnd, c.start))) after = c;
  }
  return before ?? after;
}
