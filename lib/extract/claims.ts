import type { Claim, ClaimVia } from '../schema/claim';
import type { CitedSource } from '../schema/source';
import { outletForName } from '../outlets/lookup';
import { cleanText, truncate } from '../text/clean';
import { lastStatementBreak, STATEMENT_BREAK } from '../text/statements';
import { CUE_WINDOW } from '../text/bounds';
import { sentenceMemo } from '../text/sentence-memo';
import { findCues, type Cue } from './attribution/cues';
import { findDottedNames, findQuotes, findWesternNames, quotedRanges, shortForms, withoutTitles, type QuoteState } from './attribution/entities';
import { AUTHOR_REFERENCE, findSpeaker, nameBeforeQuote, type Speaker } from './attribution/speaker';
import { sentenceSubject } from './attribution/speaker-en';
import { givenNameGender, type Gender } from './attribution/given-names';
import type { BodyText } from './page-text';
import { entryAuthors, type References } from './references/read-references';
import type { ReferenceEntry } from '../schema/reference';
import { runToEnd, type Steps } from './steps';

const MAX_CLAIMS = 400;
const MAX_CUES = 8;
// How far (in paragraphs) a run of claims from one source may stretch over uncued text.
const MAX_CHAIN_GAP = 6;
const ROLE_LINKS = new Set(['citation', 'reference', 'other', 'related']);

interface Names {
  /** Full names by their short forms, from every name the article spells out in full. */
  registry: Map<string, string>;
  /** Lower-cased full names, first and last names the article uses in running text (not as a line's "Label:"). */
  inProse: Set<string>;
}

function nameRegistry(body: BodyText, sources: CitedSource[]): Names {
  const registry = new Map<string, string>();
  const inProse = new Set<string>();
  const add = (full: string, prose: boolean) => {
    for (const short of shortForms(full)) if (!registry.has(short)) registry.set(short, full);
    if (!prose) return;
    const words = full.toLowerCase().split(/\s+/);
    inProse.add(words.join(' '));
    inProse.add(words[0]!);
    inProse.add(words[words.length - 1]!);
  };
  for (const s of sources) if (s.attribution.author) add(s.attribution.author, true);
  for (const sentence of body.sentences) {
    // "Black Lawmakers Rip Donald Trump": a headline's capitalised words are not a full name to expand "Trump" to.
    if (body.blocks[sentence.block]!.kind === 'heading' || isTitleCase(sentence.text)) continue;
    // "Portion Fix Containers: 1 Green": a name that only ever labels a line is not known from the prose.
    const labelled = (index: number, length: number) => index === 0 && /^\s*:/.test(sentence.text.slice(index + length));
    for (const n of findDottedNames(sentence.text)) add(n.text, !labelled(n.index, n.text.length));
    for (const n of findWesternNames(sentence.text)) {
      // "Homeland Security Secretary Jeh Johnson" is registered as "Jeh Johnson".
      const name = withoutTitles(n.text);
      if (name.includes(' ')) add(name, !labelled(n.index, n.text.length));
    }
  }
  return { registry, inProse };
}

/**
 * A line's "Label:" speaks for someone only when the article names that person in
 * its prose ("Weltermann:" after "Ansgar Weltermann, Chefarzt, …"; "TRUMP:" after
 * "Donald Trump") or a quotation follows it. Otherwise it is a caption credit
 * ("Foto:"), a definition ("Lambda:") or a heading ("Review:"). In a transcript,
 * once one capitalised label is somebody, the others ("WALLACE:") are too.
 */
