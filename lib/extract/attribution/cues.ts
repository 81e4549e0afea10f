/** Reporting cues: the words by which a text attributes a statement to someone. */
import { CUE_WINDOW } from '../../text/bounds';
import { sentenceMemo } from '../../text/sentence-memo';
import { NOUN_LIKE_FORMS, REPORTING_FINITE, REPORTING_PARTICIPLES, REPORTING_PAST } from './reporting-verbs';

export interface Cue {
  /** The cue as written in the sentence. */
  text: string;
  index: number;
  /** Where the speaker is expected relative to the cue. */
  speaker: 'before' | 'after' | 'inside';
  /** For "据X报道"-style frames, the speaker's span. */
  inner?: { start: number; end: number };
  /**
   * English forms whose speaker is found differently: a participle ("…, saying")
   * speaks for the clause's subject; a label ("PENCE: …") and a dash after a
   * quotation ("… ” ― Name") name the speaker outright.
   */
  form?: 'participle' | 'label' | 'dash';
  /** A verb from the wider lemma lists ("criticized", "wants"), not one of the plain reporting verbs. */
  extended?: boolean;
}

// English verbs of saying and finding, in the forms reporting uses.
const EN_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'reported', 'reports', 'wrote', 'writes', 'argued', 'argues', 'found', 'finds',
  'noted', 'notes', 'added', 'adds', 'claimed', 'claims', 'cited', 'cites', 'stated', 'states', 'explained', 'explains',
  'warned', 'warns', 'announced', 'announces', 'suggested', 'suggests', 'insisted', 'insists', 'confirmed', 'confirms',
  'denied', 'denies', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'concluded', 'concludes', 'estimated', 'estimates',
  'predicted', 'predicts', 'believes', 'believed', 'asserted', 'asserts', 'alleged', 'alleges', 'revealed', 'reveals',
  'showed', 'shows', 'show', 'observed', 'observes', 'contended', 'contends', 'maintained', 'maintains', 'emphasized', 'emphasised',
  'stressed', 'stresses', 'tweeted', 'posted', 'testified', 'recalled', 'recalls', 'complained', 'complains', 'declared',
  'declares', 'disclosed', 'discloses', 'indicated', 'indicates', 'urged', 'urges', 'responded', 'replied', 'countered',
  'projected', 'forecast', 'thinks', 'thought', 'agreed', 'agrees', 'asked', 'asks', 'echoed', 'echoes', 'vowed', 'vows',
  'promised', 'promises', 'pledged', 'conceded', 'concedes', 'accused', 'accuses', 'described', 'describes', 'questioned',
  'mentioned', 'called', 'calls', 'has\s+learned', 'have\s+learned',
];
// "…, saying": the participle speaks for the subject of the clause it hangs on.
const EN_PARTICIPLES = [
  'saying', 'adding', 'noting', 'arguing', 'claiming', 'explaining', 'insisting', 'warning', 'writing', 'suggesting',
  'asking', 'acknowledging', 'admitting', 'citing', 'calling', 'declaring', 'stating', 'complaining', 'predicting',
  'urging', 'vowing', 'promising', 'accusing', 'telling', 'describing', 'pointing\s+out',
];
const EN_CUE = new RegExp(
  String.raw`\b(?:according\s+to|as\s+(?:reported|noted|first\s+reported)\s+by|pointed\s+out|points\s+out|in\s+a\s+statement|continue[sd]?(?=\s*:|,\s*[“"])|` +
    [...new Set([...EN_PARTICIPLES, ...REPORTING_PARTICIPLES, ...EN_VERBS, ...REPORTING_FINITE])].join('|') +
    String.raw`)\b`,
  'gi',
);
// The long-standing cue words; the rest come from the lemma lists and need a clearer speaker (claims.ts).
// "Limbaugh continued: “…”": "continued" reports only before a colon or a quotation (matched so in EN_CUE).
const CORE_VERB = new RegExp(`^(?:${[...EN_PARTICIPLES, ...EN_VERBS, 'continue[sd]?'].join('|')})$`, 'i');
const EN_PARTICIPLE = new RegExp(`^(?:${[...EN_PARTICIPLES, ...REPORTING_PARTICIPLES].join('|')})$`, 'i');
// Verb forms that are also plural nouns ("tax reports", "Fifth Amendment claims"):
// they report only when a clause or a quotation follows.
const NOUN_LIKE = /^(?:reports|claims|notes|estimates|states|shows|show|calls|finds|promises)$/i;
const CLAUSE_FOLLOWS = /^\s*(?:that\b|[:“"‘]|''|(?:the|a|an|he|she|they|it|we|i|his|her|their|its|this|there|some|many|most|no)\b|\p{Lu})/u;
// "was told", "is believed", "were found": a passive verb's subject is not its speaker.
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)(?:\s+(?:also|not|later|then|widely|first|never|repeatedly|reportedly|previously))*\s*$/i;
// Verbs whose reporting sense takes a clause, and whose sense with a plain object is another.
const CLAUSE_ONLY = /^(?:maintain|conclude|demonstrate|post)(?:s|es|ed|d)?$/;
const OBJECT_PHRASE = /^\s+(?:the|a|an|his|her|its|their|our|my|your|this|these|those|some|one|other|several)\b/i;
// "to say", "let's say", "so-called", "worth noting": the verb does not report anything here;
// after a determiner or a preposition it is a noun or an adjective ("the alleged", "of states").
const NOT_REPORTING_BEFORE =
  /(?:\bto|\bworth|\blet['’]?s|\blet\s+us|\bso-|\b(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|of|for|in|on|at|with|by|from|about|into))\s*$/i;
// "showed up", "called off": a particle makes another verb.
const PARTICLE_AFTER = /^\s+(?:up|off|into|in\s+to|around|away|back)\b/i;
// Past participles that also open a reduced relative clause ("chemicals found in", "people accused of").
const REDUCED_RELATIVE = /^(?:found|accused|cited|described|alleged|believed|thought|estimated|projected|asked|questioned|mentioned|promised|pledged|indicated|disclosed|revealed)$/i;
const PREPOSITION_AFTER = /^\s+(?:of|in|into|as|by|for|with|from|to|at|on)\b/i;
// "called" reports only a characterisation ("called him a fraud", "called the plan “a disaster”") or a demand
// ("called for", "called on"); otherwise it names ("a stream called Miracle Run", "a group, called the Fund,").
const NAMING = /^(?:called|calls)$/i;
// The characterisation may follow an object: "called climate change a hoax", "called Mr. Obama's remarks “a wake-up call”".
const CHARACTERISATION =
  /^\s+(?:for|on|him|her|them|it|us|me|you)\b|^(?:[^.;]|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr)\.)*?[“"‘]|^\s*''|^\s+(?:[\p{L}\p{N}.'’-]+\s+){1,4}?(?:a|an)\s/u;
// A speaker's label opening a transcript turn or a headline: "PENCE: …", "Pat Caddell: …".
const EN_LABEL = /^\s*["“']?\s*((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}.'’-]*)(:)\s+(?=["“‘\p{Lu}\p{N}])/u;
// Labels that are page furniture, not speakers.
const NOT_A_LABEL = /^(?:update[ds]?|note|editor['’]s\s+note|correction|clarification|photo|photos|image|video|watch|read|read\s+more|related|see\s+also|source|sources|credit|caption|warning|breaking|exclusive|opinion|analysis|live|listen|subscribe|advertisement|sponsored|q|a|by|from|to|subject|date|tags?|topics?|filed\s+under|share|follow)$/i;
// "… ” ― Name" at the end of a quotation: the dash names who said it.
// The quotation may end the sentence before (then the dash opens this one).
const EN_DASH = /(?:^\s*|(?:[”"]|'')\s*)([―—–])\s*(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,4})\s*\.?\s*$/u;

// Words that make a capitalised label a headline rather than a name ("The Gap Goes On:").
const HEADLINE_WORD = /^(?:The|A|An|Of|In|On|To|For|With|And|Or|But|At|By|From|Over|Is|Are|Was|Said|Says|Goes|How|Why|What|When|Where|Who|Latest|New|More|Here|This|That)$/;

function englishLabel(sentence: string): Cue | null {
  const m = EN_LABEL.exec(sentence);
  if (!m || NOT_A_LABEL.test(m[1]!) || m[1]!.split(/\s+/).some((w) => HEADLINE_WORD.test(w))) return null;
  return { text: ':', index: m.index + m[0].lastIndexOf(':'), speaker: 'before', form: 'label' };
}

function englishDash(sentence: string): Cue | null {
  const m = EN_DASH.exec(sentence);
  if (!m) return null;
  return { text: m[1]!, index: m.index + m[0].indexOf(m[1]!), speaker: 'after', form: 'dash' };
}

// A name and a colon or comma after a sentence-opening verb: "Said Ellis:", "Wrote Ms. Kaur,".
// (Said is a given name too: "Said Ahmed, a shopkeeper, …" is not an attribution.)
const INVERTED_OPENING = /^\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*(?::|,\s*[“"‘])/u;


/** A match of EN_CUE as a cue, or null when the word does not report here. */
function englishCue(sentence: string, word: string, index: number): Cue | null {
  const before = sentence.slice(Math.max(0, index - CUE_WINDOW), index);
  const after = sentence.slice(index + word.length, index + word.length + CUE_WINDOW);
  const lower = word.toLowerCase();
  if (/^(?:according\s+to|as\s)/.test(lower)) {
    // Capitalised only at the start of the sentence ("According to …").
    if (word !== lower && before.trim() && !/[“"‘(]\s*$/.test(before)) return null;
    return { text: word, index, speaker: 'after' };
  }
  // "States", "CLAIMS": capitalised verbs are names or headings, not reporting —
  // except a sentence opening on an inverted attribution: "Said Ellis: “…”".
  if (word !== lower) return !before.trim() && /^[A-Z][a-z]+$/.test(word) && INVERTED_OPENING.test(after) ? { text: word, index, speaker: 'after' } : null;
  // "is saying", "was calling for": a progressive, not a passive.
  const progressive = /ing$/.test(lower);
  if ((PASSIVE_BEFORE.test(before) && !progressive) || NOT_REPORTING_BEFORE.test(before) || PARTICLE_AFTER.test(after)) return null;
  if ((NOUN_LIKE.test(word) || NOUN_LIKE_FORMS.has(lower)) && !CLAUSE_FOLLOWS.test(after)) return null;
  if (REDUCED_RELATIVE.test(word) && PREPOSITION_AFTER.test(after)) return null;
  // "a senator criticized for", "the deal proposed by": a past participle qualifying a noun.
  const extended = !CORE_VERB.test(lower);
  if (extended && REPORTING_PAST.has(lower) && /^\s+(?:by|for|as|of|with)\b/i.test(after)) return null;
  // "Additional reporting by …": a credit line, not a participle.
  if (EN_PARTICIPLE.test(word) && /^\s+by\b/i.test(after)) return null;
  if (EN_PARTICIPLE.test(word)) return { text: word, index, speaker: 'before', form: 'participle', ...(extended && { extended }) };
  // "what Turnbull called “reckless” actions": a name the writer borrows for a thing, not a statement reported.
  if (NAMING.test(word) && /\bwhat\s+(?:[\p{L}.'’-]+\s+){1,4}$/iu.test(before) && !/^\s+(?:for|on)\b/.test(after)) return null;
  if (NAMING.test(word)) return CHARACTERISATION.test(after) ? { text: word, index, speaker: 'before' } : null;
  // "maintains a program", "concluded the talks", "demonstrated her skill", "the monitor maintained by": with a
  // noun phrase for object, or as a participle, these verbs do something; they report only a clause ("maintains that …").
  if (CLAUSE_ONLY.test(lower) && (OBJECT_PHRASE.test(after) || /^\s+by\b/.test(after))) return null;
  // "found a way to": an idiom, not a finding.
  if (/^(?:found|finds|find)$/.test(lower) && /^\s+(?:a\s+way|ways|no\s+way)\b/.test(after)) return null;
  // "…,” said X" or "X, a spokesman, said": the speaker may follow the verb.
  const inverted = /[,”"’']\s*$/.test(before) || before.trim() === '';
  return { text: word, index, speaker: inverted ? 'after' : 'before', ...(extended && { extended }) };
}

function englishCues(sentence: string): Cue[] {
  const cues: Cue[] = [];
  const label = englishLabel(sentence);
  if (label) cues.push(label);
  for (const m of sentence.matchAll(EN_CUE)) {
    const cue = englishCue(sentence, m[0], m.index!);
    if (cue) cues.push(cue);
  }
  const dash = englishDash(sentence);
  if (dash) cues.push(dash);
  return cues;
}

// Chinese cues, simplified and traditional. Multi-character cues are safe anywhere;
// the single characters 称/稱/说/說 (and 说明, "explained", which is also a noun) only count before punctuation.
const ZH_COMPOUND = [
  '补充称', '补充说', '补充道', '補充稱', '補充說', '補充道', '评论称', '评论说', '評論稱', '評論說', '解释称', '解释说', '解釋稱', '解釋說',
  '报道称', '報道稱', '報導稱', '声称', '聲稱', '宣称', '宣稱', '指称', '指稱', '写道', '寫道', '说道', '說道', '分析称', '分析稱',
  '援引', '指出', '表示', '认为', '認為', '强调', '強調', '透露', '证实', '證實', '警告', '承认', '承認', '否认', '否認', '提到', '提及',
  '披露', '宣布', '宣佈', '介绍', '介紹', '回应', '回應', '反驳', '反駁', '主张', '主張', '坦言', '直言', '告诉', '告訴', '发现', '發現',
  '显示', '顯示', '称赞', '稱讚', '呼吁', '呼籲', '预计', '預計', '估计', '估計', '强调说', '重申', '暗示', '报道', '報道', '報導', '谈到', '談到',
].sort((a, b) => b.length - a.length);
const ZH_CUE = new RegExp(`(?:${ZH_COMPOUND.join('|')})|(?:说明|說明|称|稱|说|說)(?=[，,：:“「"])`, 'g');
// 据X报道 / 据X称 / 据X消息: the speaker sits inside the frame.
const ZH_FRAME = /[据據]([^，。；！？,]{1,30}?)(?:报道|報道|報導|称|稱|消息|介绍|介紹|透露|说|說|表示|指出|显示|顯示|统计|統計|披露)/g;
// Words that contain a cue but do not report ("被发现", "名称", "显示屏").
// Set phrases with 说 that say nothing about a source ("换句话说", "in other words"), and 自认为 ("deems oneself").
const ZH_NOT_CUE =
  /被(?:发现|發現)|(?:发现|發現)了?(?:自己|问题)|显示屏|顯示屏|表示感谢|表示祝贺|表示欢迎|表示哀悼|表示慰问|报道组|报道员|换句话说|換句話說|换言之|換言之|也就是说|也就是說|听说|聽說|比如说|比如說|总的来说|總的來說|一般来说|一般來說|老实说|老實說|坦白说|坦白說|可以说|可以說|应该说|應該說|不用说|不用說|自认为|自認為/;
// Kana: a Japanese sentence, where 表示 means "shown" and 発見 "discovery" — Chinese cues do not apply.
// Kana letters only: ・ (U+30FB) also joins the parts of foreign names in Chinese.
const KANA = /[\u3040-\u309f\u30a1-\u30fa]/;

// A sentence is read for cues by its links' roles, their authors and the claims (callers do not mutate the answer).
const cueMemo = sentenceMemo<readonly Cue[]>();

/** Cues in one sentence, in order. */
export function findCues(sentence: string, lang: string | null): readonly Cue[] {
  return cueMemo(sentence, () => findCuesUncached(sentence, lang), lang);
}

function findCuesUncached(sentence: string, lang: string | null): Cue[] {
  const cues: Cue[] = [];
  const zh = lang !== 'ja' && (lang === 'zh' || /\p{Script=Han}/u.test(sentence)) && !KANA.test(sentence);
  if (zh) {
    for (const m of sentence.matchAll(ZH_FRAME)) {
      const start = m.index! + 1;
      cues.push({ text: m[0], index: m.index!, speaker: 'inside', inner: { start, end: start + m[1]!.length } });
    }
    // Frames and cues both come in text order: one sweep finds the frame covering a cue (a search
    // of every frame per cue was quadratic on "据报道据报道…").
    const frames = cues.length;
    let f = 0;
    for (const m of sentence.matchAll(ZH_CUE)) {
      const at = m.index!;
      while (f < frames && cues[f]!.index + cues[f]!.text.length <= at) f++;
      if (f < frames && at >= cues[f]!.index) continue;
      // Skipped only when a set phrase covers the cue itself ("换句话说"), not one nearby ("听说后表示").
      const from = Math.max(0, at - 4);
      const around = sentence.slice(from, at + m[0].length + 3);
      const phrase = ZH_NOT_CUE.exec(around);
      if (phrase && from + phrase.index < at + m[0].length && from + phrase.index + phrase[0].length > at) continue;
      cues.push({ text: m[0], index: at, speaker: 'before' });
    }
  }
  cues.push(...englishCues(sentence));
  return cues.sort((a, b) => a.index - b.index);
}

// Document-like anchor texts: a link named so is a source being relied on.
export const DOCUMENT_WORDS =
  /\b(?:report|reports|study|studies|survey|paper|article|analysis|data|dataset|statement|poll|filing|document|letter|interview|research|investigation|review|memo|transcript|testimony|lawsuit|complaint|ruling|press\s+release|announcement|tweet|post|video|speech|op-ed|editorial|essay|piece|story|findings|figures|estimates|census)\b|文章|报告|報告|报道|報道|報導|研究|调查|調查|声明|聲明|数据|數據|文件|采访|採訪|论文|論文|公告|通报|通報|白皮书|白皮書|讲话|講話|社论|社論|评论|評論|推文|帖子|视频|視頻|统计|統計/i;
