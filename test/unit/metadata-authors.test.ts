import { describe, expect, it } from 'vitest';
import { readBody } from '../../lib/extract/body';
import { splitAuthorNames } from '../../lib/extract/metadata/authors';
import { readMetadata } from '../../lib/extract/metadata/read-metadata';
import { parseHtml } from '../../lib/platform/html';

const text = '<p>The council voted on Tuesday to close the old bridge for repairs, officials said after the meeting ended late in the evening.</p>'.repeat(4);
const read = (html: string, url = 'https://news.example.com/2024/05/01/bridge-closed') => {
  const doc = parseHtml(html);
  return readMetadata(doc, url, readBody(doc));
};

describe('author names from byline strings', () => {
  it.each([
    ['Posted on September 21, 2020 by Adi Tzlil', ['Adi Tzlil']],
    ['Dezember 10, 2019 · von freeman1984 · in Uncategorized · Hinterlasse einen Kommentar', ['freeman1984']],
    ['Beitrag von r23 » 21.01.2009, 05:42', ['r23']],
    ['Nicole Collignon22. Februar 2020', ['Nicole Collignon']],
    ['Isabel Caro , Rocío Latorre y José Miguel Wilson Hace 13 horas Tiempo de lectura: 8 minutos', ['Isabel Caro', 'Rocío Latorre', 'José Miguel Wilson']],
    ['Von FOCUS-Online-Experte Robin Tschöpe', ['Robin Tschöpe']],
    ['Autoren Jelko Djuren und Jutta Klaukien', ['Jelko Djuren', 'Jutta Klaukien']],
    ['Erstellt von Fabian am Dienstag 6. Mai 2014', ['Fabian']],
    ['Text: Kirsten Freund', ['Kirsten Freund']],
    ['Frank Bueltge - http://bueltge.example', ['Frank Bueltge']],
    ['Von David Hutzler, dpa', ['David Hutzler']],
    ['Redaktion 1. November 2023 10:29', ['Redaktion']],
    ['© Kathrin Führes', ['Kathrin Führes']],
    ['By Staff Writer', ['Staff Writer']],
    ['Staff and news service reports', ['Staff and news service reports']],
    ['Jane Doe, Staff Writer', ['Jane Doe']],
    ['Deutscher Caritasverband e. V.', ['Deutscher Caritasverband e. V.']],
    ['Bundesverband WindEnergie e.V.', ['Bundesverband WindEnergie e.V.']],
    ['Lucia Rossi e Marco Bianchi', ['Lucia Rossi', 'Marco Bianchi']],
    ['Revised Edition Edited by Adrian Parr', []],
    ['Eingestellt von der Michel', ['der Michel']],
    ['Von der Leyen sagte am Montag', []],
    ['the Editors', []],
    ['Autor: www.koffergepackt.com', ['www.koffergepackt.com']],
    ['www.example.com', []],
    ['Von Anna Muster, NDR', ['Anna Muster', 'NDR']],
  ])('%s', (raw, names) => {
    expect(splitAuthorNames(raw)).toEqual(names);
  });

  it('reads no name from a bare label or a date', () => {
    expect(splitAuthorNames('By')).toEqual([]);
    expect(splitAuthorNames('Publiziert am')).toEqual([]);
    expect(splitAuthorNames('Jane 2019')).toEqual([]);
  });

  it('keeps names that merely contain date or label words', () => {
    expect(splitAuthorNames('Walter von Aachen')).toEqual(['Walter von Aachen']);
    expect(splitAuthorNames('Stanley Stand')).toEqual(['Stanley Stand']);
  });
});

