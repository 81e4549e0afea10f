import { z } from 'zod/mini';

/**
 * The rule that gave a claim its speaker and source, so a wrong link can be traced:
 * - `linked-sentence`: the claim's own sentence carries the link;
 * - `named-source`: its speaker is named as a cited source's author, publication or outlet;
 * - `anaphora-document`: "该文" / "文章称" / "the report also found" point back to the current source;
 * - `anaphora-author`: "作者" / "该文作者…" / "the report's authors" point back to its author;
 * - `anaphora-pronoun`: "他" / "她写道" / "he added" point back to the last person named (or the source's author);
 * - `unlinked`: the cue names a speaker that no cited source stands for;
 * - `continuation`: a sentence without a cue inside a run of claims from one source;
 * - `quotation`: the rest of a quotation, or a transcript turn, whose speaker the claim names;
 * - `colon-introduction`: the paragraph after "X added:";
 * - `reference-entry`: a footnote marker ([2], ¹, (Smith 2020), 注1) points to an entry of the reference list.
 */
export const ClaimVia = z.enum([
  'linked-sentence',
  'named-source',
  'anaphora-document',
  'anaphora-author',
  'anaphora-pronoun',
  'unlinked',
  'continuation',
  'quotation',
  'colon-introduction',
  'reference-entry',
]);
export type ClaimVia = z.infer<typeof ClaimVia>;

/**
 * The rule that read a claim's speaker from its cue, so a wrong speaker can be traced:
 * `according-to` ("according to X"), `cue-subject` ("X said"), `cue-inverted` ("…, said X"),
 * `participle-subject` ("…, saying"), `label` ("PENCE: …"), `dash` ("” ― Name"),
 * `zh-ju` (据X报道), `zh-biaoshi` (X表示), `zh-zhichu` (X指出), `zh-cheng` (X称 / 说),
 * `zh-cue-subject` (X before another Chinese cue), `quotation-name` (a name right before a quotation).
 */
export const SpeakerVia = z.enum([
  'according-to',
  'cue-subject',
  'cue-inverted',
  'participle-subject',
  'label',
  'dash',
  'zh-ju',
  'zh-biaoshi',
  'zh-zhichu',
  'zh-cheng',
  'zh-cue-subject',
  'quotation-name',
]);
export type SpeakerVia = z.infer<typeof SpeakerVia>;

/** A sentence the article attributes to a source. */
export const Claim = z.object({
  text: z.string(),
  /** The reporting word that attributes it ("said", "指出"). */
  cue: z.string(),
  /** Every reporting word in the sentence for this speaker, in order, when there are several ("said", "adding"). */
  cues: z.optional(z.array(z.string())),
  /** Person or outlet it is attributed to, with pronouns resolved. */
  speaker: z.nullable(z.string()),
  /** The link in the sentence or its attribution chain; null when unlinked. */
  sourceUrl: z.nullable(z.string()),
  /** Quoted passages inside the claim. */
  quotes: z.array(z.string()),
  /**
   * True for a sentence without a cue of its own that continues a run of
   * claims from the same source ("…乌姆洛夫指出… 在取得独立后的30年内…").
   */
  continuation: z.boolean(),
  via: ClaimVia,
  /** The rule that read the speaker (continuations carry their run's). Optional: older reports lack it. */
  speakerVia: z.optional(SpeakerVia),
  /** The speaker's role or title, split off the name (水利署副署長 for 陳志豪). */
  speakerRole: z.optional(z.string()),
  /** The organisation the speaker speaks for (水利署; ECTF for "ECTF secretary general Henrik Valde"). */
  speakerOrganisation: z.optional(z.string()),
});
export type Claim = z.infer<typeof Claim>;
