import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract-article';
import { parseHtml } from '../../lib/platform/html';
import type { Claim } from '../../lib/schema/claim';

/** Claims of an English article made of these paragraphs ("# " starts a heading). */
function claimsOf(...paragraphs: string[]): Claim[] {
  const body = paragraphs.map((p) => (p.startsWith('# ') ? `<h2>${p.slice(2)}</h2>` : `<p>${p}</p>`)).join('\n');
  const html = `<!doctype html><html lang="en"><head><title>Story</title></head><body><article>${body}</article></body></html>`;
  const out = extractArticle(parseHtml(html), 'https://news.example.com/2024/story', { force: true });
  if (!out.ok) throw new Error(out.detail);
  return out.extraction.claims;
}

/** The claim whose cue words include `cue`, in the sentence starting with `start`. */
const claimWith = (claims: Claim[], start: string, cue: string) => {
  const claim = claims.find((c) => c.text.startsWith(start) && (c.cues ?? [c.cue]).includes(cue));
  if (!claim) throw new Error(`no "${cue}" claim in "${start}": ${JSON.stringify(claims.map((c) => [c.text, c.cues ?? c.cue, c.speaker]))}`);
  return claim;
};

describe('English speakers', () => {
  it('reads a pronoun ending the phrase before the verb as the pronoun ("the money he says he raised")', () => {
    const claims = claimsOf('Mayor Tomas Ridley opened the new bus depot near the harbour on Monday.', 'He plans to spend the $2 million he says he raised on buses.');
    expect(claimWith(claims, 'He plans', 'says').speaker).toBe('Tomas Ridley');
  });

  it('does not read whom something was said to, or about, as the speaker', () => {
    const claims = claimsOf(
      'Ridley, the mayor of Eastport, shouted to the crowd.',
      '“They are a propaganda arm,” Anna Brick, a fellow at the Lowell Institute, said of Channel Nine.',
    );
    expect(claimWith(claims, 'Ridley, the mayor', 'shouted').speaker).toBe('Ridley');
    expect(claimWith(claims, '“They are', 'said').speaker).toBe('Anna Brick');
  });

  it('reads "Name, appositive, VERB object" as the name, not the object after the verb', () => {
    const claims = claimsOf(
      'Dana Whitfield, the governor’s eldest daughter, noted the rule in an interview last week.',
      'Okafor, who has campaigned for the governor since March, blasted Whitfield as a “disgrace” on Wednesday.',
    );
    expect(claimWith(claims, 'Dana Whitfield', 'noted').speaker).toBe('Dana Whitfield');
    expect(claimWith(claims, 'Okafor, who', 'blasted').speaker).toBe('Okafor');
  });

  it('gives a participle after an object the clause’s subject ("X sent a letter urging …")', () => {
    const claims = claimsOf('Grace Olawale sent a letter to the school board urging it to reconsider the cuts.');
    expect(claimWith(claims, 'Grace Olawale', 'urging').speaker).toBe('Grace Olawale');
  });

  it('gives a participle hanging on a name of its own its own speaker ("with Gallup showing …")', () => {
    const claims = claimsOf('Polling averages show Ridley with a small lead, with Gallup showing him ahead 3 points.');
    expect(claimWith(claims, 'Polling averages', 'showing').speaker).toBe('Gallup');
  });

  it('gives a participle after a relative clause’s cue the main clause’s subject, not the relative’s', () => {
    const claims = claimsOf(
      'Tomas Ridley was defensive when pressed on not paying an architect who said he was never paid for a clubhouse, saying, “Maybe he didn’t do a good job.”',
    );
    expect(claimWith(claims, 'Tomas Ridley', 'saying').speaker).toBe('Tomas Ridley');
    expect(claimWith(claims, 'Tomas Ridley', 'said').speaker).toBe('an architect');
  });

  it('gives a participle after "…, and she …," the later clause’s subject', () => {
    const claims = claimsOf('Ms. Rakel Dunn filmed the stop.', 'At this point the camera faces the ground, and she becomes upset, shouting at the officers.');
    expect(claimWith(claims, 'At this point', 'shouting').speaker).toBe('Rakel Dunn');
  });

  it('reads a cue after "what the senators said" as inside the content, not as the closing attribution', () => {
    const claims = claimsOf('Lena Marsh said developers had stretched the rules, amounting to what the senators said was gerrymandering.');
    expect(claims[0]).toMatchObject({ speaker: 'Lena Marsh' });
  });

  it('tells a gender from a given name, above a guess from the pronouns of the sentence', () => {
    const claims = claimsOf(
      'Senator Elizabeth Okafor questioned John Whitlock about his bonus and the role he played in the scheme on Tuesday.',
      '“You should resign,” she said.',
    );
    expect(claimWith(claims, '“You should resign', 'said').speaker).toBe('Elizabeth Okafor');
  });

  it('keeps the main speaker as who "he" means after a cue inside what they said', () => {
    const claims = claimsOf(
      'Spokesman Josh Ellery said Monday that President Ray Dunmore has long called for lower fares.',
      'He said the bill would pass.',
    );
    expect(claimWith(claims, 'He said', 'said').speaker).toBe('Josh Ellery');
  });

  it('does not expand a short name to a title-case line’s run of capitalised words', () => {
    const claims = claimsOf('Black Lawmakers Rip Tomas Ridley Over Bus Fares', 'Ridley said the fares were fair.');
    expect(claimWith(claims, 'Ridley said', 'said').speaker).toBe('Ridley');
  });

  it('does not take a clause opener for part of a name ("Although Okafor …")', () => {
    const claims = claimsOf('Although Okafor lacks a signature achievement, colleagues respect her.', 'Okafor said she would run again.');
    expect(claimWith(claims, 'Okafor said', 'said').speaker).toBe('Okafor');
  });
});

