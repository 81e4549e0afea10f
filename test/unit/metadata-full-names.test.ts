import { describe, expect, it } from 'vitest';
import { readBody } from '../../lib/extract/body';
import { spellOutName } from '../../lib/extract/metadata/full-names';
import { readMetadata } from '../../lib/extract/metadata/read-metadata';
import { parseHtml } from '../../lib/platform/html';

describe('short author names spelled out from the page', () => {
  it('extends a first name with the full name its bio opens with', () => {
    expect(spellOutName('Stefanus', ['Stefanus Stahl - Maschinenbauer und Abenteurer.'], '')).toBe('Stefanus Stahl');
    expect(spellOutName('Jane', ['Jane Doe is a science reporter.'], '')).toBe('Jane Doe');
    // A bio about something else, or a different first name, leaves the name alone.
    expect(spellOutName('Stefanus', ['Seit 2002 fährt Stefanus Stahl Rad.'], '')).toBe('Stefanus');
    expect(spellOutName('Stefan', ['Stefanus Stahl - Maschinenbauer.'], '')).toBe('Stefan');
  });

  it('spells out a user-name slug the article signs in full, and drops it otherwise', () => {
    const text = 'Die Gemeindepolitik bleibt spannend. (Christian P. Stadtfeld) +++';
    expect(spellOutName('christian.stadtfeld', [], text)).toBe('Christian P. Stadtfeld');
    expect(spellOutName('christian.stadtfeld', [], 'Christian Stadtfelder schreibt.')).toBeNull();
    expect(spellOutName('christian.stadtfeld', [], '')).toBeNull();
  });

  it('reads the bio of a JSON-LD author referenced by @id', () => {
    const text = '<p>The tyre goes on the rim first, then the valve, then sealant, and the bead is seated with a pump.</p>'.repeat(4);
    const html = `<html><head><title>Tubeless</title><script type="application/ld+json">{"@graph":[
      {"@type":"Article","headline":"Tubeless","author":{"@id":"#p1"}},
      {"@type":"Person","@id":"#p1","name":"Stefanus","description":"Stefanus Stahl - Maschinenbauer."}]}</script></head>
      <body><article><h1>Tubeless</h1>${text}</article></body></html>`;
    const doc = parseHtml(html);
    expect(readMetadata(doc, 'https://bikes.example/tubeless', readBody(doc)).authors).toEqual(['Stefanus Stahl']);
  });
});
