/**
 * A person's role and organisation, kept beside the name and never inside it:
 * 水利署副署長陳志豪21日 → 陳志豪, role 水利署副署長, organisation 水利署;
 * "ECTF secretary general Henrik Valde" → Henrik Valde, role secretary general, organisation ECTF;
 * "Henrik Valde, a spokesperson for the ECTF" → organisation ECTF.
 */
import { isPlace } from './places';

export interface PersonRole {
  role: string | null;
  organisation: string | null;
}

/** A word whose first letter may be either case: "secretary" and "Secretary". */
const anyCase = (w: string) => `[${w[0]!.toLowerCase()}${w[0]!.toUpperCase()}]${w.slice(1)}`;

const ROLE_WORDS = (
  'spokesperson spokesman spokeswoman secretary director president chairman chairwoman chair head economist analyst ' +
  'researcher professor fellow official minister commissioner manager scientist governor mayor comptroller founder ' +
  'partner lecturer dean editor correspondent representative adviser advisor lawyer attorney executive officer ' +
  'chief spokesman ceo cfo'
).split(' ');
const ROLE_MODIFIERS = 'chief senior deputy vice managing executive assistant associate principal lead general acting'.split(' ');
const ROLE = `(?:(?:${ROLE_MODIFIERS.map(anyCase).join('|')})\\s+){0,2}(?:${ROLE_WORDS.map(anyCase).join('|')}|CEO|CFO)(?:[\\s-]+(?:${['general', 'officer', 'director'].map(anyCase).join('|')}))?`;
// A name of an organisation: an abbreviation, or capitalised words joined by of / for / and / &.
const ORG = String.raw`(?:\p{Lu}{2,}[\p{Lu}\p{N}&-]*|\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:(?:of|for|and|&|the|on)\s+)*\p{Lu}[\p{L}\p{N}&.'’-]*){0,6})`;
// "ECTF secretary general " right before the name (read on a bounded window).
const ROLE_BEFORE = new RegExp(String.raw`(?:^|[\s,(“"])(?:(?:the|The)\s+)?(${ORG})\s+(${ROLE})\s+$`, 'u');
const ROLE_ONLY_BEFORE = new RegExp(String.raw`(?:^|[\s,(“"])(${ROLE})\s+$`, 'u');
// ", a spokesperson for the ECTF" / ", secretary general of the ECTF," right after the name.
const ROLE_AFTER = new RegExp(String.raw`^\s*,\s*(?:(?:a|an|the)\s+)?(${ROLE})\s+(?:for|at|of|with|from)\s+(?:the\s+)?(${ORG}|(?:\p{Ll}[\p{L}'’-]*\s+){0,3}(?:office|department|agency|ministry|council|board|commission|bureau|university|institute|federation|association))`, 'u');
// Words that end a capitalised run but are not part of a name: months, days, a sentence's opener.
const NOT_ORG = /^(?:The|A|An|In|On|At|By|For|But|And|As|If|When|While|After|Before|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|He|She|They|It|We|Mr|Mrs|Ms|Dr)$/;

const WINDOW = 90;

/** The role and organisation written around an English name at `index` in `text`. */
export function englishRole(text: string, index: number, name: string): PersonRole {
  const before = text.slice(Math.max(0, index - WINDOW), index);
  const after = text.slice(index + name.length, index + name.length + WINDOW + 40);
  const appositive = ROLE_AFTER.exec(after);
  if (appositive) return { role: appositive[1]!.trim(), organisation: cleanOrg(appositive[2]!) };
  const m = ROLE_BEFORE.exec(before);
  if (m) {
    const org = cleanOrg(m[1]!);
    return { role: m[2]!.trim(), organisation: org };
  }
  const r = ROLE_ONLY_BEFORE.exec(before);
  return { role: r ? r[1]!.trim() : null, organisation: null };
}

