import { describe, expect, it } from 'vitest';
import { elementsByTag } from '../../lib/extract/dom/by-tag';
import { readMetadata } from '../../lib/extract/metadata/read-metadata';
import { baseUrlOf } from '../../lib/extract/page-text';
import { parseHtml } from '../../lib/platform/html';

const page = `<!doctype html><html><head>
<meta name="author" content="Ana Ruiz"><template><meta name="author" content="Template Person"><base href="https://tpl.example/"></template>
<script type="Application/LD+JSON">{"@type":"NewsArticle","headline":"Bridge closes","datePublished":"2024-03-02T10:00:00Z"}</script>
<template><script type="application/ld+json">{"@type":"NewsArticle","headline":"Not this one"}</script></template>
</head><body><base target="_blank"><base href="/news/"><p>One</p><div><p>Two</p><template><p>Hidden</p></template></div></body></html>`;

describe('elements by tag', () => {
  it('lists what querySelectorAll lists, in document order, without template contents', () => {
    const doc = parseHtml(page);
    for (const tag of ['meta', 'p', 'script', 'base']) {
      expect(elementsByTag(doc, tag)).toEqual(Array.from(doc.querySelectorAll(tag)));
    }
    expect(elementsByTag(doc, 'p').map((p) => p.textContent)).toEqual(['One', 'Two']);
  });

  it('gives metadata, JSON-LD and the base URL as the selectors did', () => {
    const doc = parseHtml(page);
    expect(baseUrlOf(doc, 'https://site.example/a/b')).toBe('https://site.example/news/');
    const meta = readMetadata(doc, 'https://site.example/a/b', null);
    expect(meta.authors).toEqual(['Ana Ruiz']);
    // The JSON-LD block's type is matched without case, as [type="application/ld+json"] matches it.
    expect(meta.title).toBe('Bridge closes');
    expect(meta.from.publishedTime).toBe('json-ld');
  });
});
