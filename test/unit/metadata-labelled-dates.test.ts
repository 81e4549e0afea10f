import { describe, expect, it } from 'vitest';
import { readBody } from '../../lib/extract/body';
import { printedOverGeneric, printedRepublication, urlDayOverLaterStamp } from '../../lib/extract/metadata/page-day';
import { readMetadata } from '../../lib/extract/metadata/read-metadata';
import { labelledDate } from '../../lib/text/labelled-date';
import { parseHtml } from '../../lib/platform/html';

const text = '<p>The council voted on Tuesday to close the old bridge for repairs, officials said after the meeting ended late in the evening.</p>'.repeat(4);

describe('dates the page labels as its publication date', () => {
  it('reads the label before the date, in several languages', () => {
    expect(labelledDate('Veröffentlicht am Montag, 12.01.2022')).toBe('2022-01-12');
    expect(labelledDate('Erschienen am: 13.10.2021 Herausgeber')).toBe('2021-10-13');
    expect(labelledDate('Mise en ligne 23 mai 2019')).toBe('2019-05-23');
    expect(labelledDate('Published on March 3, 2020 by Jane')).toBe('2020-03-03');
  });

  it('reads the German passive with the label after the date', () => {
    expect(labelledDate('Der Artikel wurde am 19. Mai 2010 um 23:03 Uhr gepostet')).toBe('2010-05-19');
  });

  it('skips update labels and takes the publication one after them', () => {
    expect(labelledDate('Aktualisiert am 17.01.2021')).toBeNull();
    expect(labelledDate('Letzte Änderung: 31.10.2023 - 14:49:39Erschienen am: 01.11.2023')).toBe('2023-11-01');
  });
});

describe('a generic date meta against the printed date', () => {
  it('takes the printed day when it is close by', () => {
    expect(printedOverGeneric('2021-10-15', '2021-10-13')).toBe('2021-10-13');
    expect(printedOverGeneric('2021-12-20T11:02:44+01:00', '2022-01-27')).toBe('2022-01-27');
  });

  it('keeps the meta when the printed date is far away or is another machine stamp', () => {
    expect(printedOverGeneric('2021-10-15', '2019-10-13')).toBe('2021-10-15');
    expect(printedOverGeneric('2021-10-28T13:21:30+01:00', '2021-10-27T20:35:36+01:00')).toBe('2021-10-28T13:21:30+01:00');
  });

  it('prefers the labelled date in a side box over a DC.date meta of the last edit', () => {
    const html = `<html><head><title>New president elected</title><meta name="DC.date" content="2021-10-15"></head><body>
      <article><h1>New president elected</h1>${text}</article>
      <div class="box"><span class="label">Erschienen am:</span><h2>13.10.2021</h2></div></body></html>`;
    const doc = parseHtml(html);
    const meta = readMetadata(doc, 'https://example.org/presse/new-president', readBody(doc));
    expect(meta.publishedTime).toBe('2021-10-13');
  });

  it('keeps a specific published meta even when a label names another day', () => {
    const html = `<html><head><title>New president elected</title><meta property="article:published_time" content="2021-10-15T10:00:00+02:00"></head><body>
      <article><h1>New president elected</h1>${text}<p>Erschienen am: 13.10.2021</p></article></body></html>`;
    const doc = parseHtml(html);
    expect(readMetadata(doc, 'https://example.org/presse/new-president', readBody(doc)).publishedTime).toBe('2021-10-15T10:00:00+02:00');
  });

  it('takes a labelled date in the sidebar when the page has no date metadata', () => {
    const html = `<html><head><title>Animated typography</title></head><body><div class="wrapper">
      <div class="post"><h2>Animated typography</h2>${text}<p>The festival ends on 15 March 2011 in Berlin.</p></div>
      <div class="sidebar"><p class="news">Animated typography wurde am <nobr>19. Mai 2010</nobr> um <nobr>23:03</nobr> Uhr gepostet.</p></div></div></body></html>`;
    const doc = parseHtml(html);
    expect(readMetadata(doc, 'https://example.de/animated-typography/', readBody(doc)).publishedTime).toBe('2010-05-19');
  });
});

