import type { Block } from './blocks';
import { wordCount } from '../../text/tokens';

/**
 * Page furniture that sits inside the article as ordinary paragraphs, so no
 * class name gives it away: teaser links ("Related: …", "READ MORE: …"),
 * tag lists, all-caps headline links to other stories, newsletter and follow-us prompts,
 * bare "Updated 1:39 am EST" / "By Jane Doe - 11/18/19" lines, and interface
 * labels ("Advertisement", "Image 1 of 5").
 * Decided from the block's own text and links only.
 */

// A label that introduces a link to another story.
const TEASER_LABEL =
  /^\[?\s*(?:related(?:\s+(?:post|story|article|content))?|read more|see more|see also|also read|read also|more|don'?t miss|also on|watch|listen|recommended|trending|most read|more on this|more from|further reading|leia também|leia mais|veja também|lee también|lea también|lire aussi|à lire aussi|leggi anche|lesen sie auch|mehr zum thema)\b[^:|]{0,40}[:|]/i;
// A tag list: "Tags: budget, council, parks".
const TAG_LABEL = /^(?:tags?|tagged(?: with)?|topics?|keywords?|filed under|categories|category|etiquetas|schlagwörter|argomenti|標籤|标签)(?![\p{L}\p{N}])/iu;
// An imperative call to subscribe, follow or download, aimed at a channel; or an affiliate disclosure.
const PROMPT =
  /(?:^|[.!?:]\s+)(?:subscribe|sign up|join|follow|click here|get|download|listen|watch|like us|email|e-mail|start your day)\b[^.!?]*\b(?:newsletters?|inbox|subscri\w*|twitter|facebook|instagram|youtube|podcasts?|apps?|forums?|channel|e-?mail)\b|\baffiliate (?:links?|commission)/i;
// Byline and timestamp lines: "By …", "Updated …", "Published …", "Posted on …".
// ("By the end of…" is prose: the byline's "By" is followed by a name.)
const DATELINE = /^(?:updated|published|first published|last updated|posted)\b/i;
const BYLINE = /^by\s+\p{Lu}/u;
// Interface labels standing alone: ad slots, widget titles, gallery counters.
const UI_LABEL =
  /^(?:advertisement|advert|ads?|sponsored|comments?|close|caption|subscribe|skip to (?:main )?content|loading(?: content)?|enlarge(?: image)?|click to enlarge|image \d+ (?:of|\/) \d+|about the author|continue reading|story continues below(?: advertisement)?|share(?: this(?: article| story)?)?|print|e-?mail)\W*$/i;
const SENTENCE_END = /[.!?]["”’»)]?$/u;

const MAX_PROMPT_WORDS = 50;
const MAX_DATELINE_WORDS = 15;

/** Share of the block's text that is link text. */
export function linkShare(b: Block): number {
  if (!b.text.length) return 0;
  let chars = 0;
  for (const l of b.links) chars += l.end - l.start;
  return chars / b.text.length;
}

/** Mostly capital letters (a shouted headline), in scripts that have case. */
function shouted(text: string): boolean {
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = text.match(/\p{Ll}/gu)?.length ?? 0;
  return upper >= 6 && lower <= upper * 0.1;
}

// Longer blocks are prose: no rule below applies, and the article's long paragraphs skip the regexes.
const MAX_FURNITURE_CHARS = 600;

export function isArticleFurniture(b: Block): boolean {
  if (b.text.length > MAX_FURNITURE_CHARS) return false;
  if (UI_LABEL.test(b.text)) return true;
  const links = linkShare(b);
  if (links >= 0.6 && (TEASER_LABEL.test(b.text) || TAG_LABEL.test(b.text))) return true;
  const words = wordCount(b.text);
  if (links >= 0.8 && words >= 3 && shouted(b.text)) return true;
  if (words <= MAX_PROMPT_WORDS && PROMPT.test(b.text)) return true;
  return words <= MAX_DATELINE_WORDS && (DATELINE.test(b.text) || BYLINE.test(b.text)) && !SENTENCE_END.test(b.text);
}
