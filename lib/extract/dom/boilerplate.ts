/**
 * Lines a site appends to every article, inside the body container or not:
 * author contact lines, invitations to write letters, join forums or download
 * the app. Their links are the site's, not the writer's sources.
 * ("This article originally appeared on …" is left alone: linked to the
 * original, it is the article's source credit.)
 */

const BOILERPLATE = new RegExp(
  [
    // Contact lines: "Follow him on Twitter … or email him at …", "Amy may be reached at …".
    "\\bfollow (?:him|her|them|me|us)\\b",
    "\\be-?mail (?:him|her|them|me|us)\\b",
    "\\b(?:can|may) be reached at\\b",
    "\\bhave a (?:news )?tip\\?",
    "\\bhere['’]?s our e-?mail\\b",
    "\\bwe['’]?d (?:like|love) to hear (?:from you|what you think)\\b",
    "\\bsubmit a letter\\b",
    // Community and app prompts.
    "\\bjoin (?:our|the) (?:[\\w-]+ ){0,3}(?:forums?|community|discord|group)\\b",
    "\\b(?:download|get|install) (?:our|the) (?:[\\w-]+ ){0,2}app\\b",
    '(?:下载|下載|用)\\s*APP',
    '粉[丝絲]([团團]|[专專]頁|[专專]页)',
    '按[个個]?[讚赞]',
    '(?:关注|關注|追蹤)(?:我们|我們)',
  ].join('|'),
  'i',
);

// Longer blocks are prose that happens to mention one of these phrases.
const MAX_LINE = 300;

/** True for a short line of site boilerplate. */
export function isBoilerplateLine(text: string): boolean {
  return text.length > 0 && text.length <= MAX_LINE && BOILERPLATE.test(text);
}
