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

  it('spells out initials with a name the page credits whose initials they are', () => {
    expect(spellOutName('DT', [], '', () => ['Ein Hundetagebuch', 'Donald Townsend'])).toBe('Donald Townsend');
    expect(spellOutName('DT', [], '', () => ['Daniel Thomas Smith'])).toBe('DT');
  });

  it('extends a first name with a fuller name the page credits elsewhere', () => {
    expect(spellOutName('Henry', [], '', () => ['Henry Steinhau'])).toBe('Henry Steinhau');
    expect(spellOutName('Henry', [], '', () => ['Henryk Nowak', 'Anna Henry'])).toBe('Henry');
  });

  it('reads "More from" headings to spell out a first-name byline', () => {
    const text = '<p>Ein Netflix für Journalismus wird seit Jahren gefordert, doch die Verlage zögern noch immer damit.</p>'.repeat(4);
    const html = `<html><head><title>Einmal zahlen</title></head><body><article><h1>Einmal zahlen</h1>
      <div class="entry-meta">Von <span class="author vcard"><a rel="author" href="/author/henry/">Henry</a></span></div>${text}</article>
      <aside><h3 class="widget-title">MEHR VON HENRY STEINHAU</h3><a href="/x">Journalismus</a></aside></body></html>`;
    const doc = parseHtml(html);
    expect(readMetadata(doc, 'https://blog.example/einmal-zahlen/', readBody(doc)).authors).toEqual(['Henry Steinhau']);
  });

  it('reads the licence attribution of a blog whose byline gives initials', () => {
    const text = '<p>Heute waren wir lange im Wald unterwegs, und der Hund hat zum ersten Mal einen Hasen gesehen.</p>'.repeat(4);
    const html = `<html><head><title>Wieder da</title></head><body><article><h1>Wieder da</h1>
      <div class="post-info">Posted <span class="author vcard"><a rel="author" href="/author/dt/">DT</a></span></div>${text}</article>
      <aside><div><span>Ein Hundetagebuch</span> von <a href="/" rel="cc:attributionURL">Donald Townsend</a> steht unter einer CC-Lizenz.</div></aside></body></html>`;
    const doc = parseHtml(html);
    expect(readMetadata(doc, 'https://hund.example/wieder-da/', readBody(doc)).authors).toEqual(['Donald Townsend']);
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
