import type { Attribution } from '../../schema/source';
import { findOutletMentions, outletForName, outletNamedBy, toOutletRef } from '../../outlets/lookup';
import type { Outlet } from '../../outlets/outlet';
import { sentenceMemo } from '../../text/sentence-memo';
import { findCues } from './cues';
import { findDottedNames, findTitles, findWesternNames } from './entities';
import { findSpeaker } from './speaker';

/** A sentence as attribution sees it: its text and where the link sits in it. */
export interface LinkSentence {
  text: string;
  /** Offset of the anchor text in `text`. */
  linkStart: number;
  linkEnd: number;
  anchorText: string;
  /** The sentence before (same paragraph or the one before), if any. */
  previous: string | null;
  /** Up to two sentences after, for "这篇由…撰写的文章" written after the link. */
  following: string[];
  lang: string | null;
}

// "由X撰写", "written by X", "X wrote": X is the author.
const ZH_AUTHORED = /由(.{2,40}?)(?:撰写|撰寫|撰文|所写|所寫|执笔|執筆|发表|發表)/;
// The name runs to a comma or a full stop — not the stop of an initial ("Emily V. Gordon").
const EN_AUTHORED = /\b(?:written|authored|penned|co-written|co-authored)\s+by\s+(.{3,80}?)(?:[,;:]|(?<!\b[A-Z])\.|\s+(?:in|for|at|and\s+published)\b|$)/i;
const ZH_ROLE_BEFORE_NAME =
  /(.{2,30}?)(?:的)?(?:高级研究员|高級研究員|研究员|研究員|学者|學者|专家|專家|教授|分析师|分析師|主任|研究人员|研究人員|访问学者|訪問學者)(.+)$/;
const EN_AFFILIATION = /,\s*(?:a|an|the)?\s*(?:senior\s+|visiting\s+|nonresident\s+|non-resident\s+)?(?:fellow|scholar|researcher|professor|analyst|director|expert|economist|editor|correspondent)\s+(?:at|of|with)\s+(?:the\s+)?([A-Z][^,.;]{2,80})/;
const EN_AFFILIATION_BEFORE = /(?:the\s+)?([A-Z][\w&.'’ -]{2,60}?)\s+(?:senior\s+|visiting\s+|nonresident\s+)?(?:fellow|scholar|researcher|analyst|economist|professor)\s+$/;
// The sentence points back at the linked piece.
const ANAPHORA = /^(?:[^，。]{0,6})?(?:这篇|這篇|该文|該文|该篇|該篇|此文|这份|這份|该报告|該報告|文中|the\s+(?:article|piece|essay|report|study|paper|op-ed|analysis)|in\s+(?:it|the\s+(?:article|piece|essay|report)))/i;

interface Found {
  name: string;
  affiliation: string | null;
}

// One sentence can hold thousands of links; what it says is worked out once, not per link.
const authorMemo = sentenceMemo<Found | null>();
const titleMemo = sentenceMemo<ReturnType<typeof findTitles>>();

function authorIn(sentence: string, lang: string | null): Found | null {
  return authorMemo(sentence, () => authorInUncached(sentence, lang), lang);
}

function authorInUncached(sentence: string, lang: string | null): Found | null {
  const zh = ZH_AUTHORED.exec(sentence);
  if (zh) return personWithAffiliation(zh[1]!);
  const en = EN_AUTHORED.exec(sentence);
  if (en) {
    const names = findWesternNames(en[1]!);
    if (names[0]) return { name: names[0].text, affiliation: enAffiliation(sentence, names[0].text) };
  }
  // "X wrote in an article", "X 在文章中写道": the speaker of a writing cue.
  for (const cue of findCues(sentence, lang)) {
    if (!/^(?:wrote|writes|argued|argues|写道|寫道|撰文|指出|表示|认为|認為|解释称|解釋稱)$/.test(cue.text)) continue;
    const speaker = findSpeaker(sentence, cue);
    if (speaker?.kind === 'person') {
      return { name: speaker.text, affiliation: /\p{Script=Han}/u.test(speaker.text) ? zhAffiliation(sentence, speaker.text) : enAffiliation(sentence, speaker.text) };
    }
  }
  return null;
}

function personWithAffiliation(phrase: string): Found | null {
  const dotted = findDottedNames(phrase);
  const role = ZH_ROLE_BEFORE_NAME.exec(phrase);
  const name = dotted.length ? dotted[dotted.length - 1]!.text : role ? role[2]!.trim() : phrase.trim();
  if (!name || name.length > 20) return null;
  const affiliation = role ? role[1]!.replace(/^(?:这篇|這篇|该|該|一位|一名|美国|美國)?/, '').trim() || null : null;
  return { name, affiliation };
}

function zhAffiliation(sentence: string, name: string): string | null {
  const at = sentence.indexOf(name);
  if (at < 0) return null;
  const role = ZH_ROLE_BEFORE_NAME.exec(sentence.slice(Math.max(0, at - 40), at + name.length));
  return role ? role[1]!.replace(/^.*[，,由]/, '').trim() || null : null;
}

function enAffiliation(sentence: string, name: string): string | null {
  const at = sentence.indexOf(name);
  if (at < 0) return null;
  const after = EN_AFFILIATION.exec(sentence.slice(at + name.length));
  if (after) return after[1]!.trim();
  const before = EN_AFFILIATION_BEFORE.exec(sentence.slice(Math.max(0, at - 80), at));
  return before ? before[1]!.trim() : null;
}

function publicationIn(sentence: string, linkStart: number, anchorText: string): { name: string; outlet: Outlet | null } | null {
  const titles = titleMemo(sentence, () => findTitles(sentence));
  // The title nearest before the link, else the first after it.
  const before = titles.filter((t) => t.index <= linkStart);
  const title = before[before.length - 1] ?? titles[0];
  if (title) return { name: title.text, outlet: outletForName(title.text) };
  const anchorOutlet = outletNamedBy(anchorText);
  if (anchorOutlet) return { name: anchorText.trim(), outlet: anchorOutlet };
  const mentions = findOutletMentions(sentence);
  const near = mentions.filter((m) => m.index <= linkStart);
  const mention = near[near.length - 1] ?? mentions[0];
  return mention ? { name: mention.name, outlet: mention.outlet } : null;
}

/** Who the text says the linked source is: the publication it names and the author. */
export function attributeLink(s: LinkSentence): Attribution {
  const publication = publicationIn(s.text, s.linkStart, s.anchorText) ?? (s.previous ? publicationIn(s.previous, s.previous.length, '') : null);
  let author = authorIn(s.text, s.lang);
  if (!author && s.previous) author = authorIn(s.previous, s.lang);
  if (!author) {
    for (const next of s.following) {
      if (!ANAPHORA.test(next)) continue;
      author = authorIn(next, s.lang);
      if (author) break;
    }
  }
  // An author who is really the publication ("Reuters reported") is not a person.
  if (author && publication && (author.name === publication.name || outletForName(author.name))) author = null;
  const outlet = publication?.outlet ?? null;
  return {
    publication: publication?.name ?? null,
    publicationEn: outlet ? outlet.en : null,
    author: author?.name ?? null,
    affiliation: author?.affiliation ?? null,
    outlet: toOutletRef(outlet),
  };
}

export { ANAPHORA };
