import { beforeAll, describe, expect, it } from 'vitest';
import { judgeSource } from '../../lib/check/judge-source';
import { supportText } from '../../lib/i18n/findings';
import { loadLexiconNode } from '../../lib/platform/lexicon-node';
import type { ArticleMeta } from '../../lib/schema/article';
import type { Claim } from '../../lib/schema/claim';
import type { SourceSnapshot } from '../../lib/schema/check';
import type { CitedSource } from '../../lib/schema/source';
import type { Lexicon } from '../../lib/text/lexicon/lexicon';

const URL_ = 'https://foreignpolicy.com/2022/09/16/kazakhstan-russia-ukraine-war/';
const TEXT = [
  'In the 30 years since independence, Kazakhstan has joined every Russian integration project on offer.',
  'Officially, Russia keeps repeating its mantra about a “prosperous and stable alliance” with Kazakhstan.',
  'But behind the ritual phrases, Moscow is frustrated with its ally, even if it will not admit it.',
].join('\n\n');
const snap: SourceSnapshot = {
  url: URL_, state: 'ok', reason: null, httpStatus: 200, finalUrl: URL_, redirects: [], canonicalUrl: null, archivedUrl: null, contentType: 'text/html', bytes: 2000,
  error: null, meta: { title: 'Kazakhstan Is Quietly Breaking Away From Russia', byline: null, authors: [], siteName: 'Foreign Policy', publishedTime: '2022-09-16T12:00:00Z', lang: 'en' }, text: TEXT, fetchedAt: 0, durationMs: 5,
};
const source: CitedSource = {
  url: URL_, text: 'article', context: '', role: 'citation', occurrences: 1, outlet: null,
  attribution: { publication: 'Foreign Policy', publicationEn: 'Foreign Policy', author: null, affiliation: null, outlet: null },
};
const article = (lang: string): ArticleMeta => ({ url: 'https://news.example/a', title: 'A', byline: null, authors: [], siteName: null, publishedTime: '2022-09-17T10:00:00Z', modifiedTime: null, lang, canonicalUrl: null, description: null, image: null });
const claim = (text: string, quote: string): Claim => ({ text, cue: '', speaker: null, sourceUrl: URL_, quotes: [quote], continuation: false, via: 'linked-sentence' });

let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = await loadLexiconNode();
}, 120_000);

const supportOf = (c: Claim, lang: string) =>
  judgeSource(snap, { source, claims: [{ index: 0, claim: c }], article: article(lang), settings: { summarySentences: 2 } }, lexicon).claims[0]!.support;

describe('a claim whose quotation the source holds', () => {
  it('is at least partly backed, and says why, when the words around the quotation are a loose paraphrase', () => {
    const s = supportOf(claim('To this day the Kremlin clings to slogans of a “prosperous and stable alliance”, yet seethes privately and might erupt in open rage.', 'prosperous and stable alliance'), 'en');
    expect(s.label).toBe('partial');
    expect(s.reason).toContain('Its quotation “prosperous and stable alliance” is in the source');
  });

  it('is raised across languages too: the reference article’s paraphrase around “维持繁荣稳定的同盟关系”', () => {
    const s = supportOf(
      claim('直到今天，俄罗斯继续在官方层面上重复其与哈萨克斯坦“维持繁荣稳定的同盟关系”的口号，但实际上，它对这个盟友感到沮丧，而这种压抑的沮丧有可能会转变为公然的愤怒。', '维持繁荣稳定的同盟关系'),
      'zh',
    );
    expect(s.label).toBe('partial');
    expect(supportText(s, 'zh_CN')).toContain('其中的引语“维持繁荣稳定的同盟关系”见于信源');
  });

  it('stays not found when the quotation is a word in scare quotes', () => {
    const s = supportOf(claim('Ruiz called the stadium plan “alliance” talk and said the club would leave Lisbon next year.', 'alliance'), 'en');
    expect(s.label).toBe('not-found');
  });

  it('stays not found when the claim changes a figure the source gives', () => {
    const s = supportOf(claim('In the 12 years since independence, Russia has sung of a “prosperous and stable alliance” while hawks threaten war.', 'prosperous and stable alliance'), 'en');
    expect(s.params.conflicts).toBeTruthy();
    expect(s.label).toBe('not-found');
  });
});
