import { stemmer } from 'stemmer';
import { parseChineseNumber } from '../../text/numbers';
import { stripDiacritics } from '../../text/clean';
import { contentTokens, isStopword } from '../../text/tokens';

/**
 * The comparison terms of a text, shared by the support scorer and the bilingual
 * lexicon (whose English glosses are stored as these terms).
 */

// Light normalisation, written out here: irregular English forms to their base,
// a few near-synonyms, number words and Chinese numerals to digits, month
// abbreviations. Applied to stems on both sides, so a mapping can only make
// words meet, never part them.

const IRREGULAR =
  'arose:arise arisen:arise became:become began:begin begun:begin bore:bear borne:bear beaten:beat bound:bind bred:breed ' +
  'brought:bring built:build bought:buy caught:catch chose:choose chosen:choose came:come dealt:deal drew:draw drawn:draw drove:drive ' +
  'driven:drive ate:eat eaten:eat fell:fall fallen:fall fed:feed felt:feel fought:fight found:find fled:flee flew:fly flown:fly ' +
  'forbade:forbid forgot:forget forgotten:forget forgave:forgive forgiven:forgive froze:freeze frozen:freeze got:get gotten:get ' +
  'gave:give given:give went:go gone:go grew:grow grown:grow hung:hang heard:hear hid:hide hidden:hide held:hold kept:keep knew:know ' +
  'known:know laid:lay led:lead left:leave lent:lend lost:lose made:make meant:mean met:meet misled:mislead overcame:overcome paid:pay ' +
  'rebuilt:rebuild rode:ride ridden:ride rang:ring rung:ring rose:rise risen:rise ran:run saw:see seen:see sought:seek sold:sell ' +
  'sent:send shook:shake shaken:shake shot:shoot shown:show sang:sing sung:sing sank:sink sunk:sink sat:sit slept:sleep spoke:speak ' +
  'spoken:speak spent:spend stood:stand stole:steal stolen:steal stuck:stick struck:strike swore:swear sworn:swear swam:swim taught:teach ' +
  'took:take taken:take tore:tear torn:tear told:tell thought:think threw:throw thrown:throw understood:understand upheld:uphold ' +
  'woke:wake woken:wake wore:wear worn:wear won:win wrote:write written:write withdrew:withdraw withdrawn:withdraw withheld:withhold ' +
  'children:child women:woman men:man people:person';

// Groups of words that say the same thing in claims and their sources; the first is the group's name.
const SYNONYMS = [
  'born birth',
  'die died death dead',
  'marry married marriage wed wedding',
  'film movie',
  'begin start commence',
  'finish end conclude',
  'buy purchase acquire acquisition',
  'leave depart departure quit',
  'award prize',
  'hire employ',
  'large big',
  'help assist',
  'company firm',
  'child kid',
];

const NUMBER_WORDS = 'two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10 eleven:11 twelve:12 twenty:20 thirty:30 forty:40 fifty:50 hundred:100 dozen:12';
const MONTH_ABBR = 'jan:january feb:february apr:april jun:june jul:july aug:august sep:september sept:september oct:october nov:november dec:december';
export const MONTH_STEMS = new Set('january february march april june july august september october november december'.split(' ').map((m) => stemmer(m)));
const HAN_NUMERAL = /^[零〇一二两兩三四五六七八九十百千万萬亿億]+$/u;

const CANON = new Map<string, string>();
{
  const put = (from: string, to: string) => {
    const a = stemmer(from);
    const b = stemmer(to);
    if (a !== b) CANON.set(a, b);
  };
  for (const pair of `${IRREGULAR} ${MONTH_ABBR}`.split(' ')) put(...(pair.split(':') as [string, string]));
  for (const group of SYNONYMS) {
    const [head, ...rest] = group.split(' ');
    for (const w of rest) put(w, head!);
  }
  for (const pair of NUMBER_WORDS.split(' ')) {
    const [w, d] = pair.split(':') as [string, string];
    CANON.set(stemmer(w), d);
  }
}

export function canon(stem: string): string {
  const c = CANON.get(stem);
  if (c !== undefined) return c;
  if (HAN_NUMERAL.test(stem)) {
    const n = parseChineseNumber(stem);
    if (n !== null) return String(n);
  }
  return stem;
}

// Function words the shared stop list keeps (it also serves summaries and quotes).
const EXTRA_STOP = new Set(
  ('whose have having being although though whether either upon toward towards across along behind beyond despite throughout ' +
    'amongst whilst would hasnt havent hadnt didnt doesnt dont isnt wasnt arent werent wont cant couldnt wouldnt shouldnt')
    .split(' ')
    .map((w) => stemmer(w)),
);

/** The comparison terms of a text: the shared content tokens, normalised as above. */
export function terms(text: string, lang: string | null): string[] {
  const out: string[] = [];
  for (const t of contentTokens(text, lang)) if (!EXTRA_STOP.has(t)) out.push(canon(t));
  return out;
}

/**
 * The content words of plain English text, lower-cased, without the word
 * segmenter: about ten times faster, for the lexicon's 124,000 glosses.
 */
export function englishWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of stripDiacritics(text.normalize('NFKC').toLowerCase()).split(/[^a-z0-9’'.-]+/)) {
    const w = raw.replace(/^[.’'-]+|[.’'-]+$/g, '').replace(/[’']s$/, '').replace(/[’']/g, '');
    if (w.length < 2 || isStopword(w)) continue;
    for (const part of /^\d/.test(w) ? [w] : w.split(/[.-]/)) if (part.length >= 2 && !isStopword(part) && !EXTRA_STOP.has(termOf(part))) out.push(part);
  }
  return out;
}

const stems = new Map<string, string>();
/** One English word's comparison term (memoised: glosses repeat the same words). */
export function termOf(word: string): string {
  let t = stems.get(word);
  if (t === undefined) stems.set(word, (t = /^\d/.test(word) ? word : canon(stemmer(word))));
  return t;
}

// Frequent, light English words: when one is missing from the source it is
// more often paraphrased than truly absent, so it weighs less.
export const COMMON = new Set(
  (
    'become make take get give go come know see use find call keep hold begin start end include continue remain work play run move live ' +
    'lead serve show turn bring set put leave follow receive appear consider name describe help need want like look seem feel try ask tell ' +
    'think let mean allow add provide create change open close reach stay report note base involve result return offer develop produce ' +
    'record list cause form plan expect mark feature concern regard relate refer happen occur lose carry pass build grow ' +
    'time year day week month person way part place thing number group area case point fact kind type lot side level member world life ' +
    'home role term period series story issue event order process system line head back top ' +
    'new old good great high low large small big major main several many much well later early late last next previous former current ' +
    'currently recent recently still however often soon already yet even around almost nearly approximately another various different ' +
    'certain due able following total full entire whole best second third final further particular primarily mainly mostly highly widely ' +
    'largely originally eventually finally subsequently officially together including based especially really actually simply usually ' +
    'long short little less least enough rather quite since'
  )
    .split(' ')
    .map((w) => canon(stemmer(w))),
);

