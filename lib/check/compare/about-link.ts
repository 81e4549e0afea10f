import type { Finding } from '../../schema/check';
import type { CitedSource } from '../../schema/source';
import { truncate } from '../../text/clean';
import { finding } from './finding';
import { judgeSupport } from './support';

/**
 * Whether a page is the one the article links, when the article attributes no claim to it: the
 * linking sentence's content is on the page, or the anchor text is in its title. Without this,
 * "the source is CNN" would back any CNN page at the link — a swapped or recycled address too.
 * Not found is not a failure (the article may paraphrase): it only withholds `supported`.
 */
export function compareAboutLink(source: CitedSource, title: string | null, sentences: readonly string[], lang: string | null): Finding | null {
  const context = source.context.trim();
  if (!context || !sentences.length) return null;
  const byText = judgeSupport(context, sentences, lang);
  if (byText.label !== 'not-found') return finding('content', true, 'content.about-link', { evidence: truncate(sentences[byText.evidence[0] ?? 0] ?? '', 300) });
  if (title && source.text.trim() && judgeSupport(source.text, [title], lang).label === 'supported') return finding('content', true, 'content.about-link', { evidence: title });
  return finding('content', null, 'content.not-about-link', { context: truncate(context, 300), title: title ?? '' });
}
