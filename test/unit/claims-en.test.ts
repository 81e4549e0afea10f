import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract-article';
import { parseHtml } from '../../lib/platform/html';
import type { Claim } from '../../lib/schema/claim';

/** Claims of an English article made of these paragraphs (HTML allowed; "#" starts a heading). */
function claimsOf(...paragraphs: string[]): Claim[] {
  const body = paragraphs.map((p) => (p.startsWith('# ') ? `<h2>${p.slice(2)}</h2>` : `<p>${p}</p>`)).join('\n');
  const html = `<!doctype html><html lang="en"><head><title>Story</title></head><body><article>${body}</article></body></html>`;
  const out = extractArticle(parseHtml(html), 'https://news.example.com/2024/story', { force: true });
  if (!out.ok) throw new Error(out.detail);
  return out.extraction.claims;
}

const claimFor = (claims: Claim[], start: string) => {
  const claim = claims.find((c) => c.text.startsWith(start));
  if (!claim) throw new Error(`no claim starts with "${start}": ${JSON.stringify(claims.map((c) => c.text))}`);
  return claim;
};

describe('English cues and speakers', () => {
  it('reads "X said …" with a one-word name', () => {
    const [claim] = claimsOf('Okafor said the harbour would reopen in May.');
    expect(claim).toMatchObject({ cue: 'said', speaker: 'Okafor', sourceUrl: null, continuation: false });
  });

  it('reads "…, said X, a spokesperson for Y." as X', () => {
    const [claim] = claimsOf('The plant will close next year, said Tomas Rivera, a spokesperson for Delmar Foods.');
    expect(claim).toMatchObject({ cue: 'said', speaker: 'Tomas Rivera' });
  });

  it('skips the appositive in "X, a spokesperson for Y, said …"', () => {
    const [claim] = claimsOf('Priya Natarajan, a spokesperson for the port authority, said the cranes were repaired.');
    expect(claim).toMatchObject({ cue: 'said', speaker: 'Priya Natarajan' });
  });

  it('reads "according to …" as the phrase after it', () => {
    const [claim] = claimsOf('Water use fell by a third last summer, according to the regional utility board.');
    expect(claim).toMatchObject({ cue: 'according to', speaker: 'the regional utility board' });
  });

  it('reads "X told Reuters …" as X, not the outlet told, and drops the title', () => {
    const [claim] = claimsOf('Governor Alma Ferreira told Reuters that the budget was balanced.');
    expect(claim).toMatchObject({ cue: 'told', speaker: 'Alma Ferreira' });
  });

  it('reads “…,” he said with the quotation, resolving "he" to the last person named', () => {
    const claims = claimsOf('Coach Dario Bellini has led the team since 2019.', '“We will not sell our best players,” he said.');
    const claim = claimFor(claims, '“We will not');
    expect(claim).toMatchObject({ cue: 'said', speaker: 'Dario Bellini' });
    expect(claim.quotes).toEqual(['We will not sell our best players,']);
  });

  it('resolves "she" past a man named since, when a title tells the gender', () => {
    const claims = claimsOf('Ms. Hanna Kowalczyk chairs the committee.', 'Mr. Ortiz joined it in March.', 'She said the vote would be held on Friday.');
    expect(claimFor(claims, 'She said').speaker).toBe('Hanna Kowalczyk');
  });

  it('reads "the report found …" as the report', () => {
    const [claim] = claimsOf('The report found that rents rose 12 percent in two years.');
    expect(claim).toMatchObject({ cue: 'found', speaker: 'The report' });
  });

  it('reads a participle after a comma as the subject of the sentence', () => {
    const [claim] = claimsOf('Mayor Lena Brandt defended the tax, saying it would pay for new buses.');
    expect(claim).toMatchObject({ cue: 'saying', speaker: 'Lena Brandt' });
  });

  it('reads a group named by its role and its prepositional phrase', () => {
    const [claim] = claimsOf('Officials at the water agency said the pipes were safe.');
    expect(claim).toMatchObject({ cue: 'said', speaker: 'Officials at the water agency' });
  });
});

describe('inverted attributions', () => {
  it('reads "“…,” wrote X for Outlet" as X', () => {
    const [claim] = claimsOf('“The impact of the debate is still small,” wrote Cameron Easley for Morning Consult.');
    expect(claim).toMatchObject({ cue: 'wrote', speaker: 'Cameron Easley' });
  });

  it('reads a sentence opening on "Said X:" as X, and not "Said X" as a name', () => {
    const claims = claimsOf('Said Ellis: “I don’t get the sense she is interested in tax reform.”', 'Says Who? The Story of a Rumour');
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ cue: 'Said', speaker: 'Ellis', quotes: ['I don’t get the sense she is interested in tax reform.'] });
  });
});

