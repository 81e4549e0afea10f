import { z } from 'zod/mini';
import { OutletRef } from './outlet-ref';
import { ReferenceEntry } from './reference';
import { SourceRole } from './source-role';

export { SourceRole } from './source-role';
export { OutletRef, OutletType } from './outlet-ref';

/**
 * The rule that read a name from the citing text, so a wrong one can be traced:
 * - `title-marks`: the name in 《》 ("据《外交政策》报道");
 * - `anchor-outlet`: the link's own words are an outlet's name;
 * - `anchor-names-publisher`: the link's words say who published it ("figures published by the ECTF");
 * - `according-to`: "according to X" (also "as reported by X");
 * - `document-by`: "a report / study / survey / statement / figures / data by or from X", "released by X";
 * - `possessive`: "X's report";
 * - `researchers-at`: "researchers / economists / analysts at X";
 * - `spokesperson-for`: "X, a spokesperson for Y" (Y is the organisation, X the person);
 * - `cue-subject`: "X said / reported / found / published / told" (also "said X");
 * - `role-before-name`: "ECTF secretary general Henrik Valde" (the organisation before a person's role);
 * - `zh-ju`: 据X报道 / 据X称;
 * - `zh-cue-subject`: X表示 / 指出 / 称 / 发布 (with 職稱 and 日期 split off the name);
 * - `zh-published-report`: X发布的报告;
 * - `zh-published-in`: 在X上发表;
 * - `written-by`: "written by X", 由X撰写, X撰写的文章;
 * - `writing-cue`: "X wrote", X写道 (the writer of the piece);
 * - `outlet-named`: a news outlet from the outlet table named in the sentence, not in an attribution phrase;
 * - `previous-sentence`, `following-sentence`: one of the rules above, in the sentence before or a sentence after that points back;
 * - `continuation`: the sentence's speaker is a pronoun ("he noted that"), read as the person the sentence before credits.
 */
export const AttributionVia = z.enum([
  'title-marks',
  'anchor-outlet',
  'anchor-names-publisher',
  'according-to',
  'document-by',
  'possessive',
  'researchers-at',
  'spokesperson-for',
  'cue-subject',
  'role-before-name',
  'zh-ju',
  'zh-cue-subject',
  'zh-published-report',
  'zh-published-in',
  'written-by',
  'writing-cue',
  'outlet-named',
  'previous-sentence',
  'following-sentence',
  'continuation',
]);
export type AttributionVia = z.infer<typeof AttributionVia>;

/** Who the citing text says the source is. */
export const Attribution = z.object({
  /** The publication as the text names it (外交政策). */
  publication: z.nullable(z.string()),
  /** Its English name when the outlet table knows it (Foreign Policy). */
  publicationEn: z.nullable(z.string()),
  /** The person the text names (蒂穆尔·乌姆洛夫). */
  author: z.nullable(z.string()),
  /** The author's stated affiliation (卡内基国际和平基金会). */
  affiliation: z.nullable(z.string()),
  /** The table entry for the named publication, if any. */
  outlet: z.nullable(OutletRef),
  /** The author's role or title as written, without the name (水利署副署長, secretary general). Optional: older reports lack it. */
  role: z.optional(z.nullable(z.string())),
  /** The rule that found the publication (absent when there is none, and in older reports). */
  via: z.optional(AttributionVia),
  /** The rule that found the author. */
  authorVia: z.optional(AttributionVia),
  /** The words the publication was read from ("according to a report released Monday by the city comptroller's office"). */
  phrase: z.optional(z.string().check(z.maxLength(300))),
  /** The words the author was read from. */
  authorPhrase: z.optional(z.string().check(z.maxLength(300))),
});
export type Attribution = z.infer<typeof Attribution>;

export const CitedSource = z.object({
  /** Normalised absolute URL; the key for checks and the cache. */
  url: z.string(),
  /** Anchor text. */
  text: z.string(),
  /** The sentence that holds the link. */
  context: z.string(),
  role: SourceRole,
  attribution: Attribution,
  /** The table entry for the link's domain, if any. */
  outlet: z.nullable(OutletRef),
  /** How many times the article links here. */
  occurrences: z.int().check(z.positive()),
  /** The entry of the article's reference list that this link belongs to, parsed; its author and container are the attribution. */
  reference: z.optional(ReferenceEntry),
});
export type CitedSource = z.infer<typeof CitedSource>;

