import { describe, expect, it } from 'vitest';
import { findOutletMentions, outletNamedBy } from '../../lib/outlets/lookup';

const mentions = (text: string) => findOutletMentions(text).map((m) => [m.name, m.outlet.en, m.index]);

describe('findOutletMentions', () => {
  it('finds English names as whole words, longest first, with their positions', () => {
    expect(mentions('As the New York Times and The Guardian reported, the Times was first.')).toEqual([
      ['the New York Times', 'The New York Times', 3],
      ['The Guardian', 'The Guardian', 26],
      ['the Times', 'The Times', 49],
    ]);
    expect(mentions('Reuters said; the Reutersian view is not an outlet.')).toEqual([['Reuters', 'Reuters', 0]]);
  });

  it('takes outlet names as proper nouns: a lower-case common word is not a publication', () => {
    expect(mentions('It was time for people to read about science, nature and foreign policy.')).toEqual([]);
    expect(mentions('Time, Nature and Foreign Policy disagreed.').map((m) => m[1])).toEqual(['Time', 'Nature', 'Foreign Policy']);
    // Names that are written in lower case are still found so.
    expect(mentions('A preprint on bioRxiv, reported by dpa and the Guardian.').map((m) => m[1])).toEqual(['bioRxiv', 'Deutsche Presse-Agentur', 'The Guardian']);
    // Every word a name capitalises stays capitalised; a leading article may not be.
    expect(mentions('The mood of the nation, said the Nation.').map((m) => m[0])).toEqual(['the Nation']);
    expect(mentions('Wie die Zeit berichtet, die zeit drängt.').map((m) => m[0])).toEqual(['die Zeit']);
  });

  it('does not read a name that is a plain word inside another name, a title or a "Label:"', () => {
    expect(mentions('The Hermetic Order of the Golden Dawn met in London.')).toEqual([]);
    expect(mentions('He wrote Chaos: Making a New Science in 1987, with Time-Based One-Time Passwords.')).toEqual([]);
    expect(mentions('Bild: Stadtarchiv Bonn')).toEqual([]);
    // Standing alone, or after a possessive, it is the outlet; names that are not plain words are untouched.
    expect(mentions('Selam’s Medium post, as Science reported, and the agency Reuters.').map((m) => m[1])).toEqual(['Medium', 'Science', 'Reuters']);
    expect(mentions('Wie die Nachrichtenagentur Reuters berichtete.').map((m) => m[1])).toEqual(['Reuters']);
    // Opening a sentence, it is the word unless written in capitals or followed by what an outlet does.
    expect(mentions('People born before 2005 acquired citizenship.')).toEqual([]);
    expect(mentions('Time travel is a staple of fiction.')).toEqual([]);
    expect(mentions('Nature published the study on Monday.').map((m) => m[1])).toEqual(['Nature']);
    expect(mentions('WIRED protects the confidentiality of its sources.').map((m) => m[1])).toEqual(['Wired']);
    expect(mentions('The mayor told Time Monday that the plan had failed.').map((m) => m[1])).toEqual(['Time']);
  });

  it('names an outlet by a link\'s whole text only when it is written as a name', () => {
    expect(outletNamedBy('Nature')?.en).toBe('Nature');
    expect(outletNamedBy('nature')).toBeNull();
    expect(outletNamedBy('《外交政策》')?.en).toBe('Foreign Policy');
    expect(outletNamedBy('dpa')?.en).toBe('Deutsche Presse-Agentur');
  });

  it('wants short all-caps names in capitals', () => {
    expect(mentions('AP reported it first.')).toEqual([['AP', 'Associated Press', 0]]);
    expect(mentions('An ap of this kind.')).toEqual([]);
  });

  it('finds Chinese names inside a sentence', () => {
    expect(mentions('美国杂志《外交政策》在其发表的一篇文章中指出')).toEqual([['外交政策', 'Foreign Policy', 5]]);
    expect(mentions('据新华社报道，路透社也证实了')).toEqual([
      ['新华社', 'Xinhua News Agency', 1],
      ['路透社', 'Reuters', 7],
    ]);
  });

  it('reads many names that share a first word ("the …") and none in plain text', () => {
    expect(mentions('The Washington Post, the Wall Street Journal and the Economist agreed.').map((m) => m[1])).toEqual([
      'The Washington Post',
      'The Wall Street Journal',
      'The Economist',
    ]);
    expect(mentions('The report found that water use fell sharply across the region.')).toEqual([]);
  });
});