describe('sentences with two cues', () => {
  it('keeps the opening attribution when a later cue sits in a relative or concessive clause', () => {
    const [first] = claimsOf('Campaign spokeswoman Lena Ortiz said the candidate was on her way to the hall, which she was doing when guards stopped her and told her to leave.');
    expect(first).toMatchObject({ cue: 'said', speaker: 'Lena Ortiz' });
    const [second] = claimsOf('Ortiz said the campaign planned a protest outside the hall, though she acknowledged it was unlikely to work.');
    expect(second).toMatchObject({ cue: 'said', speaker: 'Ortiz' });
  });

  it('still lets a closing attribution govern the sentence', () => {
    const [claim] = claimsOf('The council found the budget balanced, attorneys for the city said.');
    expect(claim).toMatchObject({ cue: 'said', speaker: 'attorneys for the city' });
  });

  it('passes over a cue in a "when …" clause for the main one', () => {
    const [claim] = claimsOf('When she wrote her first book, Mrs. Adeyemi said that debt was a last resort.');
    expect(claim).toMatchObject({ cue: 'said', speaker: 'Adeyemi' });
  });
});

describe('names', () => {
  it('does not take a sentence-opening adverb, greeting or job title for part of a name', () => {
    const claims = claimsOf('Afterwards Penny Lane went home.', 'Lane said the shop would reopen.', 'Apple CEO Tim Cook said sales rose.', 'Hallo Friederike, how did you start?');
    expect(claims.map((c) => c.speaker)).toEqual(['Penny Lane', 'Tim Cook']);
  });
});

describe('edge cases found in review', () => {
  it('lets another cue speak when a "Label:" names nobody', () => {
    const [claim] = claimsOf('Review: The minister said the plan would fail.');
    expect(claim).toMatchObject({ cue: 'said', speaker: 'The minister' });
  });

  it('keeps given names that are also words: Will Hurd, Said Jalili', () => {
    const claims = claimsOf('Will Hurd said the wall would not work.', 'Said Jalili told reporters that talks had stalled.', 'Said Ahmed, a shopkeeper in Kabul, lost his store.');
    expect(claims.map((c) => c.speaker)).toEqual(['Will Hurd', 'Said Jalili']);
  });

  it('does not take "in a paper" or "on his podcast" for a publication naming the speaker', () => {
    const [claim] = claimsOf('In a 2019 paper Laura Smith argued that rents would rise.');
    expect(claim).toMatchObject({ cue: 'argued', speaker: 'Laura Smith' });
  });

  it('reads a possessive inside a closing clause as part of it, not as a quotation mark', () => {
    const [claim] = claimsOf("Smith said the deal collapsed, which the company's lawyer also said.");
    expect(claim).toMatchObject({ cue: 'said', speaker: 'Smith' });
  });

  it('recognises titles in capitals in a transcript label', () => {
    const claims = claimsOf('Senator Ann Hollis took questions.', 'SEN. HOLLIS: The plan works.');
    expect(claims[0]).toMatchObject({ cue: ':', speaker: 'SEN. HOLLIS' });
  });
});

describe('English words that do not attribute', () => {
  it('ignores "the said item", "was told", "to say" and "States"', () => {
    const claims = claimsOf(
      'The said item was returned to the museum.',
      'He was told to wait outside.',
      'It is fair to say the season was long.',
      'The United States Senate met on Tuesday.',
    );
    expect(claims).toEqual([]);
  });

  it('does not crash on "Says who?" in a heading or a title-like paragraph', () => {
    expect(() => claimsOf('# Says who? The fight over the dam', 'Says who?', 'Nobody says who built it.')).not.toThrow();
    expect(claimsOf('# Says who? The fight over the dam', 'Says who?').filter((c) => c.cue)).toEqual([]);
  });

  it('takes the attribution, not a cue word inside the quotation', () => {
    const [claim] = claimsOf('“I say we build it now,” Mayor Dan Moss said.');
    expect(claim).toMatchObject({ cue: 'said', speaker: 'Dan Moss' });
  });

  it('does not read "a stream called Miracle Run" as a claim', () => {
    expect(claimsOf('The mine sits near a stream called Miracle Run.')).toEqual([]);
  });
});

describe('links', () => {
  it('gives a claim whose sentence links the linked URL', () => {
    const claims = claimsOf('Dr. Kenji Ito wrote in a <a href="https://journal.example.org/articles/ito-2023">study</a> that the drug halved relapses.');
    expect(claims[0]).toMatchObject({ cue: 'wrote', speaker: 'Kenji Ito', sourceUrl: 'https://journal.example.org/articles/ito-2023', via: 'linked-sentence' });
  });

  it('leaves an unlinked claim without a URL', () => {
    const [claim] = claimsOf('Analysts at Brightwater Capital said prices would keep rising.');
    expect(claim!.sourceUrl).toBeNull();
    expect(claim!.via).toBe('unlinked');
  });
});

