import { lastStatementBreak, nextStatementBreak } from '../../text/statements';
import type { Attribution, AttributionVia } from '../../schema/source';
import { findOutletMentions, outletForName, outletNamedBy, toOutletRef } from '../../outlets/lookup';
import type { Outlet } from '../../outlets/outlet';
import { sentenceMemo } from '../../text/sentence-memo';
import { findCues } from './cues';
import { findDottedNames, findTitles, findWesternNames } from './entities';
import { creditForLink, findCredits, type Credit } from './credit';
import { isPlace } from './places';
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
  /** The known outlet the link's address belongs to, if any. */
  linkOutlet?: Outlet | null;
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
  role?: string | null;
  via: AttributionVia;
  /** The words it was read from. */
  phrase?: string;
}

// One sentence can hold thousands of links; what it says is worked out once, not per link.
const authorMemo = sentenceMemo<Found | null>();
const titleMemo = sentenceMemo<ReturnType<typeof findTitles>>();

function authorIn(sentence: string, lang: string | null): Found | null {
  return authorMemo(sentence, () => authorInUncached(sentence, lang), lang);
}

function authorInUncached(sentence: string, lang: string | null): Found | null {
  const zh = ZH_AUTHORED.exec(sentence);
  if (zh) {
    const found = personWithAffiliation(zh[1]!);
    return found && { ...found, phrase: zh[0] };
  }
  const en = EN_AUTHORED.exec(sentence);
  if (en) {
    const names = findWesternNames(en[1]!);
    if (names[0]) return { name: names[0].text, affiliation: enAffiliation(sentence, names[0].text), via: 'written-by', phrase: en[0].replace(/[,;:.]$/, '') };
  }
  // "X wrote in an article", "X 在文章中写道": the speaker of a writing cue.
  for (const cue of findCues(sentence, lang)) {
    if (!/^(?:wrote|writes|argued|argues|写道|寫道|撰文|指出|表示|认为|認為|解释称|解釋稱)$/.test(cue.text)) continue;
    const speaker = findSpeaker(sentence, cue);
    // "Washington argued": a place that speaks is its government, not a writer.
    if (speaker?.kind === 'person' && !isPlace(speaker.text)) {
      const affiliation = speaker.organisation ?? (/\p{Script=Han}/u.test(speaker.text) ? zhAffiliation(sentence, speaker.text) : enAffiliation(sentence, speaker.text));
      const at = sentence.indexOf(speaker.text);
      const phrase = at >= 0 ? sentence.slice(Math.min(at, cue.index), Math.max(at + speaker.text.length, cue.index + cue.text.length)).slice(0, 300) : speaker.text;
      return { name: speaker.text, affiliation, role: speaker.role ?? null, via: 'writing-cue', phrase };
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
  return { name, affiliation, via: 'written-by' };
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

interface Publication {
  name: string;
  outlet: Outlet | null;
  via: AttributionVia;
  /** The words it was read from. */
  phrase: string;
}

/** The words of a phrase, cut to what a reader needs to see. */
const words = (text: string, start: number, end: number) => text.slice(Math.max(0, start), Math.min(text.length, end)).trim().slice(0, 300);

const hasOrganisation = (c: Credit) => !!c.organisation;
const hasPerson = (c: Credit) => !!c.person;

/**
 * The publication a sentence names for a link: in 《》, the link's own words, the attribution
 * phrase nearest the link (open vocabulary), else a news outlet the sentence names — never a
 * place the phrase does not make a speaker ("imports into the European Union").
 */
function publicationIn(sentence: string, linkStart: number, linkEnd: number, anchorText: string, lang: string | null): Publication | null {
  const titles = titleMemo(sentence, () => findTitles(sentence));
  // The title nearest before the link, else the first after it.
  const before = titles.filter((t) => t.index <= linkStart);
  const title = before[before.length - 1] ?? titles[0];
  if (title) return { name: title.text, outlet: outletForName(title.text), via: 'title-marks', phrase: `《${title.text}》` };
  const anchorOutlet = outletNamedBy(anchorText);
  if (anchorOutlet) return { name: anchorText.trim(), outlet: anchorOutlet, via: 'anchor-outlet', phrase: anchorText.trim() };
  const credits = findCredits(sentence, lang);
  // The link's own words say who published it: "figures published by the European Cycle Trade Federation".
  const inAnchor = linkEnd > linkStart ? credits.find((c) => c.organisation && c.start >= linkStart && c.end <= linkEnd + 1) : undefined;
  if (inAnchor) return { name: inAnchor.organisation!, outlet: outletForName(inAnchor.organisation!), via: 'anchor-names-publisher', phrase: anchorText.trim().slice(0, 300) };
  const credit = creditForLink(sentence, credits, linkStart, linkEnd, hasOrganisation);
  if (credit) {
    const name = credit.organisation!;
    return { name, outlet: outletForName(name), via: credit.organisationVia ?? credit.via, phrase: words(sentence, credit.start, credit.end) };
  }
  const mentions = findOutletMentions(sentence).filter((m) => !isPlace(m.name));
  const near = mentions.filter((m) => m.index <= linkStart);
  const mention = near[near.length - 1] ?? mentions[0];
  return mention ? { name: mention.name, outlet: mention.outlet, via: 'outlet-named', phrase: mention.name } : null;
}

/** Rules that take an author from another sentence: their organisation is not this link's publisher. */
const BORROWED: ReadonlySet<AttributionVia> = new Set(['previous-sentence', 'following-sentence', 'continuation']);


/** Rules that read a publication from near the link rather than from a phrase that credits it. */
const GUESSED: ReadonlySet<AttributionVia> = new Set(['previous-sentence', 'outlet-named']);

/**
 * Who the sentence's own cues say is speaking: someone it names (not a pronoun, not a reference back such as
 * "the report"), and whether one is a personal pronoun ("he noted that …", 她表示).
 */
function ownSpeakers(sentence: string, lang: string | null): { named: boolean; pronoun: boolean } {
  let named = false;
  let pronoun = false;
  for (const cue of findCues(sentence, lang)) {
    const speaker = findSpeaker(sentence, cue);
    if (!speaker) continue;
    if (speaker.kind === 'pronoun') pronoun = true;
    else if (!(speaker.kind === 'document' && ANAPHORA.test(speaker.text))) named = true;
  }
  return { named, pronoun };
}

/** The statement of a sentence that holds the link: between the semicolons around it (…；王明说，[link]…). */
function linkClause(s: LinkSentence): string {
  return s.text.slice(lastStatementBreak(s.text, s.linkStart) + 1, nextStatementBreak(s.text, s.linkEnd));
}

/** The person the attribution phrase nearest the link names, with their organisation and role. */
function creditedPerson(sentence: string, linkStart: number, linkEnd: number, lang: string | null): Found | null {
  const credits = findCredits(sentence, lang);
  const credit = creditForLink(sentence, credits, linkStart, linkEnd, hasPerson);
  // "Mayor Ann Ruiz said …, while the Harbour Board argued that [link]": a body credited nearer the link speaks for it.
  const nearest = credit && creditForLink(sentence, credits, linkStart, linkEnd, () => true);
  if (nearest && !nearest.person && nearest.start >= credit.end && nearest.end <= linkStart) return null;
  return credit ? { name: credit.person!, affiliation: credit.organisation, role: credit.role, via: credit.via, phrase: words(sentence, credit.start, credit.end) } : null;
}

/** Who the text says the linked source is: the publication it names and the author, each with the rule that read it. */
export function attributeLink(s: LinkSentence): Attribution {
  let publication = publicationIn(s.text, s.linkStart, s.linkEnd, s.anchorText, s.lang);
  // A sentence that names its own speaker ("相關數據顯示", "officials said") does not borrow the one before.
  const speakers = ownSpeakers(s.text, s.lang);
  const ownSpeaker = speakers.named;
  if (!publication && s.previous && !ownSpeaker) {
    const earlier = publicationIn(s.previous, s.previous.length, s.previous.length, '', s.lang);
    if (earlier) publication = { ...earlier, via: 'previous-sentence' };
  }
  // A name only guessed (the sentence before named it, or this one mentions it with no phrase crediting it)
  // yields to the address when that is another known outlet: a Los Angeles Times link after "The Wall Street
  // Journal published…" is not the Journal's, and calling it so would report a mismatch the text never made.
  if (publication && GUESSED.has(publication.via) && publication.outlet && s.linkOutlet && publication.outlet.id !== s.linkOutlet.id) publication = null;
  // An author read from anywhere in the sentence only when no attribution phrase governs the link:
  // "據中央社報導，…；陳志豪表示" does not make 陳志豪 the agency's author.
  const phraseGoverns = !!publication && publication.via !== 'title-marks' && publication.via !== 'outlet-named' && publication.via !== 'anchor-outlet';
  let author = creditedPerson(s.text, s.linkStart, s.linkEnd, s.lang) ?? (phraseGoverns ? null : authorIn(linkClause(s), s.lang));
  // "He noted that … [link]" after "Eric Reeves … said": the pronoun's speaker is the person the sentence before credits.
  if (!author && s.previous && !ownSpeaker && speakers.pronoun) {
    const earlier = creditedPerson(s.previous, s.previous.length, s.previous.length, s.lang);
    if (earlier) author = { ...earlier, via: 'continuation' };
  }
  if (!author && s.previous && !ownSpeaker) {
    const earlier = authorIn(s.previous, s.lang);
    if (earlier) author = { ...earlier, via: 'previous-sentence' };
  }
  if (!author) {
    for (const next of s.following) {
      if (!ANAPHORA.test(next)) continue;
      const later = authorIn(next, s.lang);
      if (later) {
        author = { ...later, via: 'following-sentence' };
        break;
      }
    }
  }
  // An author who is really the publication ("Reuters reported") is not a person.
  if (author && publication && (author.name === publication.name || outletForName(author.name))) author = null;
  // A person's organisation is the publication when the sentence names no other ("ECTF secretary general Henrik Valde said").
  if (!publication && author?.affiliation && !isPlace(author.affiliation) && !BORROWED.has(author.via)) {
    publication = { name: author.affiliation, outlet: outletForName(author.affiliation), via: author.via, phrase: author.phrase ?? author.affiliation };
  }
  const outlet = publication?.outlet ?? null;
  return {
    publication: publication?.name ?? null,
    publicationEn: outlet ? outlet.en : null,
    author: author?.name ?? null,
    affiliation: author?.affiliation ?? null,
    outlet: toOutletRef(outlet),
    ...(author?.role ? { role: author.role } : {}),
    ...(publication ? { via: publication.via, phrase: publication.phrase } : {}),
    ...(author ? { authorVia: author.via, ...(author.phrase ? { authorPhrase: author.phrase } : {}) } : {}),
  };
}

export { ANAPHORA };
