/**
 * How much text a rule reads, in one place. Rules run on page text, which a hostile page can make
 * as long as it likes; each rule stays linear and reads no more than these bounds, so no input
 * (a 1 MB link text, a 150,000-letter word) can freeze the tab.
 */

/** A run of letters longer than this is not a word of a name, a cue or a number: rules skip it. */
export const MAX_WORD_CHARS = 40;

/** The digits a number is read from; a longer run of digits is not a quantity anyone cites. */
export const MAX_NUMBER_DIGITS = 24;

/**
 * How much text around a cue its tests read: enough for any speaker phrase, and bounded so that a
 * sentence with many cues costs linear time.
 */
export const CUE_WINDOW = 300;

/** The Chinese phrase before a cue that can name its speaker (学者蒂穆尔·乌姆洛夫在文章中…): ample for any. */
export const ZH_SPEAKER_CHARS = 120;
