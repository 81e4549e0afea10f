import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract-article';
import { parseHtml } from '../../lib/platform/html';

const para = (inner: string) => `<p>${inner} The ministry said the figures would be published next week after a review by independent auditors.</p>`;
const page = (body: string, head = '<title>A test article | Example News</title>') =>
  `<!doctype html><html lang="en"><head>${head}</head><body><article><h1>A test article</h1>${body}</article></body></html>`;
const run = (html: string, url = 'https://news.example.com/2024/05/01/story') => {
  const out = extractArticle(parseHtml(html), url, { force: true });
  if (!out.ok) throw new Error(out.detail);
  return out.extraction;
};

describe('extraction on bad input', () => {
  it('reads malformed HTML (unclosed tags, stray end tags, broken attributes)', () => {
    const html = `<html><body><article><h1>Broken page<p>According to <a href="https://www.reuters.com/a">Reuters</a>, the deal closed</b></i> on Monday and more text follows here to make a sentence
      <p>Another <a href="https://apnews.com/b" class="x y>paragraph</a> with text that keeps going for a while <div><p>nested</span>`;
    const e = run(html);
    expect(e.sources.map((s) => s.url)).toContain('https://www.reuters.com/a');
    // An unclosed <h1> swallows what follows, in browsers too: the title starts with the heading.
    expect(e.article.title?.startsWith('Broken page')).toBe(true);
  });

  it('reads a page without a <head> or <html>', () => {
    const e = run(`<article><h1>No head here</h1>${para('According to <a href="https://www.bbc.com/news/x">the BBC</a>, it rained.')}</article>`);
    expect(e.sources[0]?.url).toBe('https://www.bbc.com/news/x');
    expect(e.sources[0]?.attribution.publicationEn).toBe('BBC');
  });

  it('handles 20,000 links', () => {
    const links = Array.from({ length: 20000 }, (_, i) => `<a href="https://site${i % 500}.example.org/p/${i}">link ${i}</a>`).join(' ');
    const e = run(page(`<p>Sources: ${links}</p>${para('')}`));
    expect(e.sources.length).toBe(20000);
    expect(new Set(e.sources.map((s) => s.url)).size).toBe(20000);
  });

  it('ignores javascript:, data:, mailto: and tel: links, keeps http(s) ones', () => {
    const e = run(page(para('<a href="javascript:alert(1)">click</a> <a href="data:text/html,<b>x</b>">data</a> <a href="mailto:a@b.c">mail</a> <a href="tel:+123">call</a> <a href="https://www.nature.com/articles/x">study</a>')));
    expect(e.sources.map((s) => s.url)).toEqual(['https://www.nature.com/articles/x']);
  });

  it('resolves relative links against <base>, drops fragments and trackers, keeps other parameters', () => {
    const e = run(page(para('See <a href="reports/2024.html?id=7&utm_source=tw#part2">the report</a>.'), '<base href="https://data.example.gov/pub/"><title>x</title>'));
    expect(e.sources[0]?.url).toBe('https://data.example.gov/pub/reports/2024.html?id=7');
  });

  it('does not read links inside iframes, scripts, templates or noscript', () => {
    const e = run(page(`<iframe srcdoc="<a href='https://evil.example/i'>x</a>"></iframe><script>document.write('<a href="https://evil.example/s">y</a>')</script><template><a href="https://evil.example/t">t</a></template><noscript><a href="https://evil.example/n">n</a></noscript>${para('According to <a href="https://www.ft.com/c">the FT</a>, yes.')}`));
    expect(e.sources.map((s) => s.url)).toEqual(['https://www.ft.com/c']);
  });

  it('keeps markup and control characters in text as plain text', () => {
    const e = run(page(para('The group wrote &lt;script&gt;alert(1)&lt;/script&gt; on its <a href="https://www.example-ngo.org/x">site\u0000\u200b\u202e</a> said officials.')));
    const s = e.sources[0]!;
    expect(s.text).toBe('site');
    expect(s.context).toContain('<script>alert(1)</script>');
    expect(s.context).not.toMatch(/[\u0000\u200b\u202e]/);
  });

  it('says why a page is not an article instead of guessing', () => {
    const out = extractArticle(parseHtml('<html><body><nav><a href="/a">A</a></nav><p>Short.</p></body></html>'), 'https://example.com/');
    expect(out.ok).toBe(false);
    expect(!out.ok && out.detail).toMatch(/no paragraphs|only/);
  });

  it('survives absurdly deep nesting and an empty document', () => {
    const deep = '<div>'.repeat(5000) + para('Deep <a href="https://deep.example.com/x">link</a>.') + '</div>'.repeat(5000);
    expect(() => run(page(deep))).not.toThrow();
    expect(() => extractArticle(parseHtml(''), 'https://example.com/', { force: true })).not.toThrow();
  });
});
