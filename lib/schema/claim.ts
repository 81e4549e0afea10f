import { z } from 'zod';

/** A sentence the article attributes to a source. */
export const Claim = z.object({
  text: z.string(),
  /** The reporting word that attributes it ("said", "指出"). */
  cue: z.string(),
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
});
export type Claim = z.infer<typeof Claim>;
