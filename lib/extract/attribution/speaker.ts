import { findOutletMentions } from '../../outlets/lookup';
import { ZH_SPEAKER_CHARS } from '../../text/bounds';
import type { Cue } from './cues';
import { findDottedNames, findTitles, findWesternNames, withoutTitles } from './entities';
import { englishSpeaker } from './speaker-en';
import { englishRole, splitZhRole, ZH_ROLE } from './person-role';
import type { SpeakerVia } from '../../schema/claim';

export type SpeakerKind = 'person' | 'outlet' | 'pronoun' | 'document' | 'group';

export interface Speaker {
  text: string;
  kind: SpeakerKind;
  /** A person the text names as the cited piece's author ("该文作者乌姆洛夫"): they speak for that piece. */
  authorOf?: 'document';
  /** The rule that read this speaker from the cue. */
  via?: SpeakerVia;
  /** A person's role or title, split off the name (水利署副署長). */
  role?: string;
  /** The organisation a person speaks for (水利署, ECTF). */
  organisation?: string;
}

/** Words that point back to the cited piece's author: "作者", "该文作者", "the author", "the report's authors". */
export const AUTHOR_REFERENCE =
  /^(?:作者|该作者|該作者|這位作者|这位作者|该名作者|該名作者|(?:(?:这|這|该|該|此)(?:篇|份)?)?(?:文|文章|报告|報告|研究|报道|報道|報導|论文|論文)(?:的)?作者|这位学者|這位學者|该学者|該學者|the\s+authors?|the\s+writer|the\s+scholar|(?:the\s+(?:report|study|article|paper|piece|survey|analysis|book|essay)|its)['’]?s?\s+(?:authors?|writers?))$/i;
// "该文作者乌姆洛夫": a name after the author reference.
const ZH_AUTHOR_NAMED = /^((?:(?:这|這|该|該|此)(?:篇|份)?)?(?:文|文章|报告|報告|研究|报道|報道|報導|论文|論文)(?:的)?作者)[，,、]?(.+)$/;

// Pronouns and references back to an author or a document.
const ZH_PRONOUN = /^(?:他|她|他们|她们|它|其|该作者|這位作者|这位作者|作者|该名作者|文章作者|这位学者|這位學者|该学者|該學者|这位专家|该专家|这位分析人士|他本人|她本人)$/;
// "该杂志", "该报" stand for the publication that carries the cited piece.
const ZH_DOCUMENT =
  /^(?:(?:这|這|该|該|此)(?:篇|份|本|家)?(?:文章|报道|報道|報導|报告|報告|研究|文|杂志|雜誌|刊物|刊|报纸|報紙|报|報|调查|調查|论文|論文|声明|聲明)|文章|该文|該文|报告|報告|报道|報道|報導)$/;

// Leading connectives and trailing adverbs around a Chinese speaker.
const ZH_LEAD = /^(?:但是|但|然而|不过|而且|而|并且|并|此外|另外|同时|因此|所以|对此|随后|此前|直到今天|直至今日|目前|如今|例如|比如|事实上|据悉|另据|与此同时|值得注意的是)[，,]?/;
const ZH_TRAIL =
  /(?:在(?:其|他|她|该|這|这)?[^，。；]{0,24}?(?:中|上|里|裡|时|時|时候|時候|方面|期间|期間|之际|之際)|接受[^，。；]{0,20}?采访时|接受[^，。；]{0,20}?採訪時|对(?:记者|此|媒体)|向(?:记者|媒体)|还|還|也|则|則|又|更|曾|曾经|已经|均|都|亦|再次|进一步|進一步|近日|日前|[0-9０-９]{1,2}日|周[一二三四五六日]|週[一二三四五六日]|今天|昨天|同时|同時|随后|隨後|公开|公開|明确|明確|坦率地|直接|则是|回顾|回顧|回忆|回憶|总结|總結|最后|最後)+$/;
function zhSpeaker(clause: string): Speaker | null {
  let text = clause.trim();
  for (let i = 0; i < 3; i++) text = text.replace(ZH_LEAD, '').trim();
  text = text.replace(ZH_TRAIL, '').trim();
  // "一位女生激动地说": an adverb in 地 before the verb is not part of who speaks.
  // Only adverbs: 基地, 当地, 各地 are places that speak ("美军基地表示").
  if (text.length > 4) text = text.replace(ZH_ADVERB_DI, '').trim();
  if (!text) return null;
  if (ZH_PRONOUN.test(text) || AUTHOR_REFERENCE.test(text)) return { text, kind: 'pronoun' };
  const author = ZH_AUTHOR_NAMED.exec(text);
  if (author) {
    const named = zhSpeaker(author[2]!);
    if (named?.kind === 'person') return { ...named, authorOf: 'document' };
  }
  const authored = /由(.{1,40}?)(?:撰写|撰寫|撰文|所写|所寫|发表|發表|执笔|執筆)/.exec(text);
  if (authored) {
    const inner = zhSpeaker(authored[1]!);
    if (inner && inner.kind === 'person') return inner;
  }
  const names = findDottedNames(text);
  if (names.length) return { text: names[names.length - 1]!.text, kind: 'person' };
  const titles = findTitles(text);
  if (titles.length) return { text: titles[titles.length - 1]!.text, kind: 'outlet' };
  if (ZH_DOCUMENT.test(text) || /^(?:这|這|该|該)[^，。]{0,30}(?:文章|报告|報告|报道|報道)$/.test(text)) return { text, kind: 'document' };
  // A role after a name: 钟南山院士 → 钟南山.
  // Only honorifics that follow a personal name: "北大教授" is an affiliation and a role.
  const roleAfter = /^([\u4e00-\u9fff]{2,3})(?:院士|先生|女士)$/u.exec(text);
  if (roleAfter) return { text: roleAfter[1]!, kind: 'person' };
  // Role words: what follows the last one is the name.
  const titled = splitZhRole(text);
  if (titled) {
    return { text: titled.name, kind: 'person', ...(titled.role ? { role: titled.role } : {}), ...(titled.organisation ? { organisation: titled.organisation } : {}) };
  }
  const outlets = findOutletMentions(text);
  if (outlets.length && outlets[outlets.length - 1]!.name.length >= text.length - 4) {
    return { text: outlets[outlets.length - 1]!.name, kind: 'outlet' };
  }
  if (text.length <= 20) return { text, kind: /媒体|媒體|官方|官员|官員|政府|人士|专家|專家|分析|报纸|報紙|电视|電視|网站|網站/.test(text) ? 'group' : 'person' };
  return null;
}

const ZH_ADVERB_DI = /(?:激动|兴奋|高兴|坦率|明确|直接|公开|无奈|认真|严肃|平静|愤怒|感慨|自豪|骄傲|遗憾|坚定|反复|一再|不断|深情|动情|幽默|谨慎|委婉|激動|興奮|坦白|公開|無奈|認真|嚴肅|憤怒|驕傲|遺憾|堅定|反覆|動情|謹慎)地$/u;

const ZH_BOUNDARY = /[，,。；;：:！？!?“”「」\n]/;

/** Who a cue attributes its sentence to, as the text names them, with the rule that read them. */
export function findSpeaker(sentence: string, cue: Cue): Speaker | null {
  const speaker = speakerOf(sentence, cue);
  if (!speaker) return null;
  const via = speakerVia(cue);
  if (speaker.kind !== 'person' || speaker.role || /\p{Script=Han}/u.test(speaker.text)) return { ...speaker, via };
  // An English person: the role and organisation written around the name.
  const at = sentence.indexOf(speaker.text);
  const context = at >= 0 ? englishRole(sentence, at, speaker.text) : { role: null, organisation: null };
  return { ...speaker, via, ...(context.role ? { role: context.role } : {}), ...(context.organisation ? { organisation: context.organisation } : {}) };
}

/** The rule a cue's form stands for. */
function speakerVia(cue: Cue): SpeakerVia {
  if (cue.speaker === 'inside') return 'zh-ju';
  if (/\p{Script=Han}/u.test(cue.text)) {
    if (/^(?:表示)$/.test(cue.text)) return 'zh-biaoshi';
    if (/^(?:指出)$/.test(cue.text)) return 'zh-zhichu';
    if (/^(?:称|稱|说|說|声称|聲稱|宣称|宣稱|说道|說道)$/.test(cue.text)) return 'zh-cheng';
    return 'zh-cue-subject';
  }
  if (cue.form === 'label') return 'label';
  if (cue.form === 'dash') return 'dash';
  if (cue.form === 'participle') return 'participle-subject';
  if (/^(?:according|as\s)/i.test(cue.text)) return 'according-to';
  return cue.speaker === 'after' ? 'cue-inverted' : 'cue-subject';
}

function speakerOf(sentence: string, cue: Cue): Speaker | null {
  if (cue.speaker === 'inside' && cue.inner) {
    const inner = sentence.slice(cue.inner.start, cue.inner.end);
    return zhSpeaker(inner) ?? { text: inner, kind: 'group' };
  }
  const zh = /\p{Script=Han}/u.test(cue.text);
  if (zh) {
    // Back to the clause's start, but no further than a speaker phrase runs: the rules below
    // re-read what they are given, so an unbounded look-back made many cues quadratic.
    const before = sentence.slice(Math.max(0, cue.index - ZH_SPEAKER_CHARS), cue.index);
    let cut = -1;
    for (let i = before.length - 1; i >= 0; i--) {
      if (ZH_BOUNDARY.test(before[i]!)) {
        cut = i;
        break;
      }
    }
    return zhSpeaker(before.slice(cut + 1));
  }
  return englishSpeaker(sentence, cue);
}

// An opening quotation mark: corner brackets, curly quotes, or a straight quote not inside a word.
const OPENING_QUOTE = /[「『“]|(?<![\p{L}\p{N}])["‘]/u;
// How far before a quotation its speaker's name is looked for.
const NAME_WINDOW = 60;

/**
 * Someone a sentence without a cue names outright before a quotation — a person
 * ("水利署副署長陳志豪21日說明，「…」", "Mayor Ana Ruiz, visibly angry: “…”") or a
 * publication (《X》) — as written, or null. Such a sentence speaks for them, not
 * for whoever spoke before it.
 */
export function nameBeforeQuote(sentence: string): string | null {
  const q = OPENING_QUOTE.exec(sentence);
  if (!q) return null;
  const before = sentence.slice(Math.max(0, q.index - NAME_WINDOW), q.index);
  if (/\p{Script=Han}/u.test(before)) {
    const dotted = findDottedNames(before);
    if (dotted.length) return dotted[dotted.length - 1]!.text;
    let lastRoleEnd = -1;
    for (const m of before.matchAll(ZH_ROLE)) lastRoleEnd = m.index! + m[0].length;
    const name = lastRoleEnd > 0 ? /^[\u4e00-\u9fff]{2,3}/u.exec(before.slice(lastRoleEnd)) : null;
    if (name) return name[0];
    const titles = findTitles(before);
    return titles.length ? titles[titles.length - 1]!.text : null;
  }
  const names = findWesternNames(before);
  return names.length ? withoutTitles(names[names.length - 1]!.text) : null;
}