describe('continuations', () => {
  it('keeps the rest of a quotation that the claim opens, in the same paragraph', () => {
    const claims = claimsOf('“The river is rising,” said Ines Duarte. “We have two days. Maybe three.”');
    expect(claims.map((c) => [c.speaker, c.continuation, c.via])).toEqual([
      ['Ines Duarte', false, 'unlinked'],
      ['Ines Duarte', true, 'quotation'],
      ['Ines Duarte', true, 'quotation'],
    ]);
  });

  it('keeps the earlier sentences of a quotation that the claim closes', () => {
    const claims = claimsOf('“Prices doubled. Nobody warned us,” said Rafael Soto.');
    expect(claimFor(claims, '“Prices doubled.')).toMatchObject({ continuation: true, speaker: 'Rafael Soto', cue: '' });
    expect(claimFor(claims, 'Nobody warned us')).toMatchObject({ continuation: false, cue: 'said' });
  });

  it('gives a quotation to the name after a dash', () => {
    const claims = claimsOf('“Vote early. Bring a friend.” ― Amara Okoye');
    expect(claims.map((c) => c.speaker)).toEqual(['Amara Okoye', 'Amara Okoye', 'Amara Okoye']);
    expect(claims.filter((c) => !c.continuation).map((c) => c.cue)).toEqual(['―']);
  });

  it('gives a transcript turn to its speaker label when the article names the speaker', () => {
    const claims = claimsOf('Senator Ann Hollis took questions from the host.', 'HOLLIS: Well, I think the plan works. It saves money.');
    expect(claims.map((c) => [c.speaker, c.continuation])).toEqual([
      ['HOLLIS', false],
      ['HOLLIS', true],
    ]);
  });

  it('takes the interviewer of a transcript too, once one capitalised label is a named person', () => {
    const claims = claimsOf('Ann Hollis sat down with the host on Sunday.', 'HOST: Does the plan work?', 'HOLLIS: It saves money.');
    expect(claims.map((c) => c.speaker)).toEqual(['HOST', 'HOLLIS']);
  });

  it('does not read captions, definitions or headings "Label: …" as speakers', () => {
    const claims = claimsOf('The council met on Tuesday.', 'Foto: Stadtarchiv Bonn', 'Lambda: A callback implementing business logic.', 'Review: The new phone is fast and cheap.', 'FILE PHOTO: Traders work on the floor of the exchange.');
    expect(claims).toEqual([]);
  });

  it('does not read the entries of a list as speakers, even named ones', () => {
    const body = '<p>The Hauptmodul Motorrad course covers repairs.</p><ul><li>Motorrad: ABS and sensors</li><li>Motorrad: Exhaust systems</li></ul>';
    const html = `<!doctype html><html lang="en"><head><title>Story</title></head><body><article>${body}</article></body></html>`;
    const out = extractArticle(parseHtml(html), 'https://news.example.com/2024/story', { force: true });
    expect(out.ok && out.extraction.claims).toEqual([]);
  });

  it('reads a label followed by a quotation as its speaker', () => {
    const [claim] = claimsOf('Diess: “We plan faster production times.”');
    expect(claim).toMatchObject({ cue: ':', speaker: 'Diess' });
  });

  it('gives the paragraph after "X added:" to X', () => {
    const claims = claimsOf('The senator added:', 'The bill is dead. It will not come back this year.');
    expect(claims.map((c) => [c.text.slice(0, 12), c.speaker, c.continuation, c.via])).toEqual([
      ['The senator ', 'The senator', false, 'unlinked'],
      ['The bill is ', 'The senator', true, 'colon-introduction'],
      ['It will not ', 'The senator', true, 'colon-introduction'],
    ]);
  });

  it('does not carry an unlinked claim into an unquoted sentence', () => {
    const claims = claimsOf('Okafor said the harbour would reopen in May. The ferry company has not commented.');
    expect(claims).toHaveLength(1);
  });

  it('carries a linked claim to the next sentence of its paragraph, but not past one that links elsewhere', () => {
    const claims = claimsOf(
      'The <a href="https://agency.example.gov/report-2024">agency report</a> said 40 bridges needed repair. Most are in rural counties. A <a href="https://other.example.com/story">separate survey</a> disagreed.',
    );
    expect(claimFor(claims, 'Most are')).toMatchObject({ continuation: true, sourceUrl: 'https://agency.example.gov/report-2024', via: 'continuation' });
    expect(claims.find((c) => c.text.startsWith('A separate'))?.continuation ?? false).toBe(false);
  });
});
