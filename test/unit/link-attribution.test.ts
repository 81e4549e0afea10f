import { describe, expect, it } from 'vitest';
import { attributeLink, type LinkSentence } from '../../lib/extract/attribution/link-attribution';
import { outletForHost } from '../../lib/outlets/lookup';

/** The attribution of the link whose anchor text is `anchor` in `text`. */
function attribution(text: string, anchor: string, extra: Partial<LinkSentence> = {}) {
  const linkStart = text.indexOf(anchor);
  if (linkStart < 0) throw new Error(`"${anchor}" is not in the sentence`);
  return attributeLink({ text, linkStart, linkEnd: linkStart + anchor.length, anchorText: anchor, previous: null, following: [], lang: 'en', ...extra });
}

describe('link attribution', () => {
  it('reads the author after "written by", initials included', () => {
    expect(attribution('The film is written by real-life couple Emily V. Gordon and Kumail Nanjiani.', 'written').author).toBe('Emily V. Gordon');
  });

  it('names the journal as the publication, never as the author', () => {
    const a = attribution('The authors of the study published in the journal JAMA Psychiatry argued that the policy helped.', 'the study');
    // The journal as the sentence names it (the table knows only JAMA, its family's name).
    expect(a).toMatchObject({ publication: 'JAMA Psychiatry', author: null });
  });

  it('reads a scholar and the institution they are a fellow at', () => {
    const a = attribution('Temur Umarov, a fellow at the Carnegie Endowment for International Peace, wrote in an essay that Astana is drifting away.', 'an essay');
    expect(a).toMatchObject({ author: 'Temur Umarov', affiliation: 'Carnegie Endowment for International Peace' });
  });

  it('takes the publication and its English name from 《》, and the author from the sentence before', () => {
    const a = attribution('这篇文章指出，哈萨克斯坦正在疏远莫斯科。', '文章', { lang: 'zh', previous: '美国《外交政策》杂志刊登了一篇由卡内基国际和平基金会学者蒂穆尔·乌姆洛夫撰写的文章。' });
    expect(a).toMatchObject({ publication: '外交政策', publicationEn: 'Foreign Policy', author: '蒂穆尔·乌姆洛夫' });
  });

  it('lets the address overrule a publication only guessed from the sentence before or a bare mention, never one the text credits', () => {
    const previous = 'The Wall Street Journal published a misleading editorial blaming renewables.';
    const text = 'In reality, several gas plants unexpectedly went offline when the heat wave struck.';
    const elsewhere = attribution(text, 'unexpectedly', { previous, linkOutlet: outletForHost('www.latimes.com') });
    expect(elsewhere.publication).toBeNull();
    const same = attribution(text, 'unexpectedly', { previous, linkOutlet: outletForHost('www.wsj.com') });
    expect(same).toMatchObject({ publication: 'Wall Street Journal', via: 'previous-sentence' });
    // Credited by a phrase, or by the link's own words: the text says so, and a different address is worth reporting.
    const credited = attribution('By CNN’s count, he visited his golf resorts on 86 days.', '86 days', { linkOutlet: outletForHost('www.axios.com') });
    expect(credited.publication).toMatch(/CNN/);
    const anchor = attribution('Editors at Politifact label what they call fake news.', 'Politifact', { linkOutlet: outletForHost('www.breitbart.com') });
    expect(anchor).toMatchObject({ publication: 'Politifact', via: 'anchor-outlet' });
  });

  it("credits a work to its maker: \"Bruce Nauman's 1968 work\", \"Tracey Emin's neon sculptures\"", () => {
    const title = 'My Name as Though It Were Written on the Surface of the Moon';
    expect(attribution(`Bruce Nauman’s 1968 work ${title} poked fun at the space race.`, title)).toMatchObject({ author: 'Bruce Nauman', authorVia: 'possessive', publication: null });
    expect(attribution('Tracey Emin’s neon sculptures spell out intimate confessions.', 'neon sculptures')).toMatchObject({ author: 'Tracey Emin', publication: null });
  });

  it('reads "he noted that … [link]" as the person the sentence before credits, and only a pronoun borrows', () => {
    const previous = 'Eric Reeves, one of the leading academic voices on Sudan, said he was appalled by the decision.';
    const text = 'He said the government continued to commit abuses, and he noted that security services killed more than 10 civilians.';
    expect(attribution(text, 'killed', { previous })).toMatchObject({ author: 'Eric Reeves', authorVia: 'continuation' });
    // Its own named speaker, or no person before: no borrowing.
    expect(attribution('Jane Okafor said security services killed more than 10 civilians.', 'killed', { previous }).author).toBe('Jane Okafor');
    expect(attribution(text, 'killed', { previous: 'The sanctions were lifted on Friday.' }).author).toBeNull();
  });
});
