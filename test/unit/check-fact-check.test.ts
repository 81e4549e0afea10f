import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareDate } from '../../lib/check/compare/date';
import { comparePublication } from '../../lib/check/compare/publication';
import { archivedOriginal } from '../../lib/check/compare/archived-copy';
import { readMetadata } from '../../lib/extract/metadata/read-metadata';
import { readWireCredits } from '../../lib/extract/metadata/wire-credit';
import { extractArticle } from '../../lib/extract/extract-article';
import { parseHtml } from '../../lib/platform/html';
import type { FullReport, ReportedSource } from '../../lib/report/full-report';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFixtureWeb, type FixtureWeb } from '../web/server';
import { AFTER_STATEMENT, AP_ON_WAPO, DEFINITION_OFF_TOPIC, DEFINITION_ON_TOPIC, FACT_CHECK_URL, REUTERS_ON_GUARDIAN, STATS_TABLE } from '../web/fact-check';
import { findingText } from '../../lib/i18n/findings';
import { checkFixturePage } from '../support/check-page';

const PAGE = join(__dirname, '..', 'web', 'sites', 'www.harbour-factcheck.org', 'tourism-claim.html');
let web: FixtureWeb;
let report: FullReport;

beforeAll(async () => {
  web = await startFixtureWeb();
  report = await checkFixturePage(web, FACT_CHECK_URL, { timeoutMs: 8000, wayback: false });
}, 90_000);
afterAll(() => web?.close());

function source(url: string): ReportedSource {
  const s = report.sources.find((x) => x.url === url);
  if (!s?.check) throw new Error(`no check for ${url}; sources: ${report.sources.map((x) => x.url).join(', ')}`);
  return s;
}
const find = (s: ReportedSource, kind: string) => s.check!.findings.find((f) => f.kind === kind);

describe('a fact-check page and the sources it cites', () => {
  it('takes the date the page labels "Published:", not the checked statement’s earlier date, and says where it came from', () => {
    expect(report.article.publishedTime?.slice(0, 10)).toBe('2019-11-18');
    expect(report.article.publishedFrom).toBe('labelled');
    const s = source(AFTER_STATEMENT);
    const date = find(s, 'date')!;
    expect(date.code).toBe('date.before');
    expect(findingText(date, 'en')).toBe('The source was published 18 Oct 2019, 31 days before the article (18 Nov 2019, from the date it labels “Published”).');
    expect(s.check!.verdict).not.toBe('mismatch');
  });

  it('reads a statistics table with its headers: "€171 million" is in "Value (EUR million) … 171"', () => {
    const s = source(STATS_TABLE);
    expect(find(s, 'number')?.code).toBe('number.found');
    expect(s.check!.claims[0]!.support.evidence[0]).toBe('Tourist spending in the region, Q1 2019, Value (EUR million): 171 million.');
    expect(s.check!.verdict).toBe('supported');
  });

  it('judges a definition link on whether the page is about the term', () => {
    const on = source(DEFINITION_ON_TOPIC);
    expect(on.role).toBe('reference');
    expect(on.check!.verdict).toBe('supported');
    expect(findingText(find(on, 'topic')!, 'en')).toBe('A reference link (Wikipedia is an encyclopedia): the page is about “tourist tax”; its title is “Tourist tax”.');
    const off = source(DEFINITION_OFF_TOPIC);
    expect(off.check!.verdict).toBe('mismatch');
    expect(find(off, 'topic')?.code).toBe('topic.off');
    expect(findingText(find(off, 'topic')!, 'en')).toMatch(/for “occupancy rate”, but the page is about something else: “Harbor seal”/);
  });

  it('says a newspaper page carrying Reuters or AP copy republishes it, not a mismatch', () => {
    const reuters = source(REUTERS_ON_GUARDIAN);
    expect(reuters.attribution.publication).toBe('Reuters');
    expect(find(reuters, 'publication')?.code).toBe('publication.republishes');
    expect(findingText(find(reuters, 'publication')!, 'en')).toBe('The text names Reuters; the source is The Guardian (theguardian.com), which republishes Reuters copy (credited in its byline).');
    expect(reuters.check!.verdict).toBe('supported');
    const ap = source(AP_ON_WAPO);
    expect(findingText(find(ap, 'publication')!, 'en')).toMatch(/the source is The Washington Post \(washingtonpost\.com\), which republishes Associated Press copy/);
    expect(ap.check!.verdict).not.toBe('mismatch');
  });
});

