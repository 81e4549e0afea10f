/**
 * A figure the text qualifies — "more than 500,000", 逾50万, "about 30%",
 * 50万左右, "under 10" — states a range, not a value: "over half a million
 * dollars" is not contradicted by "$560,000". Read from the words just before
 * or after the figure, in English and Chinese.
 */
export type FigureBound = 'min' | 'max' | 'about';

const BEFORE: [RegExp, FigureBound][] = [
  [/(?:\b(?:more|greater|higher)\s+than|\bover|\babove|\bat\s+least|\bupwards\s+of|\bin\s+excess\s+of|\bexceeding|逾|超过|超過|多于|多於|高于|高於|至少|不少于|不少於)\s*(?:US\$|\$|€|£|¥)?\s*$/i, 'min'],
  [/(?:\b(?:less|fewer|lower)\s+than|\bunder|\bbelow|\bat\s+most|\bup\s+to|不到|少于|少於|低于|低於|不足|至多)\s*(?:US\$|\$|€|£|¥)?\s*$/i, 'max'],
  [/(?:\babout|\baround|\bapproximately|\broughly|\bnearly|\balmost|\bsome|\bclose\s+to|\ban\s+estimated|约|約|大约|大約|近|将近|將近|接近|大概|大致)\s*(?:US\$|\$|€|£|¥)?\s*$/i, 'about'],
];
const AFTER: [RegExp, FigureBound][] = [
  [/^\s*(?:多|余|餘|以上|or\s+more\b|\+)/i, 'min'],
  [/^\s*(?:以下|or\s+(?:less|fewer)\b)/i, 'max'],
  [/^\s*(?:左右|上下)/, 'about'],
];

/** The bound the words around a figure put on it, if any (`at`/`end`: where the figure's text lies in `text`). */
export function boundAround(text: string, at: number, end: number): FigureBound | undefined {
  const before = text.slice(Math.max(0, at - 24), at);
  for (const [re, bound] of BEFORE) if (re.test(before)) return bound;
  const after = text.slice(end, end + 12);
  for (const [re, bound] of AFTER) if (re.test(after)) return bound;
  return undefined;
}

/** Significant digits of a figure as written in full (500000 → 1, 560000 → 2, 2.5 → 2). */
function significant(value: number): number {
  const digits = String(Math.abs(value)).replace('.', '').replace(/^0+/, '');
  return Math.max(1, digits.replace(/0+$/, '').length);
}

/** Whether a source's exact figure falls in the range a qualified claim figure states. */
export function withinBound(claim: number, bound: FigureBound, source: number): boolean {
  if (!Number.isFinite(claim) || !Number.isFinite(source)) return false;
  if (bound === 'min') return source >= claim;
  if (bound === 'max') return source <= claim;
  // "About 500,000" rounds the source at the claim's own precision: 549,000 is about 500,000, 560,000 is not.
  const p = significant(claim);
  return Number(source.toPrecision(p)) === claim || Math.abs(source - claim) <= 0.05 * Math.abs(claim);
}
