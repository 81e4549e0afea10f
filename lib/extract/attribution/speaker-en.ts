/** English speakers: who a reporting cue attributes its sentence to, read from the words around it. */
import { findOutletMentions } from '../../outlets/lookup';
import { CUE_WINDOW } from '../../text/bounds';
import type { Cue } from './cues';
import { nameAtEnd, nameAtStart, ORG_WORD, withoutTitles } from './entities';
import type { Speaker } from './speaker';

// Pronouns and references back to an author.
const EN_PRONOUN =
  /^(?:he|she|they|it|we|i|the\s+author|the\s+authors|the\s+writer|the\s+scholar|the\s+analyst|the\s+expert|(?:the\s+(?:report|study|article|paper|piece|survey|analysis|book|essay)|its)['’]?s?\s+(?:authors?|writers?))$/i;

// Adverbs, auxiliaries, times and asides between a speaker and the verb: "X has also said", "X (D-Wis.) on Tuesday said".
const EN_TRAIL = new RegExp(
  String.raw`(?:\s+(?:also|has|have|had|previously|recently|then|later|further|once|already|would|will|could|might|just|publicly|` +
    String.raw`privately|repeatedly|again|first|long|frequently|often|never|still|earlier|now|initially|separately|reportedly|` +
    String.raw`apparently|flatly|quickly|personally|himself|herself|themselves|itself|yesterday|today|tonight|` +
    String.raw`(?:on|last|this|next|early|late)\s+\w+|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|` +
    String.raw`in\s+(?:a|an|the|his|her|their|its)\s+[\w-]+(?:\s+[\w-]+)?|in\s+(?:19|20)\d\d|\([^()]*\)))+$`,
  'i',
);
// Words at which a subject phrase stops when read back from its verb: clause openers, prepositions, auxiliaries.
const STOP_BACK = new Set(
  ('after although as because before but if once since than that though unless until when whenever where whereas whether ' +
    'which while who whom whose what why how and or nor so yet then however meanwhile instead to for in on at with by from ' +
    'about into over under against between through during without within like is are was were be been being has have had ' +
    'will would can could should may might must do does did not also said says told')
    .split(' '),
);
const DETERMINERS = new Set(
  'the a an this these those some several many most all both each every another other few no one two three four five six seven eight nine ten his her their its our my your'.split(' '),
);
const PREPOSITIONS = new Set('to for in on at with by from about into over under against between through during without within like toward towards upon among'.split(' '));

const EN_PRONOUN_WORD = /^(?:he|she|they|it|we|i)(?:['’](?:ve|d|ll|s|re|m))?$/i;
// Heads of a phrase that names a document rather than someone: "the report found".
const DOCUMENT_HEAD = /^(?:article|report|piece|study|paper|analysis|essay|op-ed|survey|story|investigation|book|poll|polls|data|memo|letter|statement|filing|ruling|review|audit|findings|figures|documents?|records|ad|video|clip|footage|research|census|tally|estimates)$/i;
// Plural role nouns that speak as a group when bare ("Officials said", "critics say").
const GROUP_NOUN = /^(?:[a-z-]+\s+){0,3}(?:[a-z-]{3,}(?<![su]s)s|people|police|staff|public|military|leadership|clergy|media)$/;
const INDEFINITE = /^(?:someone|somebody|everyone|everybody|anyone|anybody|nobody|others|many|some|most|few|both)$/;
// A name's something: "Trump’s campaign", "Ivana Trump's brief".
const POSSESSED = /^(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s(?:\s+\p{Ll}[\p{L}-]*){1,3}$/u;
// A share of a group, before "of": "eight of 10 voters", "most of the senators".
const QUANTITY = /(?:^|\s)(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|half|most|many|some|all|none|majority|third|quarter|percent)$/i;
// What may follow a speaker named after its verb: "said Mr. Kamin, who …", "said Caddell."
// "wrote Cameron Easley for Morning Consult": "for" the outlet they write for.
const AFTER_NAME_END = /^\s*(?:$|[,.;:!?()“”"—–―]|''|(?:who|whose|in|at|on|during|after|before|when|while|as|from|for|about|adding|noting|referring|speaking|according)\b)/i;
// Appositive segments between a speaker and the verb: ", a spokesman for Y,", ", 59,", ", Democrat of California,",
// ", Pyongyang's only ally,".
const APPOSITIVE = /^\s*(?:\p{Ll}|\p{N}|(?:A|An|The|One|Two|Three|Several|Some|Who|Whose|Which|His|Her|Their|Its|Both|Each)\b|\p{Lu}[\p{L}.'’-]*\s+(?:of|at|for|with|in|from|on)\b|\p{Lu}[\p{L}.-]*['’]s\s+\p{Ll}|\p{Lu}\p{Ll}{0,3}\.\s*$|\p{Lu}-\p{Lu})/u;

// Asides between a speaker and the verb: "Rep. Jim Jordan (R-Ohio)", "Kall -- co-editor of … --".
const ASIDE = /\s*\([^()]*\)|\s+(?:--|[—–―])\s[^—–―]*?(?:--|[—–―])\s*$/g;
// Verbs whose next phrase is their object: "Mr. Obama, who …, told his advisers to …".
const OBJECT_FIRST = /^(?:told|tells|urged|urges|accused|accuses|cited|cites|described|describes|questioned|called|calls|promised|promises|pledged|echoed|echoes|mentioned|announced|announces|revealed|reveals|stressed|stresses|emphasized|emphasised|showed|shows|show|found|finds)$/i;
// Openers before a sentence's subject: "In a statement, …", "Speaking to reporters, …".
const INTRO = /^(?:(?:(?:in|on|at|after|before|during|when|while|as|since|although|though|if|because|for|with|by|from|under|despite|however|meanwhile|still|instead|also|then|now|today|yesterday|first|finally|separately|earlier|later|last|once|asked|but|and|yet)\b|\p{L}+(?:ly|ed|ing)\b)[^,]{0,80},\s*)+/iu;

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const bare = (word: string) => word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}’']+$/gu, '');

/** The parts of a phrase: its words, the core before any prepositional phrase, and the core's head. */
interface Phrase {
  text: string;
  words: string[];
  core: string[];
  head: string;
  /** Index of the first preposition, or -1 ("officials at the agency" → 1). */
  prep: number;
}

function parsePhrase(text: string): Phrase | null {
  const phrase = text.replace(/[\s,;:—–―-]+$/, '');
  const ws = words(phrase);
  if (!ws.length) return null;
  const prep = ws.findIndex((w, i) => i > 0 && (PREPOSITIONS.has(bare(w)) || bare(w) === 'of'));
  const core = prep > 0 ? ws.slice(0, prep) : ws;
  return { text: phrase, words: ws, core, head: bare(core[core.length - 1]!), prep };
}

/** A subject phrase as a speaker: a pronoun, an outlet, a name, "the report", "state officials". */
function classifyPhrase(text: string, atSentenceStart: boolean): Speaker | null {
  const p = parsePhrase(text);
  if (!p) return null;
  const one = p.words.length === 1 ? bare(p.words[0]!) : '';
  if (EN_PRONOUN_WORD.test(one)) return { text: p.words[0]!.replace(/['’]\p{L}+$/u, ''), kind: 'pronoun' };
  // "the $18 million he says he raised": a pronoun ending the phrase is the subject of a relative clause.
  const last = p.words[p.words.length - 1]!;
  if (p.words.length > 1 && EN_PRONOUN_WORD.test(bare(last)) && !PREPOSITIONS.has(bare(p.words[p.words.length - 2]!))) {
    return { text: last.replace(/['’]\p{L}+$/u, ''), kind: 'pronoun' };
  }
  if (INDEFINITE.test(one)) return { text: p.words[0]!, kind: 'group' };
  if (EN_PRONOUN.test(p.text)) return { text: p.text, kind: 'pronoun' };
  const outlet = findOutletMentions(p.text)[0];
  if (outlet && p.text.replace(/^the\s+/i, '') === outlet.name) return { text: outlet.name, kind: 'outlet' };
  if (DETERMINERS.has(bare(p.words[0]!))) return p.core.length < 2 || DETERMINERS.has(p.head) || /ly$/.test(p.head) ? null : described(p);
  if (DOCUMENT_HEAD.test(p.head) && (p.core.length > 1 || atSentenceStart)) return described(p);
  return namedSpeaker(p, atSentenceStart) ?? describedWithoutDeterminer(p);
}

/** "the report", "Officials at the agency": the phrase as written names a document or a group. */
const described = (p: Phrase): Speaker => ({ text: p.text, kind: DOCUMENT_HEAD.test(p.head) ? 'document' : 'group' });

// "the journal JAMA Psychiatry", "the newspaper Haaretz" — not "in a paper Laura Smith argued".
const PUBLICATION_BEFORE = /\bthe\s+(?:journal|magazine|newspaper|website|outlet|broadcaster|network|tabloid|daily|weekly|newsletter)\s+$/i;

/** A capitalised name ending the core ("Officials at HSI" → Officials) or the phrase ("footage of Trump" → Trump). */
function namedSpeaker(p: Phrase, atSentenceStart: boolean): Speaker | null {
  const coreName = nameAtEnd(p.core.join(' '));
  // A lone capitalised plural opening the sentence is a common noun ("Officials said").
  if (coreName && atSentenceStart && coreName.start === 0 && GROUP_NOUN.test(coreName.text.toLowerCase())) return described(p);
  const name = coreName ?? nameAtEnd(p.text);
  if (!name) return null;
  // "MIDWAY ATOLL —": a dateline or a heading in capitals, not a person.
  if (/\s/.test(name.text) && name.text === name.text.toUpperCase()) return null;
  const text = withoutTitles(name.text);
  // "the journal JAMA Psychiatry", "the website Politico": named as a publication.
  const source = name === coreName ? p.core.join(' ') : p.text;
  if (PUBLICATION_BEFORE.test(source.slice(0, source.length - name.text.length))) return { text, kind: 'outlet' };
  if (!ORG_WORD.test(text)) return { text, kind: 'person' };
  return name === coreName && p.prep > 0 ? described(p) : { text, kind: 'group' };
}

/** "Ivana Trump's brief", "73 percent", "eight of 10 voters", "state officials", "sources familiar with the talks". */
function describedWithoutDeterminer(p: Phrase): Speaker | null {
  const core = p.core.join(' ');
  if (POSSESSED.test(core) || (QUANTITY.test(core) && p.prep > 0) || /^\d[\d.,]*\s*(?:percent|%|per\s+cent)/.test(p.text)) return described(p);
  if (p.core.length <= 4 && GROUP_NOUN.test(core.toLowerCase())) return described(p);
  // A plural and the adjective that leads into its phrase: "sources familiar with …".
  if (p.core.length === 2 && p.prep > 0 && GROUP_NOUN.test(bare(p.core[0]!)) && !/(?:ed|s|ly)$/.test(p.head)) return described(p);
  return null;
}

/**
 * The noun phrase ending `text`, read back word by word until a clause opener or
 * a determiner. A prepositional phrase belongs to the noun before it ("officials
 * at the agency", "sources familiar with the talks"); with no noun before it,
 * the phrase is the object of the preposition, not a subject ("In a message posted").
 */
function subjectAtEnd(text: string, atSentenceStart: boolean): Speaker | null {
  const ws = words(text);
  const at = (j: number) => bare(ws[j] ?? '');
  const nounBefore = (j: number) => j >= 1 && !STOP_BACK.has(at(j - 1)) && !DETERMINERS.has(at(j - 1));
  const phrase: string[] = [];
  let i = ws.length - 1;
  for (; i >= 0 && phrase.length < 8; i--) {
    const w = at(i);
    if (PREPOSITIONS.has(w) && phrase.length) {
      if (!nounBefore(i)) return null;
      phrase.unshift(ws[i]!);
      continue;
    }
    if (STOP_BACK.has(w)) break;
    // "In a Bloomberg interview Trump declared", "MSNBC host Chris Matthews said": a name right after a lowercase noun starts the subject.
    if (phrase.length && phrase.every((p) => /^\p{Lu}/u.test(p)) && /^\p{Ll}/u.test(ws[i]!) && w !== 'of' && !DETERMINERS.has(w)) {
      // "the journal JAMA Psychiatry argued": the name is a publication's.
      if (PUBLICATION_BEFORE.test(`${ws.slice(Math.max(0, i - 1), i + 1).join(' ')} `)) return { text: phrase.join(' '), kind: 'outlet' };
      break;
    }
    phrase.unshift(ws[i]!);
    if (!DETERMINERS.has(w)) continue;
    // "the head of the Caucus", "a narrator in the ad": read on past an inner determiner.
    if (at(i - 1) === 'of') continue;
    if (PREPOSITIONS.has(at(i - 1))) {
      if (!nounBefore(i - 1)) return null;
      continue;
    }
    break;
  }
  return classifyPhrase(phrase.join(' '), atSentenceStart && i < 0);
}

/** "Revesz, director of the Institute, said": the speaker stands before the appositives. */
function subjectBeforeAppositives(text: string, atSentenceStart: boolean): Speaker | null {
  const segments = text.split(/[,;“”"]|''/);
  for (let i = segments.length - 1; i >= 0 && i >= segments.length - 5; i--) {
    const segment = segments[i]!;
    // The first segment has nothing to stand in apposition to.
    if (!segment.trim() || (i > 0 && APPOSITIVE.test(segment))) continue;
    return subjectAtEnd(segment, atSentenceStart && i === 0);
  }
  return null;
}

/** The name ending `text` once its trailing appositives are set aside ("Halvard Moen, the majority leader"). */
function nameBeforeAppositives(text: string): Speaker | null {
  const segments = text.split(',');
  let i = segments.length - 1;
  while (i > 0 && APPOSITIVE.test(segments[i]!)) i--;
  const name = nameAtEnd(segments[i]!);
  const speaker = name ? classifyPhrase(name.text, false) : null;
  return speaker?.kind === 'person' || speaker?.kind === 'outlet' ? speaker : null;
}

function enSpeakerBefore(before: string): Speaker | null {
  let text = before.replace(ASIDE, '').trimEnd();
  for (let i = 0; i < 3; i++) text = text.replace(EN_TRAIL, '').trimEnd();
  // "Authorities announced … and said": a second verb shares the clause's subject.
  if (/\s(?:and|but)$/i.test(text)) return clauseSubject(text);
  // "an architect who said", "the department, which reported": the relative clause speaks for the phrase it hangs on.
  const relative = /(,?)\s+(?:who|which)$/i.exec(text);
  if (relative) {
    text = text.slice(0, relative.index);
    // "a frosty relationship with Moen, now the majority leader, who said": the name the clause follows.
    const named = relative[1] ? nameBeforeAppositives(text) : null;
    if (named) return named;
  }
  if (/\bthat$/i.test(text)) return null;
  if (text.endsWith(',')) return subjectBeforeAppositives(text.slice(0, -1), true);
  const clauses = text.split(/[,;:—–―(“”"]|''/);
  return subjectAtEnd(clauses[clauses.length - 1]!, clauses.length === 1);
}

/**
 * The phrase after a verb, up to a clause boundary, and where it ends:
 * "said the president on Friday" → "the president".
 */
function phraseAtStart(text: string): { phrase: string; end: number } | null {
  const ws = Array.from(text.matchAll(/\S+/g));
  if (!ws.length || STOP_BACK.has(bare(ws[0]![0]))) return null;
  const out: string[] = [];
  let end = 0;
  for (let i = 0; i < ws.length && out.length < 10; i++) {
    const raw = ws[i]![0];
    const w = bare(raw);
    const next = ws[i + 1]?.[0] ?? '';
    const capitalisedNext = /^\p{Lu}/u.test(next) && !/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/.test(next);
    // "the Center for Public Opinion Research": a preposition inside a name.
    if (out.length && (STOP_BACK.has(w) || /^(?:by|of)$/.test(w)) && !(/^(?:for|of|on|at)$/.test(w) && capitalisedNext)) break;
    if (out.length && /^\p{Ll}+(?:ed|ing)$/u.test(w)) break;
    const word = raw.replace(/[,;:.!?)”"]+$/, (p) => (/^\.$/.test(p) && /^(?:\p{Lu}|Mrs?|Ms|Dr|Jr|Sr|St)\.$/u.test(raw) ? p : ''));
    out.push(word);
    end = ws[i]!.index! + word.length;
    if (word !== raw) break;
  }
  return out.length ? { phrase: out.join(' '), end } : null;
}

/** The speaker named after the verb, and whether the phrase ends there ("said Caddell." but not "said the states were …"). */
function enSpeakerAfter(after: string): { speaker: Speaker; closed: boolean } | null {
  const text = after.replace(/^[\s,:]+/, '').replace(/^by\s+/i, '');
  // "shouted to the crowd", "said of RT": whom it was said to, or what about — not who said it.
  if (/^(?:to|of|about|at|with)\s/i.test(text)) return null;
  // "recalled, “Out of nowhere …”": a quotation follows, not a speaker.
  if (/^(?:[“"‘«]|'')/.test(text)) return null;
  const pron = /^(he|she|they|it|we)\b/i.exec(text);
  if (pron) return { speaker: { text: pron[1]!, kind: 'pronoun' }, closed: AFTER_NAME_END.test(text.slice(pron[0].length)) };
  const name = nameAtStart(text);
  const named = name ? classifyPhrase(text.slice(name.start, name.end), false) : null;
  // "said Rep. Elijah Cummings of Maryland": a person's full name, then where they are from.
  const from = named?.kind === 'person' && /\s/.test(named.text) && /^\s+of\s+\p{Lu}/u.test(text.slice(name!.end));
  if (named && (from || AFTER_NAME_END.test(text.slice(name!.end)))) return { speaker: named, closed: true };
  // "said MSNBC host Chris Matthews": the name may come after a description.
  const phrase = phraseAtStart(text);
  const described = phrase ? classifyPhrase(phrase.phrase, false) : null;
  if (described) return { speaker: described, closed: AFTER_NAME_END.test(text.slice(phrase!.end)) };
  return named ? { speaker: named, closed: false } : null;
}

/** The subject of the sentence's main clause: "In a statement, Trump said …" → Trump. */
function clauseSubject(before: string): Speaker | null {
  const clause = before.replace(/^\s*[“"‘]/, '').replace(INTRO, '');
  const pron = /^(he|she|they|it|we|i)\b/i.exec(clause);
  if (pron) return { text: pron[1]!, kind: 'pronoun' };
  const name = nameAtStart(clause);
  if (name) return classifyPhrase(clause.slice(name.start, name.end), true);
  const opening = words(clause).slice(0, 6);
  const verb = opening.findIndex((w, i) => i > 0 && (STOP_BACK.has(bare(w)) || /^\p{Ll}+(?:ed|s)$/u.test(w)));
  return verb > 0 ? classifyPhrase(opening.slice(0, verb).join(' '), true) : null;
}

/**
 * The person an English sentence is about, when its main clause opens with their
 * name ("Ms. LaBelle got a roar …"): later pronouns most likely point back to them.
 */
export function sentenceSubject(sentence: string): Speaker | null {
  if (/\p{Script=Han}/u.test(sentence)) return null;
  const clause = sentence.replace(/^\s*[“"‘]/, '').replace(INTRO, '');
  const name = nameAtStart(clause);
  if (!name || /['’]s$/.test(name.text)) return null;
  const speaker = classifyPhrase(clause.slice(name.start, name.end), true);
  return speaker?.kind === 'person' ? speaker : null;
}

/** "Trump is defending his tweets, saying …": the participle speaks for the sentence's subject. */
function participleSpeaker(before: string): Speaker | null {
  if (/,\s*$/.test(before)) {
    // "…, and she becomes upset, shouting …": the participle hangs on the last coordinated clause.
    const coordinated = [...before.matchAll(/[,;]\s+(?:and|but)\s+(?=(?:he|she|they|it|we|I)\b|\p{Lu})/gu)].pop();
    const inner = coordinated ? clauseSubject(before.slice(coordinated.index! + coordinated[0].length)) : null;
    return inner ?? clauseSubject(before);
  }
  // "footage of Trump saying …": the participle speaks for the name right before it.
  const name = nameAtEnd(before);
  if (name) return classifyPhrase(before.slice(name.start).trim(), false);
  const phrase = enSpeakerBefore(before);
  // "Trump unleashed a series of tweets saying …", "the Council issued a statement calling …":
  // a described phrase after a verb is its object; the participle speaks for the clause's subject.
  if (phrase && (phrase.kind === 'document' || phrase.kind === 'group')) {
    const at = before.lastIndexOf(phrase.text);
    const prev = at > 0 ? words(before.slice(0, at)).pop() : undefined;
    if (prev && /^\p{Ll}+$/u.test(prev) && !STOP_BACK.has(prev) && !DETERMINERS.has(prev)) return clauseSubject(before) ?? phrase;
  }
  return phrase;
}

/**
 * "Ivanka Trump, the nominee's daughter, noted the rule", "Christie, who …, blasted
 * Clinton": the sentence opens on a name and its appositive or relative clause, so
 * that name is the verb's subject and what follows the verb is its object.
 */
function namedBeforeAppositive(plain: string): boolean {
  if (/[”"’']\s*,?\s*$/.test(plain)) return false;
  const segments = plain.split(',');
  if (segments.length < 3) return false;
  const subject = nameAtStart(segments[0]!.trim());
  return !!subject && subject.start === 0 && subject.end === segments[0]!.trim().length && segments.slice(1, -1).every((s) => APPOSITIVE.test(s));
}

/** Who an English cue attributes its sentence to. */
export function englishSpeaker(sentence: string, cue: Cue): Speaker | null {
  const before = sentence.slice(Math.max(0, cue.index - CUE_WINDOW), cue.index);
  const after = sentence.slice(cue.index + cue.text.length, cue.index + cue.text.length + CUE_WINDOW);
  if (cue.form === 'label') {
    // A transcript's speaker labels are often in capitals: "PENCE:", "CHRIS WALLACE:".
    const label = before.replace(/^\s*["“']\s*/, '').trim();
    return label === label.toUpperCase() ? { text: label, kind: 'person' } : classifyPhrase(label, true);
  }
  if (cue.form === 'participle') return participleSpeaker(before);
  if (cue.speaker === 'before') return enSpeakerBefore(before);
  const named = enSpeakerAfter(after);
  // "according to", a dash, or a verb at the start of the sentence: only the words after can name the speaker.
  if (cue.form === 'dash' || /^(?:according|as\s)/i.test(cue.text) || !before.trim()) return named?.speaker ?? null;
  // "…,” said X" names X; "X, a spokesman, said the …" names X before the verb.
  // After "told", "urged", "cited" comes whom they told or what they cited, never the speaker.
  const plain = before.replace(ASIDE, '');
  if (named?.closed && !OBJECT_FIRST.test(cue.text) && !namedBeforeAppositive(plain)) return named.speaker;
  return /,\s*$/.test(plain) ? subjectBeforeAppositives(plain.replace(/,\s*$/, ''), true) : enSpeakerBefore(plain.replace(/\s*[”"’']+\s*$/, ''));
}
