/**
 * Where one statement of a sentence ends and the next begins: a semicolon, full-width or not
 * (据中央社报导，…；水利署副署長陳志豪表示，…). A speaker or a credit speaks for its own statement only.
 */
export const STATEMENT_BREAK = /[；;]/;

/** The index of the last statement break before `end`, or -1. */
export function lastStatementBreak(text: string, end: number): number {
  return Math.max(text.lastIndexOf('；', end - 1), text.lastIndexOf(';', end - 1));
}

/** The index of the first statement break at or after `start`, or the text's length. */
export function nextStatementBreak(text: string, start: number): number {
  const at = [text.indexOf('；', start), text.indexOf(';', start)].filter((i) => i >= 0);
  return at.length ? Math.min(...at) : text.length;
}