describe('the article date when the page does not declare one', () => {
  it('falls back to the first date on the page, and a later source is then a warning, not a mismatch', () => {
    const html = readFileSync(PAGE, 'utf8').replace(/<p class="published">.*?<\/p>/, '');
    const out = extractArticle(parseHtml(html), FACT_CHECK_URL);
    if (!out.ok) throw new Error(out.detail);
    expect(out.extraction.article.publishedTime?.slice(0, 10)).toBe('2019-10-13');
    expect(out.extraction.article.publishedFrom).toBe('time-first');
    const f = compareDate(out.extraction.article, '2019-10-18T07:30:00+01:00')!;
    expect(f.ok).toBeNull();
    expect(f.code).toBe('date.after-uncertain');
    expect(findingText(f, 'en')).toMatch(/5 days after 13 Oct 2019, the article's date as read from the first date on the page; the page declares no publication date/);
    // A declared date still makes a later source a mismatch.
    expect(compareDate({ publishedTime: '2019-10-13', publishedFrom: 'json-ld' }, '2019-10-18')!.ok).toBe(false);
  });
});

describe('wire credits', () => {
  const doc = (body: string, ld = '') => parseHtml(`<!doctype html><html><head>${ld}</head><body>${body}</body></html>`);
  const none = { authors: [], byline: null, jsonLdCredits: [] };
  it('reads a wire dateline, a closing credit line, JSON-LD sourceOrganization and a Chinese agency dateline', () => {
    expect(readWireCredits(none, 'LONDON (Reuters) - Hotel bookings rose 4%.')).toEqual([{ name: 'Reuters', via: 'dateline' }]);
    expect(readWireCredits(none, 'Bookings rose.\n\nAgence France-Presse contributed to this report')).toEqual([{ name: 'Agence France-Presse', via: 'credit line' }]);
    // The JSON-LD credits as the page's metadata reads them (parsed once, there).
    const meta = readMetadata(doc('', '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","sourceOrganization":{"@type":"Organization","name":"Associated Press"}}</script>'), 'https://example.com/a', null);
    expect(readWireCredits(meta, 'Text.')).toEqual([{ name: 'Associated Press', via: 'json-ld' }]);
    expect(readWireCredits(none, '新华社北京5月1日电 港口城镇开始重建。')[0]?.via).toBe('dateline');
    // A reporter's name or the paper itself is not wire copy.
    expect(readWireCredits({ authors: ['Helen Pidd'], byline: 'By Helen Pidd', jsonLdCredits: [] }, 'Storm damage will cost £30m.')).toEqual([]);
  });
});

describe('what the eval’s stub web found', () => {
  const noAttribution = { publication: null, publicationEn: null, author: null, affiliation: null, outlet: null };
  it('identifies an archive’s copy by the original address, not as the Internet Archive', () => {
    const url = 'https://web.archive.org/web/20190301000000/https://medium.com/@someone/a-post-1aca3e9a295f';
    expect(archivedOriginal(url)).toBe('https://medium.com/@someone/a-post-1aca3e9a295f');
    expect(archivedOriginal('https://web.archive.org/web/2019/http:/stallman.org/archives/x.html')).toBe('http://stallman.org/archives/x.html');
    expect(archivedOriginal('https://medium.com/@someone/a-post')).toBeNull();
    const meta = { title: 'A post', byline: null, authors: [], siteName: 'Internet Archive', publishedTime: null, lang: 'en' };
    const medium = comparePublication({ ...noAttribution, publication: 'Medium' }, url, meta)!;
    expect(medium.ok).toBe(true);
    expect(findingText(medium, 'en')).toBe('The text names Medium; the source is Medium (medium.com (web.archive.org)).');
    // A copy of a page on another site is still not Medium's, and the archive's own name is no evidence either way.
    const other = comparePublication({ ...noAttribution, publication: 'Medium' }, 'https://web.archive.org/web/2016/https://www.stallman.org/archives/x.html', meta)!;
    expect(other.ok).toBeNull();
  });

  it('calls news coverage of a body the text names (Facebook, the WHO) a report about it, not a mismatch; two news outlets still disagree', () => {
    const meta = { title: 'Facebook to remove posts', byline: null, authors: [], siteName: 'The Hill', publishedTime: null, lang: 'en' };
    const fb = comparePublication({ ...noAttribution, publication: 'Facebook' }, 'https://thehill.com/policy/technology/facebook-posts', meta)!;
    expect(fb.ok).toBeNull();
    expect(fb.code).toBe('publication.reported-by');
    expect(findingText(fb, 'en')).toBe("The text names Facebook; the source is The Hill (thehill.com), which may report what Facebook said or did — it is not Facebook's own publication.");
    const news = comparePublication({ ...noAttribution, publication: 'The Wall Street Journal' }, 'https://www.latimes.com/environment/story/x', { ...meta, siteName: 'Los Angeles Times' })!;
    expect(news.ok).toBe(false);
  });

  it('does not call a source later than the article when its date was only read from its text', () => {
    const article = { publishedTime: '2020-10-13T10:00:00Z', publishedFrom: 'json-ld' };
    const f = compareDate(article, '2021-03-31', 'text')!;
    expect(f.ok).toBeNull();
    expect(f.code).toBe('date.source-uncertain');
    expect(compareDate(article, '2021-03-31', 'json-ld')!.ok).toBe(false);
  });
});
