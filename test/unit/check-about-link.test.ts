import { describe, expect, it } from 'vitest';
import { judgeSource } from '../../lib/check/judge-source';
import { findingText } from '../../lib/i18n/findings';
import type { ArticleMeta } from '../../lib/schema/article';
import type { SourceSnapshot } from '../../lib/schema/check';
import type { CitedSource } from '../../lib/schema/source';

// A link the article attributes no claim to, but names the outlet for: "By CNN's count, …".
const URL_ = 'https://edition.cnn.com/2019/12/31/politics/trump-golfing-vacation/index.html';
const source: CitedSource = {
  url: URL_,
  text: "CNN's count",
  context: "By CNN's count, Trump visited one of his golf resorts at least 86 days in 2019 and has spent at least 252 days at a Trump golf club during his presidency.",
  role: 'citation',
  attribution: { publication: 'CNN', publicationEn: 'CNN', author: null, affiliation: null, outlet: null },
  outlet: null,
  occurrences: 1,
};
const article: ArticleMeta = { url: 'https://news.example/a', title: 'A', byline: null, authors: [], siteName: null, publishedTime: '2020-01-02T10:00:00Z', modifiedTime: null, lang: 'en', canonicalUrl: null, description: null, image: null };

const snap = (title: string, text: string): SourceSnapshot => ({
  url: URL_, state: 'ok', reason: null, httpStatus: 200, finalUrl: URL_, redirects: [], canonicalUrl: null, archivedUrl: null, contentType: 'text/html', bytes: 2000,
  error: null, meta: { title, byline: null, authors: [], siteName: 'CNN', publishedTime: '2019-12-31T12:00:00Z', lang: 'en' }, text, fetchedAt: 0, durationMs: 5,
});
const judge = (s: SourceSnapshot) => judgeSource(s, { source, claims: [], article, settings: { summarySentences: 2 } });

describe('a link with no claim, on the outlet the article names', () => {
  it('is supported when the page carries what the linking sentence says', () => {
    const check = judge(snap('Trump golfing tally for 2019', 'Trump visited one of his golf resorts on 86 days in 2019.\n\nHe has spent 252 days at a Trump golf club since taking office.'));
    expect(check.verdict).toBe('supported');
    expect(check.findings.find((f) => f.code === 'content.about-link')?.ok).toBe(true);
  });

  it('is not supported when the page, on the right site, is about something else', () => {
    const check = judge(snap('Storm closes coastal highway', 'Heavy rain closed the coastal highway on Tuesday.\n\nCrews expect to reopen the road by the weekend after clearing debris.'));
    expect(check.findings.find((f) => f.kind === 'publication')?.ok).toBe(true);
    expect(check.verdict).toBe('partial');
    const off = check.findings.find((f) => f.code === 'content.not-about-link')!;
    expect(findingText(off, 'en')).toContain('Storm closes coastal highway');
  });
});

describe('one sentence attributed twice', () => {
  it('is judged and counted once in the verdict, and each claim shows its support', () => {
    const text = 'Trump visited one of his golf resorts at least 86 days in 2019, CNN counted and its analysts said.';
    const claim = { text, cue: 'said', speaker: 'CNN', sourceUrl: URL_, quotes: [], continuation: false, via: 'linked-sentence' as const };
    const check = judgeSource(snap('Trump golfing tally for 2019', 'Trump visited one of his golf resorts on 86 days in 2019.\n\nHe has spent 252 days at a Trump golf club.'), {
      source,
      claims: [
        { index: 0, claim },
        { index: 1, claim: { ...claim, speaker: 'CNN analysts' } },
      ],
      article,
      settings: { summarySentences: 2 },
    });
    expect(check.claims.map((c) => c.claim)).toEqual([0, 1]);
    expect(check.claims[1]!.support).toEqual(check.claims[0]!.support);
    const summary = check.findings.find((f) => f.kind === 'claim')!;
    expect(summary.params.total).toBe(1);
    expect(check.findings.filter((f) => f.kind === 'number')).toHaveLength(1);
  });
});