describe('English cues', () => {
  it('reads "X continued:" before a quotation as a cue, and "continued" elsewhere as none', () => {
    const claims = claimsOf('Halvorsen continued: “They are demanding this, and they are putting pressure on the board.”', 'The talks continued for three more hours.');
    expect(claimWith(claims, 'Halvorsen continued', 'continued').speaker).toBe('Halvorsen');
    expect(claims.some((c) => c.text.startsWith('The talks'))).toBe(false);
  });

  it('reads a progressive as reporting ("The ministry is saying that …")', () => {
    const claims = claimsOf('The ministry is saying that the new rules show the need for reform.');
    expect(claimWith(claims, 'The ministry', 'saying').speaker).toBe('The ministry');
  });

  it('reads "said Rep. X of Maryland" as X', () => {
    const claims = claimsOf('“That is not a legitimate purpose,” said Rep. Ellis Cumberland of Maryland, the panel’s ranking Democrat.');
    expect(claimWith(claims, '“That is not', 'said').speaker).toBe('Ellis Cumberland');
  });

  it('keeps the cue of a coordinated clause ("…, but he said …")', () => {
    const claims = claimsOf('Former Gov. Ed Rendall agreed that the rules should change, but he said that the debate should wait.');
    expect(claimWith(claims, 'Former Gov.', 'said').speaker).toBe('Ed Rendall');
  });

  it('keeps the cue of a concessive clause ("…, though she noted …") with the sentence’s claim', () => {
    const claims = claimsOf('Marta Lindqvist said the long hours erase some barriers, though she noted clients now demand diverse teams.');
    expect(claimWith(claims, 'Marta Lindqvist', 'noted').speaker).toBe('Marta Lindqvist');
  });

  it('keeps a second verb of the same subject ("He claimed … and said …") with the sentence’s claim', () => {
    const claims = claimsOf('Ruth Abernathy chairs the board.', 'She claimed vast savings and said they ensured the fund was safe.');
    expect(claimWith(claims, 'She claimed', 'said').speaker).toBe('Ruth Abernathy');
  });

  it('does not read a possessive appositive as the speaker (", Sweden’s closest partner,")', () => {
    const claims = claimsOf('Norway, Sweden’s closest partner in the talks, said the deal was fair.');
    expect(claimWith(claims, 'Norway', 'said').speaker).toBe('Norway');
  });

  it('reads "called X a Y" and "called Mr. X’s remarks “…”" as characterisations, not "a creek called Miracle Run"', () => {
    const claims = claimsOf(
      'Senator Dora Vance has called the levy a tax on working families.',
      'Ilse Moreau, a senior adviser to the campaign, called Mr. Dunmore’s remarks “a true wake-up call” for voters.',
      'The town sits on a creek called Miracle Run in the western hills of the county.',
    );
    expect(claimWith(claims, 'Senator Dora Vance', 'called').speaker).toBe('Dora Vance');
    expect(claimWith(claims, 'Ilse Moreau', 'called').speaker).toBe('Ilse Moreau');
    expect(claims.some((c) => c.text.startsWith('The town'))).toBe(false);
  });

  it('reads past a year between the speaker and the verb ("McConnell, who in 2010 said …")', () => {
    const claims = claimsOf('The bill stalled under Halvard Moen, the majority leader, who in 2010 said the party’s goal was to block it.');
    expect(claimWith(claims, 'The bill stalled', 'said').speaker).toBe('Halvard Moen');
  });

  it('does not read a borrowed name ("what Turnbull called …"), a credit line, "worth noting", "found a way" or "maintains a program" as cues', () => {
    const claims = claimsOf(
      'Markets fell after what Prime Minister Hal Turnbull called the “reckless” launches of the past week.',
      '(Reporting by Vera Lind; additional reporting by Jon Hale.)',
      'It is worth noting that the tax was never collected in the northern provinces.',
      'The planners found a way through the rules of the old charter in the end.',
      'The Lowell Center in Dallas maintains a program for young political leaders from the region.',
      'The most visited page was the daily air-quality monitor maintained by the embassy in the capital.',
    );
    expect(claims.map((c) => c.cues ?? [c.cue]).flat()).toEqual([]);
  });
});
