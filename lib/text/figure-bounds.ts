/**
 * A figure the text qualifies — "more than 500,000", 逾50万, "about 30%",
 * 50万左右, "under 10", "nearly 40 years" — states a range, not a value: "over
 * half a million dollars" is not contradicted by "$560,000". Read from the
 * words just before or after the figure, in English and Chinese.
 *
 * The ranges are those a reporter's rounding allows, not open-ended: "more than
 * 50 people" is no summary of 300 (it would be "hundreds"), so a bound reaches
 * to twice or half the figure, "about" to a tenth either way.
 */
export type FigureBound = 'min' | 'max' | 'about' | 'near';

const CURRENCY = '(?:US\\$|\\$|€|£|¥)?\\s*$';
// A one-character Chinese cue must not end another word: 纽约 (New York), 条约, 签约; 最近, 附近, 靠近.
const HAN_ALONE = '(?<!\\p{Script=Han})';
const BEFORE: [RegExp, FigureBound][] = [
  [new RegExp(`(?:\\b(?:more|greater|higher)\\s+than|\\bover|\\babove|\\bat\\s+least|\\bupwards\\s+of|\\bin\\s+excess\\s+of|\\bexceeding|${HAN_ALONE}逾|超过|超過|多于|多於|高于|高於|至少|不少于|不少於)\\s*${CURRENCY}`, 'iu'), 'min'],
  [new RegExp(`(?:\\b(?:less|fewer|lower)\\s+than|\\bunder|\\bbelow|\\bat\\s+most|\\bup\\s+to|不到|少于|少於|低于|低於|不足|至多)\\s*${CURRENCY}`, 'iu'), 'max'],
  [new RegExp(`(?:\\bnearly|\\balmost|\\bclose\\s+to|\\bjust\\s+under|将近|將近|接近|${HAN_ALONE}近)\\s*${CURRENCY}`, 'iu'), 'near'],
  [new RegExp(`(?:\\babout|\\baround|\\bapproximately|\\broughly|\\bsome|\\ban\\s+estimated|大约|大約|大概|大致|${HAN_ALONE}[约約])\\s*${CURRENCY}`, 'iu'), 'about'],
];
const AFTER: [RegExp, FigureBound][] = [
  [/^(?:\s*(?:多|余|餘|以上)|\s+or\s+more\b|\+)/i, 'min'],
  [/^(?:\s*以下|\s+or\s+(?:less|fewer)\b)/i, 'max'],
  [/^\s*(?:左右|上下(?![班课課]))/, 'about'],
];

/** The bound the words around a figure put on it, if any (`at`/`end`: where the figure's text lies in `text`). */
export function boundAround(text: string, at: number, end: number): FigureBound | undefined {
  const before = text.slice(Math.max(0, at - 24), at);
  for (const [re, bound] of BEFORE) if (re.test(before)) return bound;
  const after = text.slice(end, end + 12);
  for (const [re, bound] of AFTER) if (re.test(after)) return bound;
  return undefined;
}

/** Whether a source's exact figure falls in the range a qualified claim figure states. */
export function withinBound(claim: number, bound: FigureBound, source: number): boolean {
  if (!Number.isFinite(claim) || !Number.isFinite(source) || claim <= 0) return false;
  switch (bound) {
    case 'min':
      return source >= claim && source < 2 * claim;
    case 'max':
      return source <= claim && source > claim / 2;
    case 'near':
      return source <= claim && source >= 0.9 * claim;
    case 'about':
      return Math.abs(source - claim) <= 0.1 * claim;
  }
}
