import { findDateInText } from '../../text/dates';

/**
 * A byline line: the writer's name with a time stamp ("By Jane Doe May 1 at
 * 3:57 PM", "Fahad Shabbir (@fahad) 12 minutes ago Wed 29th April 2020").
 * Its profile and social links point at the writer, not at a source.
 */

const CLOCK = /\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?=\W|$)|\b\d+\s+(?:minutes?|hours?|days?)\s+ago\b|\d{1,2}\s*[时時]\s*\d{1,2}\s*分/i;
// A sentence ends here: bylines are not sentences.
const SENTENCE_END = /[.!?。！？](?:\s|$)/;
const MAX_LINE = 160;

export function isBylineLine(text: string): boolean {
  if (!text || text.length > MAX_LINE || SENTENCE_END.test(text.replace(/\b(?:[ap]\.m|jr|sr|dr|mr|mrs|ms|st)\./gi, ''))) return false;
  return CLOCK.test(text) || findDateInText(text) !== null;
}