describe('authors of a page', () => {
  it('skips a byline label element and reads the name in the next one', () => {
    const html = `<html><head><title>Bridge closed</title></head><body><article><h1>Bridge closed</h1>
      <div class="entry-meta"><span class="meta-prep-author">By </span><span class="author vcard"><a href="/author/daniel">Daniel</a></span></div>${text}</article></body></html>`;
    expect(read(html).authors).toEqual(['Daniel']);
  });

  it("reads the byline in a post's own footer", () => {
    const html = `<html><head><title>Tach auch</title></head><body><div class="post"><h3>Tach auch</h3>${text}
      <div class="post-footer"><span class="post-author vcard">Eingestellt von <span class="fn">Michel Schmidt</span></span></div></div>
      <div class="footer">Impressum</div></body></html>`;
    expect(read(html).authors).toEqual(['Michel Schmidt']);
  });

  it('reads a German byline line ("Autorenzeile") and a <byline> element', () => {
    const zeile = `<html><head><title>Daten gehackt</title></head><body><article><h1>Daten gehackt</h1>
      <p class="autorenzeile small">Von Volkmar Kabisch und Benedikt Strunz</p>${text}</article></body></html>`;
    expect(read(zeile).authors).toEqual(['Volkmar Kabisch', 'Benedikt Strunz']);
    const tag = `<html><head><title>Börse</title></head><body><div class="article"><byline>Von David Hutzler, dpa</byline>${text}</div></body></html>`;
    expect(read(tag).authors).toEqual(['David Hutzler']);
  });

  it('does not take the site for an author, but keeps a person whose blog is named after them', () => {
    const mag = `<html><head><title>Gedenktag</title><meta name="author" content="L-MAG – Das Magazin für Lesben"></head><body><article><h1>Gedenktag</h1>
      <p>Von Claudia Lindner</p>${text}</article></body></html>`;
    expect(read(mag, 'https://www.l-mag.example/news/gedenktag').authors).toEqual(['Claudia Lindner']);
    const blog = `<html><head><title>Fazit</title><script type="application/ld+json">{"@type":"BlogPosting","headline":"Fazit","author":{"@type":"Person","name":"Frau Sabienes"}}</script></head>
      <body><article><h1>Fazit</h1>${text}</article></body></html>`;
    expect(read(blog, 'https://frau-sabienes.example/fazit/').authors).toEqual(['Frau Sabienes']);
  });

  it('reports the site as author only when the page credits it, and prefers a person', () => {
    const head = (extra: string) =>
      `<html><head><title>Unfall</title><meta property="og:site_name" content="Telebasel"><meta name="author" content="Telebasel">${extra}</head>`;
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Unfall","author":{"@type":"Organization","name":"Telebasel"}}</script>`;
    const credited = `${head(ld)}<body><article><h1>Unfall</h1>${text}</article></body></html>`;
    expect(read(credited, 'https://telebasel.example/unfall').authors).toEqual(['Telebasel']);
    const person = `${head(ld)}<body><article><h1>Unfall</h1><p class="byline">Von Anna Muster</p>${text}</article></body></html>`;
    expect(read(person, 'https://telebasel.example/unfall').authors).toEqual(['Anna Muster']);
    // A meta author that only repeats the site name is a CMS default, not a credit.
    const guessed = `${head('')}<body><article><h1>Unfall</h1>${text}</article></body></html>`;
    expect(read(guessed, 'https://telebasel.example/unfall').authors).toEqual([]);
  });

  it("takes the credit line the article's text opens with over the CMS account", () => {
    const page = (lead: string) =>
      `<html><head><title>Forschung</title><meta name="author" content="Isabell Angele"></head><body><article><h1>Forschung</h1>
      <p>Ihr gelang so einiges in ihrem Leben, und mit 80 Jahren forscht sie noch immer weiter an neuen Fragen.</p><p>${lead}</p>${text}</article></body></html>`;
    expect(read(page('<strong>Von Mat\u00adthi\u00adas Lauerer</strong>')).authors).toEqual(['Matthias Lauerer']);
    expect(read(page('<em>Ein Interview von Eugen Zentner mit Sonja Silberhorn.</em>')).authors).toEqual(['Eugen Zentner']);
    // A sentence that opens with the preposition is not a credit.
    expect(read(page('Von Anfang an war klar, dass es so kommt.')).authors).toEqual(['Isabell Angele']);
    expect(read(page('Text Messages Reveal Plot')).authors).toEqual(['Isabell Angele']);
    expect(read(page('Text: Kirsten Freund')).authors).toEqual(['Kirsten Freund']);
  });

  it('reads the "By" field of a meta line under the headline', () => {
    const html = `<html><head><title>Beggar</title></head><body><main><header><h1>Woman sees a car stop</h1>
      <div class="article_meta_info"><span class="trending">yas!</span> <span class="sr">| By </span> <span>Cara Stiles</span> | <time>April 13, 2020</time> <span></span> <span></span></div></header>
      <article>${text}</article></main></body></html>`;
    const meta = read(html);
    expect(meta.authors).toEqual(['Cara Stiles']);
    expect(meta.byline).toBe('By Cara Stiles');
  });

  it('reads who signs the article at its end when nothing else names an author', () => {
    const page = (last: string) =>
      `<html><head><title>Abschied</title></head><body><article><h1>Abschied</h1>${text}<p>${last}</p></article><footer>© 2024 Example GmbH</footer></body></html>`;
    expect(read(page('Benni<br> 10. September 2017')).authors).toEqual(['Benni']);
    expect(read(page('© 2019 Sven Schreivogel')).authors).toEqual(['Sven Schreivogel']);
    // A place over the date would read as a name only with a date on the same line; a line of prose is no signature.
    expect(read(page('Berlin, 10. September 2017')).authors).toEqual([]);
    expect(read(page('So long, and thanks for all the fish!')).authors).toEqual([]);
  });

  it('cuts the outlet off a credit line and keeps names apart', () => {
    const html = `<html><head><title>Match</title></head><body><article><h1>Match</h1>
      <p>The striker scored twice in the first half as the visitors were swept aside in front of a full house.</p>
      <p>By <a href="/a">Amitai Winehouse</a><span>For Mailonline</span></p>${text}</article></body></html>`;
    expect(read(html).authors).toEqual(['Amitai Winehouse']);
  });

  it("reads a byline further down the headline's article (under a video player)", () => {
    const filler = '<div><span>Teilen</span><span>Merken</span></div>'.repeat(30);
    const html = `<html><head><title>US-Sport</title></head><body><main><article class="post-page"><div class="info"><div class="title"><h1>US-Sport in Zeiten von Corona</h1></div></div>
      ${filler}<div class="video"><div class="caption"><span class="teaser-cat">von Andreas Kürten</span><p>New York ist das Epizentrum.</p></div></div>${text}</article>
      <aside><article><h2>Mehr</h2><span>von Otto Anders</span></article></aside></main></body></html>`;
    expect(read(html).authors).toEqual(['Andreas Kürten']);
  });

  it('reports a website credited in a labelled byline; the page\'s own address yields to a person', () => {
    const page = (who: string) =>
      `<html><head><title>Überangebote</title></head><body><article><h1>Überangebote</h1><div class="post-meta"><span class="post-meta-author">Autor: <a href="/author/k/">${who}</a></span></div>${text}<p>© 2017 Kai Koffer</p></article></body></html>`;
    expect(read(page('www.koffergepackt.com'), 'https://bigbone.example/2017/04/13/ueber/').authors).toEqual(['www.koffergepackt.com']);
    expect(read(page('www.bigbone.example'), 'https://bigbone.example/2017/04/13/ueber/').authors).toEqual(['Kai Koffer']);
  });

  it('spells out a user-name author with the visible byline', () => {
    const html = `<html><head><title>Sportzentrum</title><script type="application/ld+json">{"@type":"Article","headline":"Sportzentrum","author":{"@type":"Person","name":"arianschlichenmayer"}}</script></head>
      <body><article><h1>Sportzentrum</h1><div class="post-header_author"><span>von</span> <a href="/creator/arian">Arian Schlichenmayer</a></div>${text}</article></body></html>`;
    expect(read(html).authors).toEqual(['Arian Schlichenmayer']);
  });
});
