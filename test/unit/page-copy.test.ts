import { describe, expect, it } from 'vitest';
import { dropDeadWeight } from '../../lib/check/trim-html';
import { anchorResolver, pageLinks } from '../../lib/extract/dom/anchor-refs';
import { serializeInSlices } from '../../lib/extract/dom/serialize';
import { longRead } from '../web/generated';
import { extractCopy, scanCopy } from '../../lib/extract/page-copy';
import { parseHtml } from '../../lib/platform/html';

const URL = 'https://news.example.com/2024/05/01/port-traffic';
const pacing = { budgetMs: 20, pause: () => Promise.resolve() };
const PROSE = '<p>Shipping through the port rose for a third year, and the harbour authority expects more traffic as the new terminal opens next spring.</p>'.repeat(6);

/** An article as a browser holds it: what the page script serialises. */
function articleHtml(extra = '') {
  return `<html lang="en"><head><title>Port traffic rises | Example News</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Port traffic rises","datePublished":"2024-05-01T08:00:00Z","author":{"@type":"Person","name":"Ada Lind"}}</script>
<script>var tracking = '<a href="https://ads.example.net/">';</script><style>a{color:red}</style></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Port traffic rises</h1>${extra}${PROSE}
<p>Container traffic rose 12 per cent in 2023, <a href="https://www.reuters.com/markets/port-traffic-2023">Reuters reported</a>.</p>
<p>The figures were published by <a href="https://stats.example.org/ports/2023">the national statistics office</a>, which counts every container.</p>
${PROSE}</article></body></html>`;
}

describe("the worker reads the page's copy", () => {
  it('extracts what the page shows and finds the live anchors of each source again', async () => {
    const live = parseHtml(articleHtml());
    // What the live page would serialise, with a <noscript> and a <template> that a browser does not
    // parse into elements there: the copy must number the links as the live page does.
    const html = articleHtml('<noscript><a href="https://cdn.example.net/no-js">Turn on JavaScript</a></noscript><template><a href="https://example.com/tpl">t</a></template>');
    const out = await extractCopy({ url: URL, html }, parseHtml, { ...pacing, force: false });
    if (!out.ok) throw new Error(out.detail);
    expect(out.extraction.article.title).toBe('Port traffic rises');
    expect(out.extraction.article.authors).toContain('Ada Lind');
    const urls = out.badges.sources.map((s) => s.source.url);
    expect(urls).toEqual(expect.arrayContaining(['https://www.reuters.com/markets/port-traffic-2023', 'https://stats.example.org/ports/2023']));
    expect(urls).not.toContain('https://cdn.example.net/no-js');
    const resolve = anchorResolver(pageLinks(live));
    const found = out.badges.sources.map((s) => ({ url: s.source.url, texts: resolve(s.anchors).map((a) => a.textContent) }));
    expect(found).toEqual(
      expect.arrayContaining([
        { url: 'https://www.reuters.com/markets/port-traffic-2023', texts: ['Reuters reported'] },
        { url: 'https://stats.example.org/ports/2023', texts: ['the national statistics office'] },
      ]),
    );
  });

  it('finds the anchors by their href when the page changed after it was copied', async () => {
    const out = await scanCopy({ url: URL, html: articleHtml() }, parseHtml, pacing);
    const reuters = out.sources.find((s) => s.source.url.includes('reuters'))!;
    expect(reuters.anchors).toHaveLength(1);
    // The page added links above the article meanwhile: every position moved.
    const live = parseHtml(articleHtml('<p><a href="/live-1">Live</a> <a href="/live-2">Live</a></p>'));
    const [anchor] = anchorResolver(pageLinks(live))(reuters.anchors);
    expect(anchor?.textContent).toBe('Reuters reported');
    // An anchor the page removed gets no badge rather than someone else's.
    const gone = parseHtml(articleHtml().replace('<a href="https://www.reuters.com/markets/port-traffic-2023">Reuters reported</a>', 'Reuters reported'));
    expect(anchorResolver(pageLinks(gone))(reuters.anchors)).toEqual([]);
  });
});

describe('a page too large to read', () => {
  it('is refused with the reason, before it is parsed', async () => {
    const html = articleHtml(`<p>${'word '.repeat(1_700_000)}</p>`);
    const out = await extractCopy({ url: URL, html }, () => {
      throw new Error('parsed');
    }, { ...pacing, force: true });
    expect(out).toMatchObject({ ok: false, reason: 'error', why: { code: 'unreadable' } });
    expect(!out.ok && out.detail).toMatch(/too large to read \(8\.5 million characters of markup without its scripts; the limit is 8 million\)/);
  });
});

describe('serialising the page in slices', () => {
  it('writes what documentElement.outerHTML writes, pausing between slices', async () => {
    const doc = parseHtml(longRead().replace('<body>', '<body><!-- a comment --><p>Fish &amp; chips &lt;3 at 5&nbsp;pm</p>'));
    let pauses = 0;
    const out = await serializeInSlices(doc, { budgetMs: 0, pause: async () => void pauses++, maxChars: 1e9 });
    expect(out).toEqual({ html: doc.documentElement.outerHTML, cut: false });
    // Split into many pieces: the page is never serialised in one go.
    expect(pauses).toBeGreaterThan(10);
  });

  it('stops once the page is larger than the limit, and says so', async () => {
    const doc = parseHtml(longRead());
    const out = await serializeInSlices(doc, { budgetMs: 1000, pause: () => Promise.resolve(), maxChars: 50_000 });
    expect(out.cut).toBe(true);
    expect(out.html.length).toBeLessThan(doc.documentElement.outerHTML.length);
  });
});

describe('dropping what the copy does not need', () => {
  it('keeps JSON-LD and text; drops scripts, styles, SVG, <noscript> and <template>', () => {
    const html = '<p>a<SCRIPT src=x>var a="<p>";</script >b<script type="application/ld+json">{"a":1}</script><svg><a href=x>t</a></svg>c<noscript><a href=y>n</a></noscript>d<style>p{}</STYLE>e<template><p>t</p></template>f';
    expect(dropDeadWeight(html)).toBe('<p>ab<script type="application/ld+json">{"a":1}</script>cdef');
  });

  it('stays linear on unclosed tags (a ratio to one regex pass over the same markup)', () => {
    const hostile = `${'<svg>'.repeat(40_000)}<p>text</p>${'<style x>'.repeat(20_000)}<script a=${'b'.repeat(100_000)}`;
    const time = (f: () => unknown) => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        f();
        best = Math.min(best, performance.now() - t);
      }
      return Math.max(best, 0.5);
    };
    const plain = time(() => hostile.replace(/</g, ''));
    const ours = time(() => dropDeadWeight(hostile));
    // A scan per unclosed tag to the end of the page (the old single regex) is thousands of times the plain pass.
    expect(ours / plain).toBeLessThan(100);
    expect(dropDeadWeight(hostile)).toBe(hostile);
  });
});