function cleanOrg(raw: string): string | null {
  const words = raw.trim().replace(/[’']s$/, '').split(/\s+/);
  while (words.length && NOT_ORG.test(words[0]!)) words.shift();
  const org = words.join(' ').replace(/^the\s+/i, '');
  return org && !isPlace(org) ? org : null;
}

// ——— Chinese ———

/** Titles and ranks, simplified and traditional; what follows the last one is the name. */
export const ZH_ROLE =
  /(?:编剧|編劇|导演|導演|演员|演員|作家|校长|校長|医生|醫生|院士|律师|律師|经理|經理|总裁|總裁|局长|局長|署长|署長|市长|市長|省长|省長|书记|書記|负责人|負責人|委员|委員|会长|會長|社长|社長|总编辑|總編輯|总统|總統|总理|總理|首相|部长|部長|外长|外長|发言人|發言人|主席|学者|學者|研究员|研究員|专家|專家|教授|分析师|分析師|分析人士|记者|記者|官员|官員|大使|主任|院长|院長|董事长|董事長|首席执行官|首席執行官|经济学家|經濟學家|议员|議員|国务卿|國務卿|秘书长|秘書長|司令|将军|將軍|创始人|創始人|作者|评论员|評論員|主编|主編|高级研究员|高級研究員|副总统|副總統|国王|國王|王储|王儲|领导人|領導人|处长|處長|科长|科長|厅长|廳長|主委|执行长|執行長|理事长|理事長|总经理|總經理|总干事|總幹事|研究助理)/g;
// Rank words written before a title: 副署長, 常务副市长, 前部长.
const ZH_RANK = /(?:副|常务|常務|前|代理|首席|高级|高級|资深|資深|执行|執行)+$/;
// Organisations end in words like these: 水利署, 气象局, 台湾大学, 消费者协会.
export const ZH_ORG_END =
  /(?:署|部|局|院|处|處|厅|廳|委员会|委員會|委会|委會|协会|協會|学会|學會|公会|公會|联合会|聯合會|基金会|基金會|大学|大學|学院|學院|研究所|研究中心|中心|公司|集团|集團|银行|銀行|政府|办公室|辦公室|法院|组织|組織|联盟|聯盟|机构|機構|智库|智庫|所|会|會|社|台|网|網|报|報|党|黨|军|軍|队|隊|馆|館|医院|醫院|交易所|议会|議會)$/;

export interface ZhPerson extends PersonRole {
  name: string;
}

/** 水利署副署長陳志豪 → { name 陳志豪, role 水利署副署長, organisation 水利署 }; null without a title. */
export function splitZhRole(phrase: string): ZhPerson | null {
  let lastStart = -1;
  let lastEnd = -1;
  for (const m of phrase.matchAll(ZH_ROLE)) {
    lastStart = m.index!;
    lastEnd = m.index! + m[0].length;
  }
  if (lastEnd <= 0 || lastEnd >= phrase.length) return null;
  const name = phrase.slice(lastEnd).replace(/^[的之]/, '').trim();
  if (name.length < 2 || name.length > 12 || /[的在对對]/.test(name)) return null;
  const role = phrase.slice(0, lastEnd).trim();
  return { name, role, organisation: zhOrganisation(phrase.slice(0, lastStart)) };
}

/** The organisation before a title: 水利署副 → 水利署; 美国 (a place) → none. */
function zhOrganisation(beforeTitle: string): string | null {
  let org = beforeTitle.replace(ZH_RANK, '').replace(/[的之]$/, '').trim();
  // Only the organisation's own words: "据了解，水利署" → 水利署.
  org = org.replace(/^.*[，,、：:；;“”「」]/, '');
  // A title before it (该署署长) is not part of it.
  org = org.replace(ZH_ROLE, '').replace(ZH_RANK, '').trim();
  if (org.length < 2 || org.length > 24 || isPlace(org)) return null;
  return ZH_ORG_END.test(org) ? org : null;
}
