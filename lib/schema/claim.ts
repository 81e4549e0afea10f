import { z } from 'zod';

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

/** A sentence the article attributes to a source. */
export const Claim = z.object({
  text: z.string(),
  /** The reporting word that attributes it ("said", "指出"). */
  cue: z.string(),
  /** Every reporting word in the sentence for this speaker, in order, when there are several ("said", "adding"). */
  cues: z.array(z.string()).optional(),
  /** Person or outlet it is attributed to, with pronouns resolved. */
  speaker: z.string().nullable(),
  /** The link in the sentence or its attribution chain; null when unlinked. */
  sourceUrl: z.string().nullable(),
  /** Quoted passages inside the claim. */
  quotes: z.array(z.string()),
  /**
   * True for a sentence without a cue of its own that continues a run of
   * claims from the same source ("…乌姆洛夫指出… 在取得独立后的30年内…").
   */
  continuation: z.boolean(),
  via: ClaimVia,
});
export type Claim = z.infer<typeof Claim>;
