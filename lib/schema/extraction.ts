import { z } from 'zod/mini';
import { ArticleMeta } from './article';
import { CitedSource } from './source';
import { Claim } from './claim';

/** Everything the content script (or the CLI) reads from one article page. */
export const Extraction = z.object({
  article: ArticleMeta,
  sources: z.array(CitedSource),
  claims: z.array(Claim),
  /** Whether the page looked like an article before anyone asked. */
  readerable: z.boolean(),
});
export type Extraction = z.infer<typeof Extraction>;
