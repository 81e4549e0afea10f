/** Which writing system a string is mostly in. */
export type Script = 'han' | 'kana' | 'hangul' | 'cyrillic' | 'arabic' | 'hebrew' | 'greek' | 'thai' | 'devanagari' | 'latin' | 'other';

const SCRIPT_TESTS: [Script, RegExp][] = [
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['han', /\p{Script=Han}/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['greek', /\p{Script=Greek}/u],
  ['thai', /\p{Script=Thai}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['latin', /\p{Script=Latin}/u],
];

/** Counts letters per script over (at most) the first `limit` characters. */
export function scriptCounts(text: string, limit = 5000): Map<Script, number> {
  const counts = new Map<Script, number>();
  let seen = 0;
  for (const ch of text) {
    if (seen++ >= limit) break;
    if (!/\p{L}/u.test(ch)) continue;
    const script = SCRIPT_TESTS.find(([, re]) => re.test(ch))?.[0] ?? 'other';
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  return counts;
}
