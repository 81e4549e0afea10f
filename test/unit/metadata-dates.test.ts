import { describe, expect, it } from 'vitest';
import { readBody } from '../../lib/extract/body';
import { mayShiftDay, onPageDay } from '../../lib/extract/metadata/page-day';
import { readMetadata } from '../../lib/extract/metadata/read-metadata';
import { dateFromUrl, parseDate } from '../../lib/text/dates';
import { parseHtml } from '../../lib/platform/html';

const text = '<p>The council voted on Tuesday to close the old bridge for repairs, officials said after the meeting ended late in the evening.</p>'.repeat(4);

describe('date strings', () => {
  it('reads one-digit seconds and colon-separated milliseconds without losing the zone', () => {
    expect(parseDate('2020-12-05T23:15:0Z')).toBe('2020-12-05T23:15:00+00:00');
    expect(parseDate('2022-01-10T22:06:08:684Z')).toBe('2022-01-10T22:06:08+00:00');
  });

  it('reads day-month-year with dashes', () => {
    expect(parseDate('01-11-2023 10:29')).toBe('2023-11-01T10:29:00');
    expect(parseDate('17-09-2022')).toBe('2022-09-17');
    expect(parseDate('17-09/2022')).toBeNull();
  });
});

describe('the day the page shows', () => {
  it('only looks again at UTC stamps and stamps near midnight', () => {
    expect(mayShiftDay('2023-11-09T05:30:59+00:00')).toBe(true);
    expect(mayShiftDay('2022-05-05T21:00:00-05:00')).toBe(true);
    expect(mayShiftDay('2022-05-05T14:00:00-05:00')).toBe(false);
    expect(mayShiftDay('2022-05-05')).toBe(false);
    expect(mayShiftDay('2022-05-05T23:00:00')).toBe(false);
  });

  it("re-expresses a UTC stamp in the offset the page's printed time implies", () => {
    expect(onPageDay('2023-11-09T05:30:59+00:00', '2023-11-08T23:30:00')).toBe('2023-11-08T23:30:59-06:00');
  });

  it('takes the printed day when some real zone puts the instant on it', () => {
    expect(onPageDay('2021-11-04T23:00:00+00:00', '2021-11-05')).toBe('2021-11-05');
    expect(onPageDay('2020-02-18T02:18:11+00:00', '2020-02-17')).toBe('2020-02-17');
  });

  it('keeps the stamp when the printed date is further away, impossible, or another machine stamp', () => {
    expect(onPageDay('2021-11-04T23:00:00+00:00', '2021-11-07')).toBe('2021-11-04T23:00:00+00:00');
    // 01:00 UTC cannot be the next calendar day anywhere (UTC+14 reaches 15:00).
    expect(onPageDay('2021-11-04T01:00:00+00:00', '2021-11-05')).toBe('2021-11-04T01:00:00+00:00');
    expect(onPageDay('2020-04-28T22:57:38+00:00', '2020-04-29T11:14:24+00:00')).toBe('2020-04-28T22:57:38+00:00');
    // A printed clock time that implies no real offset.
    expect(onPageDay('2023-11-09T05:30:59+00:00', '2023-11-08T11:07:00')).toBe('2023-11-09T05:30:59+00:00');
  });

  it('uses the dateline under the headline, not the date in the site banner', () => {
    const html = `<html><head><title>Mayor elected</title><meta property="article:published_time" content="2023-11-09T05:30:59+00:00"></head>
      <body><header class="site-header"><span class="date">Thursday, November 9, 2023</span></header>
      <article><h1>Mayor elected</h1><div class="byline">By Jane Doe</div><div class="article-date">November 8, 2023 at 11:30 p.m.</div>${text}</article></body></html>`;
    const doc = parseHtml(html);
    const meta = readMetadata(doc, 'https://news.example.com/mayor-elected', readBody(doc));
    expect(meta.publishedTime).toBe('2023-11-08T23:30:59-06:00');
  });

  it("takes the body's dateline paragraph over a date in a photo caption", () => {
    const html = `<html><head><title>Protesters gather at theater</title></head><body><article><h1>Protesters gather at theater</h1>
      <p>FILE PHOTO: The president speaks at a ceremony near Orleans, France, January 16, 2020. Pool via REUTERS</p>
      <p>January 18, 2020</p><p>PARIS (Reuters) – Protesters opposed to the pension changes tried to enter a theater on Friday.</p>${text}</article></body></html>`;
    const doc = parseHtml(html);
    expect(readMetadata(doc, 'https://news.example.com/protesters-theater', readBody(doc)).publishedTime).toBe('2020-01-18');
  });
});

describe('dates in the URL', () => {
  it('reads a slug that opens with the day, day first unless impossible', () => {
    expect(dateFromUrl('https://example.it/de/newsroom/23-01-2022-wierer-wins/17-378.html')).toBe('2022-01-23');
    expect(dateFromUrl('https://example.com/news/01-23-2022-wierer-wins')).toBe('2022-01-23');
    expect(dateFromUrl('https://example.com/news/wierer-wins-17-378.html')).toBeNull();
  });
});

describe('date markup', () => {
  const page = (article: string, after = '') =>
    parseHtml(`<!doctype html><html lang="de"><head><title>Wachstum</title></head><body><main><article><h1>Wachstum</h1>${text}${article}</article>${after}</main></body></html>`);
  const published = (doc: Document) => readMetadata(doc, 'https://wein.example.de/erzeuger/wachstum', readBody(doc)).publishedTime;

  it("reads RDFa date markup (Drupal's schema:dateCreated) in the article's own footer", () => {
    const doc = page('<footer class="node__meta"><span>28.01.22</span><span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00"></span></footer>');
    expect(published(doc)).toBe('2022-01-28T12:45:46+00:00');
  });

  it("ignores the same markup in the page's footer", () => {
    const doc = page('', '<footer class="site-footer"><span property="schema:dateCreated" content="2019-05-01T08:00:00+00:00"></span></footer>');
    expect(published(doc)).toBeNull();
  });
});