function labelChecker(body: BodyText, lang: string | null, names: Names): (label: string, sentence: string, cue: Cue) => boolean {
  // "SEN. HOLLIS:": titles are recognised in any case.
  const titleCase = (s: string) => s.replace(/\p{L}+/gu, (w) => w[0]! + w.slice(1).toLowerCase());
  const named = (label: string) => names.inProse.has(withoutTitles(titleCase(label.replace(/^\s*["“']\s*/, '').trim())).toLowerCase());
  const capitals = (label: string) => /\p{Lu}{2}/u.test(label) && label === label.toUpperCase();
  // Read the whole body for a named capitalised label only when an unnamed one asks: most pages have none,
  // and a page-wide pass would re-run every sentence's cues once the per-page memo overflows.
  let transcript: boolean | undefined;
  const isTranscript = () =>
    (transcript ??= body.sentences.some((sentence) => {
      const cue = findCues(sentence.text, lang).find((c) => c.form === 'label');
      const label = cue ? sentence.text.slice(0, cue.index) : '';
      return !!label && capitals(label) && named(label);
    }));
  return (label, sentence, cue) =>
    /^\s*(?:[“"‘«„]|'')/.test(sentence.slice(cue.index + cue.text.length)) || named(label) || (capitals(label) && isTranscript());
}

function sameEntity(a: string, b: string): boolean {
  if (a === b) return true;
  // "the Harbour Board" and "Harbour Board" are one body.
  const la = a.toLowerCase().replace(/^the\s+/, '');
  const lb = b.toLowerCase().replace(/^the\s+/, '');
  if (la === lb) return true;
  return shortForms(a).includes(b) || shortForms(b).includes(a);
}

/** The cited source a named speaker stands for: its author, its publication or its outlet. */
function sourceForSpeaker(speaker: Speaker, sources: CitedSource[]): CitedSource | null {
  const outlet = speaker.kind === 'outlet' || speaker.kind === 'group' ? outletForName(speaker.text) : null;
  for (const s of sources) {
    if (!ROLE_LINKS.has(s.role)) continue;
    const a = s.attribution;
    if (speaker.kind === 'person' && a.author && sameEntity(a.author, speaker.text)) return s;
    if (a.publication && (a.publication === speaker.text || (outlet && a.outlet?.id === outlet.id))) return s;
    if (outlet && s.outlet?.id === outlet.id) return s;
  }
  return null;
}

/** sourceForSpeaker, asked once per speaker: the same people and outlets speak again and again. */
function speakerSources(sources: CitedSource[]): (speaker: Speaker) => CitedSource | null {
  const known = new Map<string, CitedSource | null>();
  return (speaker) => {
    const key = `${speaker.kind}\u0000${speaker.text}`;
    let source = known.get(key);
    if (source === undefined) known.set(key, (source = sourceForSpeaker(speaker, sources)));
    return source;
  };
}

interface Attributed {
  sentence: number;
  claim: Claim;
  /** How the cue names its speaker: a label ("PENCE: …") speaks for the rest of its paragraph. */
  form?: Cue['form'];
  /** Where the cue sits in the sentence; -1 for continuations. */
  cueIndex: number;
  /** Claims in the same sentence by another speaker ("X said … while Y argued …"). */
  others?: Claim[];
  /** The claim whose own clause ends the sentence (…；陳志豪表示，…): the next sentences continue it. */
  ends?: Claim;
}

/** Quotations per sentence, carried from sentence to sentence within a paragraph. */
function quoteStates(body: BodyText): QuoteState[] {
  const states: QuoteState[] = [];
  body.sentences.forEach((sentence, si) => {
    const prev = body.sentences[si - 1];
    const open = !!prev && prev.block === sentence.block && states[si - 1]!.open;
    states.push(quotedRanges(sentence.text, open));
  });
  return states;
}

/**
 * Drops English cues inside quotations: they are the quoted person's words, not the
 * article's attribution ("“I say we …”"). Cues and ranges are both in order: one walk.
 */
function unquotedCues(cues: readonly Cue[], quotes: QuoteState): Cue[] {
  let r = 0;
  return cues.filter((cue) => {
    if (cue.form === 'label' || /\p{Script=Han}/u.test(cue.text)) return true;
    while (r < quotes.ranges.length && quotes.ranges[r]!.end <= cue.index) r++;
    const range = quotes.ranges[r];
    return !range || cue.index < range.start;
  });
}

const closesQuote = (text: string) => /(?:[”»"]|'')\s*$/.test(text);

/** "― Name" on its own is an attribution only right after a quotation in the same paragraph. */
function isStrayDash(cue: Cue, body: BodyText, si: number): boolean {
  if (cue.form !== 'dash' || body.sentences[si]!.text.slice(0, cue.index).trim()) return false;
  const prev = body.sentences[si - 1];
  return !prev || prev.block !== body.sentences[si]!.block || !closesQuote(prev.text);
}

/** Words left after a cue before the sentence ends: "…, police said." leaves none. */
const tailWords = (text: string, cue: Cue) => wordCount(text.slice(cue.index + cue.text.length, cue.index + cue.text.length + CUE_WINDOW));
const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * The cue that attributes the sentence, with its speaker. Usually the first cue
 * with a speaker; but a closing English attribution ("…, attorneys for the family
 * said.") governs the whole sentence, so it wins over a cue inside the content.
 * A cue in a subordinate clause ("Back when he wrote his book, …") speaks only
 * when nothing else does.
 */
function pickCue(text: string, cues: Cue[]): { cue: Cue; speaker: Speaker; others: { cue: Cue; speaker: Speaker }[] } | null {
  const found: { cue: Cue; speaker: Speaker }[] = [];
  // A run-on "sentence" may hold hundreds of cue words: read the first few and the last.
  const tried = cues.length > MAX_CUES ? [...cues.slice(0, MAX_CUES - 1), cues[cues.length - 1]!] : cues;
  for (const cue of tried) {
    const speaker = speakerOf(text, cue);
    if (speaker && (!cue.extended || clearSpeaker(speaker))) found.push({ cue, speaker });
  }
  if (!found.length) return null;
  const main = found.filter((f) => !inSubordinateClause(text, f.cue));
  const last = found[found.length - 1]!;
  const chosen = found.length > 1 && closesSentence(text, last.cue) && !inSubordinateClause(text, last.cue) ? last : (main[0] ?? found[0]!);
  // "…, he said, adding that …", "X said … while Y argued …": the other cues report too.
  // A Chinese sentence's later cues are mostly inside what was said (…报道援引一位官员的话…): only a named
  // speaker after a semicolon opens a statement of their own (据中央社报导，…；水利署副署長陳志豪表示，…).
  const han = (c: Cue) => /\p{Script=Han}/u.test(c.text);
  const ownStatement = (f: { cue: Cue; speaker: Speaker }) =>
    han(f.cue) && f.speaker.kind !== 'pronoun' && f.cue.index > chosen.cue.index && STATEMENT_BREAK.test(text.slice(chosen.cue.index + chosen.cue.text.length, clauseStart(text, f.cue, f.speaker)));
  return { ...chosen, others: found.filter((f) => f !== chosen && (han(chosen.cue) ? ownStatement(f) : !han(f.cue))) };
}

/** Gives the first claim the text before the first semicolon, and each later one its own clause, with its quotations. */
function splitClauses(text: string, first: Claim, later: { claim: Claim; at: number }[]): void {
  const cuts = later.filter((c) => c.at > 0).sort((a, b) => a.at - b.at);
  if (!cuts.length) return;
  const set = (claim: Claim, from: number, to: number) => {
    const part = text.slice(from, to);
    Object.assign(claim, { text: truncate(cleanText(part), 1500), quotes: findQuotes(part) });
  };
  set(first, 0, cuts[0]!.at + 1);
  cuts.forEach((c, i) => set(c.claim, c.at + 1, i + 1 < cuts.length ? cuts[i + 1]!.at + 1 : text.length));
}

/**
 * Where the clause of a cue and its speaker begins: after the last comma, semicolon or colon
 * before the speaker (before the cue when the speaker follows it or is not found).
 */
function clauseStart(text: string, cue: Cue, speaker: Speaker): number {
  const name = speaker.role && text.lastIndexOf(speaker.role, cue.index) >= 0 ? speaker.role : speaker.text;
  const at = cue.speaker === 'before' ? text.lastIndexOf(name, cue.index) : -1;
  const from = at >= 0 ? at : cue.index;
  const cut = Math.max(...[...'，,；;：:'].map((p) => text.lastIndexOf(p, from - 1)));
  return cut + 1;
}

// Auxiliaries and adverbs between a speaker and the verb: "Clinton has repeatedly mentioned", "the experts generally praised".
// Not a negation: "the company has not commented" attributes nothing to check.
const EN_VERB_LEAD =
  /(?:\s+(?:has|have|had|is|are|was|were|will|would|could|may|might|did|does|do|also|again|once\s+again|then|now|later|together|all|both|still|even|already|repeatedly|\p{Ll}{3,}ly))+\s*$/u;

/**
 * The speaker of an English cue with "before" speaker, read past the auxiliaries and
 * adverbs in front of the verb ("Trump is once again questioning" → Trump).
 */
function speakerOf(text: string, cue: Cue): Speaker | null {
  const direct = findSpeaker(text, cue);
  if (direct || cue.speaker !== 'before' || cue.form === 'label' || /\p{Script=Han}/u.test(cue.text)) return direct;
  const lead = EN_VERB_LEAD.exec(text.slice(Math.max(0, cue.index - CUE_WINDOW), cue.index));
  if (!lead) return null;
  const cut = cue.index - lead[0].length;
  return findSpeaker(`${text.slice(0, cut)} ${text.slice(cue.index)}`, { ...cue, index: cut + 1 });
}

/**
 * A verb from the wider lists ("criticized", "wants") attributes only with a speaker
 * that is plainly someone: a person, an outlet, a pronoun, or a short capitalised
 * or determined group ("the campaign", "Senate Republicans") — not the clause's
 * leftovers ("The move against Pagliano took place despite repeated …").
 */
function clearSpeaker(speaker: Speaker): boolean {
  if (speaker.kind === 'person' || speaker.kind === 'outlet' || speaker.kind === 'pronoun') return !EN_FIRST_PERSON.test(speaker.text);
  const words = speaker.text.split(/\s+/);
  return words.length <= 4 && /^(?:the\s+|\p{Lu})/u.test(speaker.text) && !/\b(?:that|which|who|to|of|in|despite|and)\b/i.test(speaker.text);
}

// Words that open a clause inside the sentence: what follows them is not the sentence's own speaker.
const CLAUSE_OPENER = /\b(?:which|who|whom|whose|what|when|where|while|though|although|because|if|unless|until|after|before|since|whether|so|but|that)\b/i;

/**
 * "…, attorneys for the family said.": an English cue ending the sentence, right
 * after a comma or a quotation and a short speaker phrase — not "…, which she was
 * doing when security located her and told her to leave."
 */
function closesSentence(text: string, cue: Cue): boolean {
  if (/\p{Script=Han}/u.test(cue.text) || cue.form === 'participle' || tailWords(text, cue) > 5) return false;
  const before = text.slice(Math.max(0, cue.index - CUE_WINDOW), cue.index);
  // A straight apostrophe between letters is a possessive ("the company's lawyer"), not a quotation's end.
  const m = /(?:[,”"]|(?<!\p{L})')((?:[^,”"']|(?<=\p{L})')*)$/u.exec(before);
  if (!m) return false;
  const speakerPhrase = m[1]!;
  return wordCount(speakerPhrase) <= 8 && !CLAUSE_OPENER.test(speakerPhrase);
}

// "when he wrote", "after she told": a cue whose clause opens with one of these is background, not the attribution.
const SUBORDINATOR = /^(?:when|whenever|after|before|since|while|until|if|unless|because|once)$/i;

/** Whether an English cue sits in a subordinate clause: its clause (from the last comma or the start) opens with a subordinator. */
function inSubordinateClause(text: string, cue: Cue): boolean {
  if (/\p{Script=Han}/u.test(cue.text) || cue.form) return false;
  const before = text.slice(Math.max(0, cue.index - CUE_WINDOW), cue.index);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  const words = clause.trim().split(/\s+/);
  // "Back when he wrote": one leading adverb is allowed before the subordinator.
  return words.length <= 6 && (SUBORDINATOR.test(words[0] ?? '') || (words.length > 1 && SUBORDINATOR.test(words[1]!) && /^\p{Lu}?\p{Ll}+$/u.test(words[0]!)));
}

const EN_PLURAL_PRONOUN = /^(?:it|they)$/i;
// "I" and "we" outside quotations are the article's own voice: left as written.
const EN_FIRST_PERSON = /^(?:i|we)$/i;
const MAX_REFERENTS = 6;

interface Referent {
  name: string;
  source: CitedSource | null;
}

const pronounGender = (word: string): Gender | null => (/^(?:she|her|hers|herself)$/i.test(word) ? 'f' : /^(?:he|him|his|himself)$/i.test(word) ? 'm' : null);

/** Who "he", "she", "it" and "they" can point back to: the people named lately, most recent first, and the last group. */
class Referents {
  private people: Referent[] = [];
  private genders = new Map<string, Gender>();
  lastGroup: Referent | null = null;

  /** A person named again keeps the source they were last cited with, unless `replace` says they lost it. */
  person(name: string, source: CitedSource | null, replace = false): void {
    const known = this.people.find((p) => p.name === name);
    this.people = [{ name, source: replace ? source : (source ?? known?.source ?? null) }, ...this.people.filter((p) => p.name !== name)].slice(0, MAX_REFERENTS);
  }

  gender(name: string, gender: Gender): void {
    if (!this.genders.has(name)) this.genders.set(name, gender);
  }

  /** The most recent person a pronoun can mean: "she" passes over anyone known to be a man (by title, pronoun or given name). */
  resolve(pronoun: string): Referent | null {
    const g = pronounGender(pronoun);
    return this.people.find((p) => !g || (givenNameGender(p.name) ?? this.genders.get(p.name) ?? g) === g) ?? null;
  }
}

// "Mr. McKinley", "Ms. LaBelle": English titles that tell a person's gender.
const GENDERED_TITLE = /\b(Mr|Mrs|Ms|Miss)\.?\s+(?:\p{Lu}[\p{L}'’.-]*\s+)*?(\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-])/gu;
const THIRD_PERSON = /\b(?:he|him|his|himself|she|her|hers|herself)\b/gi;

/** Genders an English sentence tells: titles, and the one gender of pronouns after a named subject. */
function learnGenders(text: string, subject: string | null, canonical: (name: string) => string, referents: Referents): void {
  if (/\p{Script=Han}/u.test(text)) return;
  for (const m of text.matchAll(GENDERED_TITLE)) referents.gender(canonical(m[2]!), m[1] === 'Mr' ? 'm' : 'f');
  if (!subject) return;
  const genders = new Set(Array.from(text.matchAll(THIRD_PERSON), (m) => pronounGender(m[0])));
  if (genders.size === 1) referents.gender(subject, [...genders][0]!);
}

interface Resolved {
  name: string | null;
  source: CitedSource | null;
  via: ClaimVia;
}

/**
 * The source the article is talking about at this point: set by a link and by a
 * named source (linked or not), it is what "该文", "文章称", "the report also found"
 * and "作者" point back to. A new named organisation or outlet replaces it.
 */
interface Discourse {
  source: CitedSource | null;
  /** The sentence that turned to it: "X released a report" makes "the report" X's. */
  context: string;
  /** The sources it named lately, most recent first: "the report" may mean the one the article called a report. */
  recent: CitedSource[];
}

const MAX_RECENT = 4;

/** The discourse now about this source (or, with null, about someone unlinked). */
function turnTo(d: Discourse, source: CitedSource | null, context: string): Discourse {
  return { source, context, recent: source ? [source, ...d.recent.filter((s) => s !== source)].slice(0, MAX_RECENT) : d.recent };
}

// The noun a reference back ends on: "the report" → report, "该报告" → 报告 (one Chinese character is too loose).
function documentHead(text: string): string | null {
  const en = /\s(\p{Ll}{3,}?)s?$/u.exec(` ${text.toLowerCase()}`)?.[1];
  if (en) return /^(?:the|this|that|these|those|its|their)$/.test(en) ? null : en;
  return /[\u4e00-\u9fff]{2}$/u.exec(text)?.[0] ?? null;
}

/**
 * The source a reference back means: the current one when the sentence that turned
 * to it used that noun, else the latest source the article called so ("a report by …"
 * … "the figures" … "the report"), else the current one — nothing when an unlinked
 * source has taken over.
 */
function referredSource(d: Discourse, text: string): CitedSource | null {
  // An unlinked speaker or source took over: "the report" is theirs now, not an older linked one.
  if (!d.source) return null;
  const head = documentHead(text);
  if (!head || d.context.toLowerCase().includes(head)) return d.source;
  return d.recent.find((s) => `${s.text} ${s.context}`.toLowerCase().includes(head)) ?? d.source;
}

// A speaker that is a source in its own right: an outlet, an organisation the text names
// ("Uber", "the Port of Saltmarsh"), media or a public body (俄罗斯官方媒体, 水利署) — not "people" or "officials".
const ZH_SOURCE_BODY = /媒体|媒體|报|報|社|台|网|網|署|部|局|院|委员会|委員會|政府|机构|機構|组织|組織|协会|協會|公司|中心|基金会|基金會|大学|大學/;
function isNewSource(speaker: Speaker): boolean {
  if (speaker.kind === 'outlet') return true;
  if (speaker.kind === 'document') return !pointsBack(speaker.text);
  if (speaker.kind !== 'group') return false;
  return /\p{Script=Han}/u.test(speaker.text) ? ZH_SOURCE_BODY.test(speaker.text) : /(?:^|\s)\p{Lu}/u.test(speaker.text.replace(/^(?:the|a|an)\s+/i, ''));
}

// "the report", "this study", "its latest findings": a definite reference back, not a new document ("a report by …").
const EN_DOCUMENT_BACK = /^(?:the|this|that|these|those|its|their)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+$/iu;
const EN_PREPOSITION = /\s(?:by|from|of|for|at|on|in|with)\s/i;
const pointsBack = (text: string) => /\p{Script=Han}/u.test(text) || (EN_DOCUMENT_BACK.test(text) && !EN_PREPOSITION.test(` ${text} `));
const SINGULAR_PRONOUN = /^(?:他|她|他本人|她本人|he|she)$/i;

/** The name and source a speaker stands for, with pronouns and documents resolved, and the rule that chose them. */
function resolveSpeaker(speaker: Speaker, link: CitedSource | null, current: Discourse, referents: Referents, sourceOf: (speaker: Speaker) => CitedSource | null): Resolved {
  // A link in the sentence itself always wins; otherwise the rule's source, if any.
  const by = (name: string | null, source: CitedSource | null, via: ClaimVia): Resolved =>
    link ? { name, source: link, via: 'linked-sentence' } : { name, source, via: source ? via : 'unlinked' };
  if (speaker.kind === 'document') {
    if (!pointsBack(speaker.text)) return by(link?.attribution.author ?? link?.attribution.publication ?? speaker.text, null, 'unlinked');
    const meant = referredSource(current, speaker.text);
    const cited = link ?? meant;
    return by(cited?.attribution.author ?? cited?.attribution.publication ?? speaker.text, meant, 'anaphora-document');
  }
  if (speaker.authorOf) return by(speaker.text, referredSource(current, speaker.text.replace(/作者$/, '')), 'anaphora-author');
  if (speaker.kind !== 'pronoun') return by(speaker.text, sourceOf(speaker), 'named-source');
  // "作者" and "the author" point at the cited piece's author; "他" and "he" at the last person named.
  const cited = link ?? current.source;
  if (AUTHOR_REFERENCE.test(speaker.text) && cited) {
    const meant = referredSource(current, speaker.text.replace(/(?:['’]?s?\s+(?:authors?|writers?)|的?作者)$/i, ''));
    const piece = link ?? meant;
    return by(piece?.attribution.author ?? speaker.text, meant, 'anaphora-author');
  }
  if (EN_FIRST_PERSON.test(speaker.text)) return by(speaker.text, null, 'unlinked');
  const back = EN_PLURAL_PRONOUN.test(speaker.text) ? referents.lastGroup : referents.resolve(speaker.text);
  if (back) return by(back.name, back.source, 'anaphora-pronoun');
  // "她写道" with nobody named yet: the cited piece's author, when the article gives one.
  const author = SINGULAR_PRONOUN.test(speaker.text) ? cited?.attribution.author : null;
  if (author) return by(author, current.source, 'anaphora-pronoun');
  return by(speaker.text, null, 'unlinked');
}

/** Remembers who spoke, for the pronouns of later sentences. */
function rememberSpeaker(speaker: Speaker, resolved: Resolved, referents: Referents): void {
  if (!resolved.name) return;
  if (speaker.kind === 'person') referents.person(speaker.text, resolved.source);
  else if (speaker.kind !== 'pronoun') referents.lastGroup = { name: resolved.name, source: resolved.source };
  else if (!EN_PLURAL_PRONOUN.test(speaker.text) && !EN_FIRST_PERSON.test(speaker.text)) referents.person(resolved.name, resolved.source);
}

/**
 * The sentences the article attributes to someone, linked or not, with the
 * speaker resolved through short names, pronouns ("他", "the author", "she") and
 * references back to the cited piece ("这篇文章").
 */
export function collectClaims(body: BodyText, sources: CitedSource[], lang: string | null, references?: References): Claim[] {
  return runToEnd(claimSteps(body, sources, lang, references));
}

// Sentences read between two yields of claimSteps.
const SENTENCES_PER_STEP = 20;

/** `collectClaims` as steps (it yields after each whole-body pass and every SENTENCES_PER_STEP sentences), for extraction in slices. */
export function* claimSteps(body: BodyText, sources: CitedSource[], lang: string | null, references?: References): Steps<Claim[]> {
  const names = nameRegistry(body, sources);
  yield;
  const registry = names.registry;
  const labelNamesSomeone = labelChecker(body, lang, names);
  yield;
  const canonicalName = (name: string) => registry.get(name) ?? name;
  const canonical = (s: Speaker): Speaker => (s.kind === 'person' ? { ...s, text: canonicalName(s.text) } : s);
  const quotes = quoteStates(body);
  const referents = new Referents();
  const found: Attributed[] = [];
  let current: Discourse = { source: null, context: '', recent: [] };

  const sourceByUrl = new Map(sources.map((s) => [s.url, s]));
  const sourceOf = speakerSources(sources);
  yield;
  const readSentence = (sentence: BodyText['sentences'][number], si: number): void => {
    const block = body.blocks[sentence.block]!;
    // The first link that cites, between two offsets of the sentence (the whole sentence by default).
    const linkIn = (from = 0, to = sentence.text.length): CitedSource | null => {
      for (const l of sentence.links) {
        if (l.start < from || l.start >= to) continue;
        const s = sourceByUrl.get(l.url);
        if (s && ROLE_LINKS.has(s.role)) return s;
      }
      return null;
    };
    let link = linkIn();
    // An entry of the reference list cites; it claims nothing.
    if (references?.entrySentences.has(si)) return;
    const marked = references?.bySentence.get(si);
    // "… rose 12 percent [2]": with no link of its own, the sentence cites the entry's link.
    if (!link && marked) link = entrySource(marked[0]!.entry, sourceByUrl);
    if (link?.role === 'citation') current = turnTo(current, link, sentence.text);
    if (block.kind === 'heading' || found.length >= MAX_CLAIMS) return;
    // A person the sentence opens with is who its later pronouns most likely mean.
    const subject = namedSubject(sentence.text, registry);
    if (subject) referents.person(canonicalName(subject), null);
    learnGenders(sentence.text, subject && canonicalName(subject), canonicalName, referents);
    // A "Label:" that names nobody leaves the sentence's other cues to speak ("Review: The minister said …");
    // in a list or a table ("Motorrad: ABS, Sensoren") it names an entry, not a speaker.
    const labelSpeaks = (c: Cue) => block.kind !== 'list-item' && block.kind !== 'cell' && labelNamesSomeone(sentence.text.slice(0, c.index), sentence.text, c);
    const cues = unquotedCues(findCues(sentence.text, lang), quotes[si]!).filter((c) => !isStrayDash(c, body, si) && (c.form !== 'label' || labelSpeaks(c)));
    const picked = pickCue(sentence.text, cues);
    if (marked && (!picked || link === entrySource(marked[0]!.entry, sourceByUrl))) {
      // A footnoted sentence is the entry's claim, whoever it names; a cue's speaker is kept when there is one.
      const { marker, entry } = marked[0]!;
      const speaker = picked ? canonical(picked.speaker).text : (entryAuthors(entry) ?? entry['container-title']);
      // An entry the article does not link (a DOI in plain text) names who, but gives nothing to check.
      const sourceUrl = entrySource(entry, sourceByUrl)?.url ?? null;
      const claim: Claim = { text: truncate(cleanText(sentence.text), 1500), cue: picked?.cue.text ?? marker, speaker, sourceUrl, quotes: findQuotes(sentence.text), continuation: false, via: 'reference-entry' };
      found.push({ sentence: si, form: picked?.cue.form, cueIndex: picked?.cue.index ?? sentence.text.indexOf(marker), claim });
      return;
    }
    // A cue word with nobody saying it ("都再次证实了…") is not an attribution.
    if (!picked) return;
    // "教授戴夫·汉森研究酒精四十年，他认为…": the person named earlier in the sentence is who 他 means.
    if (/^(?:他|她)(?:本人)?$/.test(picked.speaker.text) && /\p{Script=Han}/u.test(picked.cue.text)) {
      const named = findDottedNames(sentence.text.slice(0, picked.cue.index));
      if (named.length) referents.person(canonicalName(named[named.length - 1]!.text), null);
    }
    const speaker = canonical(picked.speaker);
    let resolved = resolveSpeaker(speaker, link, current, referents, sourceOf);
    rememberSpeaker(speaker, resolved, referents);
    // A source found for the claim is what later references back mean; a new named organisation without one ends the old.
    if (resolved.source) current = turnTo(current, resolved.source, sentence.text);
    else if (isNewSource(speaker)) current = turnTo(current, null, sentence.text);
    const text = truncate(cleanText(sentence.text), 1500);
    const claim: Claim = { text, cue: picked.cue.text, speaker: resolved.name, sourceUrl: resolved.source?.url ?? null, quotes: findQuotes(sentence.text), continuation: false, via: resolved.via, ...speakerFacts(speaker) };
    // The sentence's other cues: the same speaker's ("…, adding that") join this claim; another speaker's make a claim of their own.
    const cueWords = [picked.cue];
    const others: Claim[] = [];
    let ownLinkTaken = false;
    const clauses: { claim: Claim; at: number }[] = [];
    for (const other of picked.others) {
      // "Clinton said she thinks …": a cue inside what was said reports nothing new.
      // But "…, but he said …", "…, though she noted …" open a clause of their own.
      if (other.speaker.kind === 'pronoun' && other.cue.index > picked.cue.index && other.cue.form !== 'participle' && !opensCoordinateClause(sentence.text, other.cue)) continue;
      // "…, Ruiz said, adding that …": a participle after the cue speaks for the same person —
      // unless the cue's verb is in a relative clause ("an architect who said …, saying") or the
      // participle hangs on a name of its own ("…, with RealClearPolitics showing").
      if (other.cue.form === 'participle' && other.cue.index > picked.cue.index && sharesSubject(sentence.text, picked.cue, other.cue)) {
        cueWords.push(other.cue);
        continue;
      }
      const otherSpeaker = canonical(other.speaker);
      // A link inside another speaker's own clause is that speaker's source ("…；水利署副署長陳志豪表示，…[link]").
      const start = clauseStart(sentence.text, other.cue, other.speaker);
      const own = start > picked.cue.index ? linkIn(start) : null;
      const r = resolveSpeaker(otherSpeaker, own ?? link, current, referents, sourceOf);
      const name = r.name;
      if (!name || !resolved.name || sameEntity(name, resolved.name)) {
        cueWords.push(other.cue);
        continue;
      }
      // "…, while the Harbour Board argued that its report shows …": the same other speaker, one claim.
      const same = others.find((o) => o.speaker && sameEntity(o.speaker, name));
      if (same) {
        same.cues = [...(same.cues ?? [same.cue]), other.cue.text];
        continue;
      }
      rememberSpeaker(otherSpeaker, r, referents);
      const theirs: Claim = { ...claim, cue: other.cue.text, speaker: name, sourceUrl: r.source?.url ?? null, via: r.via, ...speakerFacts(otherSpeaker) };
      others.push(theirs);
      // A Chinese statement after a semicolon is its own clause: each speaker's claim is what they said.
      if (/\p{Script=Han}/u.test(other.cue.text)) clauses.push({ claim: theirs, at: lastStatementBreak(sentence.text, start + 1) });
      // …and then not the first speaker's, who keeps a link of their own clause, or none.
      if (own && own === link && !ownLinkTaken) {
        ownLinkTaken = true;
        resolved = resolveSpeaker(speaker, linkIn(0, start), current, referents, sourceOf);
        Object.assign(claim, { sourceUrl: resolved.source?.url ?? null, via: resolved.via });
        // Their "she added" in the next sentence is theirs without the link, too.
        if (speaker.kind === 'person') referents.person(speaker.text, resolved.source, true);
      }
    }
    if (clauses.length) splitClauses(sentence.text, claim, clauses);
    // "X said Monday that Obama has long called for …": the next sentence's "he" is still X, not the person X spoke of.
    if (others.length) rememberSpeaker(speaker, resolved, referents);
    if (cueWords.length > 1) claim.cues = cueWords.sort((a, b) => a.index - b.index).map((c) => c.text);
    const ends = clauses.length ? clauses.reduce((a, b) => (b.at > a.at ? b : a)).claim : undefined;
    found.push({ sentence: si, form: picked.cue.form, cueIndex: picked.cue.index, claim, others, ...(ends && { ends }) });
  };
  for (let si = 0; si < body.sentences.length; si++) {
    readSentence(body.sentences[si]!, si);
    if (si % SENTENCES_PER_STEP === SENTENCES_PER_STEP - 1) yield;
  }
  yield;
  return withContinuations(body, found, quotes).flatMap((f) => [f.claim, ...(f.others ?? [])]).slice(0, MAX_CLAIMS);
}

/** "…, but he said", "— and he noted", "…, though she noted", "… and said": the cue opens a clause or a verb phrase of its own, not one inside what was said. */
function opensCoordinateClause(text: string, cue: Cue): boolean {
  const before = text.slice(Math.max(0, cue.index - 40), cue.index);
  // "He claimed vast wealth and said …", "She urges him to stop and repeatedly says …": a second verb of the same subject.
  if (/\s(?:and|but)\s+(?:\p{Ll}+ly\s+|also\s+|then\s+|later\s+)?$/u.test(before)) return true;
  return /(?:[,;](?:[”"’']|'')?|\s[—–-]{1,2})\s+(?:but|and|yet|though|although)\s+(?:he|she|they|it|we)\s+(?:\p{Ll}+\s+)?$/u.test(before);
}

/** Whether a participle after a cue ("…, he said, adding …") speaks for the cue's own subject. */
function sharesSubject(text: string, cue: Cue, participle: Cue): boolean {
  if (!/,\s*(?:[”"’']|'')?\s*$/.test(text.slice(cue.index, participle.index))) return false;
  return !/\b(?:who|which|that)\s+(?:\p{Ll}+\s+){0,2}$/u.test(text.slice(Math.max(0, cue.index - 40), cue.index));
}

/** The cited source an entry's link is, when the article links it. */
function entrySource(entry: ReferenceEntry, sourceByUrl: Map<string, CitedSource>): CitedSource | null {
  return entry.URL ? (sourceByUrl.get(entry.URL) ?? null) : null;
}

/**
 * The person an English sentence opens with, when the name is a sure one: several
 * words ("Patti LaBelle") or the short form of a full name the article gives.
 * One capitalised word alone may just open the sentence ("Recent polls …").
 */
function namedSubject(text: string, registry: Map<string, string>): string | null {
  const subject = sentenceSubject(text);
  if (!subject || isTitleCase(text)) return null;
  return subject.text.includes(' ') || registry.has(subject.text) ? subject.text : null;
}

const titleCaseMemo = sentenceMemo<boolean>();

/** A headline: most of its words are capitalised ("Black Lawmakers Rip Donald Trump"). Asked of a sentence more than once. */
function isTitleCase(text: string): boolean {
  return titleCaseMemo(text, () => titleCaseWords(text));
}

function titleCaseWords(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.6;
}

const continuing = (cur: Attributed, si: number, text: string, via: ClaimVia): Attributed => ({
  sentence: si,
  cueIndex: -1,
  claim: {
    text: truncate(cleanText(text), 1500), cue: '', speaker: cur.claim.speaker, sourceUrl: cur.claim.sourceUrl, quotes: findQuotes(text), continuation: true, via,
    // The run's speaker, read by the rule that read it.
    ...pick(cur.claim, ['speakerVia', 'speakerRole', 'speakerOrganisation']),
  },
});

/** The rule, role and organisation of a claim's speaker, as the claim records them. */
function speakerFacts(s: Speaker): Pick<Claim, 'speakerVia' | 'speakerRole' | 'speakerOrganisation'> {
  return { ...(s.via ? { speakerVia: s.via } : {}), ...(s.role ? { speakerRole: s.role } : {}), ...(s.organisation ? { speakerOrganisation: s.organisation } : {}) };
}

function pick<T extends object, K extends keyof T>(o: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

/** A sentence without a cue that quotes someone it names, other than the run's speaker, ends the run. */
function quotesSomeoneElse(text: string, speaker: string | null): boolean {
  const name = nameBeforeQuote(text);
  return !!name && !(speaker && (speaker.includes(name) || name.includes(speaker) || sameEntity(name, speaker)));
}

/**
 * Uncued sentences inside a run of claims from one linked source belong to it:
 * after a claim in the same paragraph, or between two claims of that source.
 */
function chainContinuations(body: BodyText, found: Attributed[], claimed: Set<number>): Attributed[] {
  const out: Attributed[] = [];
  for (let i = 0; i < found.length; i++) {
    const cur = found[i]!.ends ? { ...found[i]!, claim: found[i]!.ends! } : found[i]!;
    const url = cur.claim.sourceUrl;
    if (!url) continue;
    const next = found[i + 1];
    const end = next ? next.sentence : body.sentences.length;
    const curBlock = body.sentences[cur.sentence]!.block;
    const chainContinues = !!next && next.claim.sourceUrl === url && body.sentences[next.sentence]!.block - curBlock <= MAX_CHAIN_GAP;
    for (let si = cur.sentence + 1; si < end; si++) {
      if (claimed.has(si)) continue;
      const s = body.sentences[si]!;
      const block = body.blocks[s.block]!;
      if (block.kind === 'heading') continue;
      if (s.block !== curBlock && !chainContinues) break;
      // A sentence that links elsewhere speaks for that other source.
      if (s.links.some((l) => l.url !== url)) continue;
      // "水利署副署長陳志豪21日說明「…」" after a CNA sentence is 陳志豪's, not CNA's: the run stops.
      if (quotesSomeoneElse(s.text, cur.claim.speaker)) break;
      claimed.add(si);
      out.push(continuing(cur, si, s.text, 'continuation'));
    }
  }
  return out;
}

const opensWithQuote = (text: string) => /^\s*(?:[“«„「『"]|'')/.test(text);
const QUOTE_MARK = /[“”«»„「」『』"]|''/;

/**
 * A sentence that only attributes: "Trump said, looking out on the crowd.",
 * "Graham asked.", "― Sonya Herridge". It speaks for the quotation just before it.
 */
function isAttributionTail(text: string, cueIndex: number, cue: string): boolean {
  const before = text.slice(0, cueIndex);
  const after = text.slice(cueIndex + cue.length);
  return !QUOTE_MARK.test(before) && !QUOTE_MARK.test(after) && wordCount(before) <= 5 && wordCount(after) <= 8 && !/\p{Script=Han}/u.test(text);
}

/**
 * Within a paragraph, a quotation belongs to whoever the claim says spoke it:
 * the sentences of a quotation that the claim's sentence closes ("“A. B,” she
 * said.") or opens or continues ("…, said Caddell. “C. D.”"), or that a bare
 * attribution follows ("“A. B.” | Graham asked."). A speaker's label ("PENCE: …")
 * speaks for the rest of its paragraph.
 */
function quoteContinuations(body: BodyText, found: Attributed[], quotes: QuoteState[], claimed: Set<number>): Attributed[] {
  const out: Attributed[] = [];
  const sameBlock = (a: number, b: number) => body.sentences[a]?.block === body.sentences[b]?.block;
  const free = (si: number, cur: Attributed) => si >= 0 && si < body.sentences.length && sameBlock(si, cur.sentence) && !claimed.has(si);
  const add = (cur: Attributed, si: number) => {
    claimed.add(si);
    out.push(continuing(cur, si, body.sentences[si]!.text, 'quotation'));
  };
  for (const cur of found) {
    let si = cur.sentence - 1;
    const tail = cur.cueIndex >= 0 && isAttributionTail(body.sentences[cur.sentence]!.text, cur.cueIndex, cur.claim.cue);
    if (tail && free(si, cur) && closesQuote(body.sentences[si]!.text)) add(cur, si--);
    for (; free(si, cur) && quotes[si]!.open; si--) add(cur, si);
    for (si = cur.sentence + 1; free(si, cur); si++) {
      const inQuote = quotes[si - 1]!.open || opensWithQuote(body.sentences[si]!.text);
      if (!inQuote && cur.form !== 'label') break;
      add(cur, si);
    }
  }
  return out;
}

/** "The governor added:" at the end of a paragraph introduces the paragraph after it (and any block quotes that follow). */
function colonContinuations(body: BodyText, found: Attributed[], claimed: Set<number>): Attributed[] {
  const out: Attributed[] = [];
  for (const cur of found) {
    const sentence = body.sentences[cur.sentence]!;
    const ids = body.byBlock[sentence.block]!;
    if (!/:\s*$/.test(sentence.text) || ids[ids.length - 1] !== cur.sentence) continue;
    for (let b = sentence.block + 1; b < body.blocks.length; b++) {
      const block = body.blocks[b]!;
      if (block.kind === 'heading' || (b > sentence.block + 1 && block.kind !== 'quote')) break;
      const next = body.byBlock[b]!;
      if (next.some((si) => claimed.has(si))) break;
      for (const si of next) {
        claimed.add(si);
        out.push(continuing(cur, si, body.sentences[si]!.text, 'colon-introduction'));
      }
    }
  }
  return out;
}

function withContinuations(body: BodyText, found: Attributed[], quotes: QuoteState[]): Attributed[] {
  const claimed = new Set(found.map((f) => f.sentence));
  const chained = chainContinuations(body, found, claimed);
  const quoted = quoteContinuations(body, found, quotes, claimed);
  const introduced = colonContinuations(body, found, claimed);
  return [...found, ...chained, ...quoted, ...introduced].sort((a, b) => a.sentence - b.sentence).slice(0, MAX_CLAIMS);
}
