import { detectLanguage, primaryLanguage } from '../text/language';
import { looksLikeArticle } from './article-gate';
import { readBlocks } from './dom/blocks';
import { contentRootSteps } from './dom/content-root';
import { withOutsideSources } from './dom/outside-body';
import { baseUrlOf, bodyTextSteps } from './page-text';
import { collectSourcesInSlices, type SourceOccurrence } from './sources';
import { runInSlices, type Pacing } from './steps';

export interface PageScan {
  readerable: boolean;
  sources: SourceOccurrence[];
}

/** The page's language without reading its metadata: the declared tag, else a guess from the body. */
function quickLanguage(doc: Document, root: Element): string | null {
  const declared = primaryLanguage(doc.documentElement?.getAttribute('lang'));
  if (declared) return declared;
  return detectLanguage((root.textContent ?? '').slice(0, 2000));
}

/**
 * The work done at page load, before anyone asks: does this look like an
 * article, and which links in its body are sources (with role and outlet, for
 * the inline badges). No Readability, no claims; the source step runs in
 * slices so a page with thousands of links never blocks for long.
 */
export async function scanPage(doc: Document, pageUrl: string, options: Pacing & { readerable?: boolean }): Promise<PageScan> {
  // Finding the content root runs in slices; each other whole-page step runs alone between pauses
  // (on a 1.4 MB page, in a loaded browser: the article test 14-21 ms, reading blocks 28-50 ms).
  // The content script has already asked (the gate runs in the light script, before this one is loaded).
  const readerable = options.readerable ?? looksLikeArticle(doc);
  if (!readerable) return { readerable, sources: [] };
  await options.pause();
  const root = await runInSlices(contentRootSteps(doc), options);
  const lang = quickLanguage(doc, root);
  await options.pause();
  const blocks = readBlocks(root);
  await options.pause();
  const withOutside = withOutsideSources(blocks, root);
  await options.pause();
  const body = await runInSlices(bodyTextSteps(withOutside, baseUrlOf(doc, pageUrl), lang, pageUrl), options);
  const sources = await collectSourcesInSlices(body, pageUrl, lang, options);
  return { readerable, sources };
}