describe('a re-published page', () => {
  it('takes the printed date between the published and the modified stamps', () => {
    expect(printedRepublication('2021-12-06T14:36:00', '2022-12-15T08:13:00+00:00', '2022-12-15')).toBe('2022-12-15');
    expect(printedRepublication('2022-01-04T07:29:00+00:00', '2022-01-25T14:24:00+00:00', '2022-01-06')).toBe('2022-01-06');
  });

  it('keeps the published stamp when the printed date is outside that span or a machine stamp', () => {
    expect(printedRepublication('2022-01-04T07:29:00+00:00', '2022-01-25T14:24:00+00:00', '2022-02-06')).toBe('2022-01-04T07:29:00+00:00');
    expect(printedRepublication('2022-01-04T07:29:00+00:00', '2022-01-25T14:24:00+00:00', '2022-01-03')).toBe('2022-01-04T07:29:00+00:00');
    expect(printedRepublication('2022-01-04T07:29:00+00:00', null, '2022-01-06')).toBe('2022-01-04T07:29:00+00:00');
    expect(printedRepublication('2022-01-04T07:29:00+00:00', '2022-01-25T14:24:00+00:00', '2022-01-25T14:24:00+00:00')).toBe('2022-01-04T07:29:00+00:00');
  });

  it('does not take a hidden modified stamp under the headline for the printed date', () => {
    const html = `<html><head><title>Template update</title><script type="application/ld+json">{"@type":"BlogPosting","headline":"Template update","datePublished":"2018-06-22T10:20:00","dateModified":"2018-08-29T14:15:57"}</script></head><body>
      <article><h1>Template update</h1><time itemprop="dateModified" class="hidden">2018-08-29 14:15:57</time><span class="v-box">22.06.2018 10:20</span>${text}</article></body></html>`;
    const doc = parseHtml(html);
    expect(readMetadata(doc, 'https://example.de/template-update', readBody(doc)).publishedTime).toBe('2018-06-22T10:20:00');
  });

  it('shows the re-publication date the page prints under the headline', () => {
    const html = `<html><head><title>Winter tips</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Winter tips","datePublished":"2021-12-06T14:36:00","dateModified":"2022-12-15T08:13:00+00:00"}</script></head><body>
      <article><h1>Winter tips</h1><div class="article-date">15.12.2022</div>${text}</article></body></html>`;
    const doc = parseHtml(html);
    expect(readMetadata(doc, 'https://example.de/winter-tips', readBody(doc)).publishedTime).toBe('2022-12-15');
  });
});

describe('JSON-LD dates outside article types', () => {
  it("reads a how-to's datePublished when no article node has one", () => {
    const html = `<html><head><title>Sew a round tablecloth</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"HowTo","name":"Sew a round tablecloth","datePublished":"2022-01-10T22:06:08:684Z","step":[{"@type":"HowToStep","text":"Cut"}]}</script></head><body>
      <article><h1>Sew a round tablecloth</h1>${text}</article></body></html>`;
    const doc = parseHtml(html);
    expect(readMetadata(doc, 'https://example.de/diy/tablecloth', readBody(doc)).publishedTime).toBe('2022-01-10T22:06:08+00:00');
  });
});

describe('the date in the URL against a later stamp', () => {
  it('keeps the URL day when the stamp is days later', () => {
    expect(urlDayOverLaterStamp('2019-06-17T18:28:00+02:00', '2017-07-12')).toBe('2017-07-12');
  });

  it('keeps the stamp when it is close to, or before, the URL day', () => {
    expect(urlDayOverLaterStamp('2017-07-13T01:00:00+02:00', '2017-07-12')).toBe('2017-07-13T01:00:00+02:00');
    expect(urlDayOverLaterStamp('2017-07-10T10:00:00+02:00', '2017-07-12')).toBe('2017-07-10T10:00:00+02:00');
    expect(urlDayOverLaterStamp('2017-07-10T10:00:00+02:00', null)).toBe('2017-07-10T10:00:00+02:00');
  });
});

describe("dates that are not the article's", () => {
  it("takes a forum post's date from its author line, not the clock or the member's sign-up day", () => {
    const html = `<html><head><title>What is free software?</title></head><body>
      <div class="headerbar"><p class="right-info">Aktuelle Zeit: 14.10.2020, 12:18</p></div>
      <div class="post"><dl class="postprofile"><dd class="profile-joined"><strong>Registriert:</strong> 18.09.2008, 05:56</dd></dl>
      <div class="postbody"><h3>What is free software?</h3><p class="author">Beitrag von <strong>r23</strong> » 21.01.2009, 05:42</p>
      <div class="content">${text}</div></div></div></body></html>`;
    const doc = parseHtml(html);
    expect(readMetadata(doc, 'https://forum.example.org/viewtopic.php?t=167', readBody(doc)).publishedTime).toBe('2009-01-21T05:42:00');
  });
});

describe('update and access dates', () => {
  it('does not take "Last Updated" or a reference\'s "Retrieved" date for a re-publication', () => {
    for (const line of ['<div class="author-details">Last Updated: January 7, 2025</div>', '<span class="reference-accessdate">. Retrieved 7 January 2025</span>']) {
      const html = `<html><head><title>Spark</title><script type="application/ld+json">{"@type":"Article","headline":"Spark","datePublished":"2020-07-10T14:15:42+00:00","dateModified":"2025-01-08T10:00:00+00:00"}</script></head><body>
        <article><h1>Spark</h1>${line}${text}</article></body></html>`;
      const doc = parseHtml(html);
      expect(readMetadata(doc, 'https://example.com/spark', readBody(doc)).publishedTime).toBe('2020-07-10T14:15:42+00:00');
    }
  });
});
