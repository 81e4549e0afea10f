import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract-article';
import { parseHtml } from '../../lib/platform/html';
import type { Claim } from '../../lib/schema/claim';

function claimsOf(...paragraphs: string[]): Claim[] {
  const html = `<!doctype html><html lang="en"><head><title>Story</title></head><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
  const out = extractArticle(parseHtml(html), 'https://news.example.com/2024/story', { force: true });
  if (!out.ok) throw new Error(out.detail);
  return out.extraction.claims;
}

describe('several cues in one sentence', () => {
  it('keeps "…, he said, adding that …" as one claim with both cues', () => {
    const claims = claimsOf('The harbour will reopen in May, Mayor Ana Ruiz said on Monday, adding that the cranes had been repaired.');
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ speaker: 'Ana Ruiz', cues: ['said', 'adding'] });
  });

  it('gives a second named speaker in the same sentence a claim of their own', () => {
    const claims = claimsOf('Ana Ruiz said the harbour would reopen in May, while Tomas Rivera argued that the cranes were not ready.');
    expect(claims.map((c) => [c.speaker, c.cue])).toEqual([
      ['Ana Ruiz', 'said'],
      ['Tomas Rivera', 'argued'],
    ]);
  });

  it('does not count a belief inside what was said as another attribution', () => {
    const claims = claimsOf('Ana Ruiz said she believes the harbour will reopen in May.');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.cues).toBeUndefined();
  });
});

describe('reporting verbs by lemma', () => {
  it('reads stance verbs in every finite form ("criticized", "condemns")', () => {
    expect(claimsOf('Senator Maria Lopez criticized the port authority for the delay.')[0]).toMatchObject({ cue: 'criticized', speaker: 'Maria Lopez' });
    expect(claimsOf('The Harbour Workers Union condemns the closure.')[0]).toMatchObject({ cue: 'condemns' });
  });

  it('does not read a stance verb whose speaker is the leftovers of a clause', () => {
    const claims = claimsOf('The move took place despite repeated warnings from the attorney.');
    expect(claims).toEqual([]);
  });

  it('does not read a past participle qualifying a noun ("a senator criticized for …")', () => {
    expect(claimsOf('A senator criticized for the delay left the hearing early.')).toEqual([]);
  });
});

describe('speaker before auxiliaries and adverbs', () => {
  it('reads "X has repeatedly mentioned", "the experts generally praised" as X and the experts', () => {
    expect(claimsOf('Senator Maria Lopez has repeatedly mentioned the harbour since Monday.')[0]).toMatchObject({ cue: 'mentioned', speaker: 'Maria Lopez' });
    expect(claimsOf('The port engineers generally praised the new cranes.')[0]).toMatchObject({ cue: 'praised', speaker: 'The port engineers' });
  });

  it('does not read a negated verb as an attribution ("has not commented")', () => {
    expect(claimsOf('The ferry company has not commented on the delay.')).toEqual([]);
  });
});
