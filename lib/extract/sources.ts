import type { CitedSource, SourceRole } from '../schema/source';
import { outletForHost, outletForUrl, toOutletRef } from '../outlets/lookup';
import type { Outlet } from '../outlets/outlet';
import { cleanText, truncate } from '../text/clean';
import { findCues } from './attribution/cues';
import { attributeLink } from './attribution/link-attribution';
import type { BodyText } from './page-text';
import { normalizeUrl } from './links/normalize-url';
import { classifyRole } from './roles';
import { runInSlices, runToEnd, type Pacing } from './steps';

// When a URL is linked several times, the strongest reason to link wins.
const ROLE_RANK: Record<SourceRole, number> = {
  citation: 8, reference: 6, related: 5, other: 4, self: 3, social: 3, media: 2, navigation: 1,
};

export interface SourceOccurrence {
  source: CitedSource;
  /** The anchors on the page that point to this source (for badges). */
  anchors: Element[];
}

/** The article's cited sources: every body link, deduplicated, with role and attribution. */
export function collectSources(body: BodyText, pageUrl: string, lang: string | null): SourceOccurrence[] {
  return runToEnd(sourceSteps(body, pageUrl, lang));
}

/**
 * The same work in slices of at most `budgetMs`, pausing between slices, so a
 * page with thousands of links never blocks its main thread for long.
 */
export function collectSourcesInSlices(body: BodyText, pageUrl: string, lang: string | null, pacing: Pacing): Promise<SourceOccurrence[]> {
  return runInSlices(sourceSteps(body, pageUrl, lang), pacing);
}

/** Yields after each sentence with links; returns the sources. */
export function* sourceSteps(body: BodyText, pageUrl: string, lang: string | null): Generator<void, SourceOccurrence[]> {
  const pageHost = (() => {
    try {
      return new URL(pageUrl).hostname;
    } catch {
      return '';
    }
  })();
  const pageOutlet = outletForUrl(pageUrl);
  // A link to the page itself (a self-linked lead, an anchor to the story's own URL) cites nothing.
  const pageItself = normalizeUrl(pageUrl, pageUrl);
  const byUrl = new Map<string, SourceOccurrence>();
  const outletCache = new Map<string, Outlet | null>();

  for (let si = 0; si < body.sentences.length; si++) {
    const sentence = body.sentences[si]!;
    if (!sentence.links.length) continue;
    yield;
    const block = body.blocks[sentence.block]!;
    const siblings = body.byBlock[sentence.block]!;
    const pos = siblings.indexOf(si);
    const previous = pos > 0 ? body.sentences[siblings[pos - 1]!]!.text : previousBlockLast(body, sentence.block);
    const following = [body.sentences[si + 1]?.text, body.sentences[si + 2]?.text].filter((t): t is string => !!t);
    const cueHere = findCues(sentence.text, lang).length > 0;
    const context = truncate(cleanText(sentence.text), 1000);
    const cueBefore = !!previous && pos > 0 && findCues(previous, lang).length > 0;

    for (const link of sentence.links) {
      if (link.url === pageItself) continue;
      let linkOutlet = outletCache.get(link.host);
      if (linkOutlet === undefined) {
        linkOutlet = outletForHost(link.host);
        outletCache.set(link.host, linkOutlet);
      }
      const attribution = attributeLink({
        text: sentence.text,
        linkStart: link.start,
        linkEnd: link.end,
        anchorText: link.text,
        previous,
        following,
        lang,
        linkOutlet,
      });
      const role = classifyRole({
        url: link.url,
        host: link.host,
        path: link.path,
        anchorText: link.text,
        imageOnly: link.imageOnly,
        sentence: sentence.text,
        blockText: block.text,
        blockKind: block.kind,
        heading: block.heading,
        hasCue: cueHere || cueBefore,
        attributed: !!(attribution.publication || attribution.author),
        pageHost,
        pageOutlet,
        linkOutlet,
      });
      const candidate: CitedSource = {
        url: link.url,
        text: truncate(link.text, 300),
        context,
        role,
        attribution,
        outlet: toOutletRef(linkOutlet),
        occurrences: 1,
      };
      const seen = byUrl.get(link.url);
      if (!seen) {
        byUrl.set(link.url, { source: candidate, anchors: [link.a] });
        continue;
      }
      seen.anchors.push(link.a);
      const count = seen.source.occurrences + 1;
      const better =
        ROLE_RANK[role] > ROLE_RANK[seen.source.role] ||
        (!seen.source.attribution.publication && !seen.source.attribution.author && !!(attribution.publication || attribution.author));
      seen.source = better ? { ...candidate, occurrences: count } : { ...seen.source, occurrences: count };
    }
  }
  return Array.from(byUrl.values());
}

function previousBlockLast(body: BodyText, block: number): string | null {
  for (let b = block - 1; b >= 0 && b >= block - 2; b--) {
    const ids = body.byBlock[b]!;
    if (ids.length) return body.sentences[ids[ids.length - 1]!]!.text;
  }
  return null;
}
