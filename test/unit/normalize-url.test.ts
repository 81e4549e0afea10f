import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '../../lib/extract/links/normalize-url';

const base = 'https://news.example.com/2024/story/';

describe('normalizeUrl', () => {
  it('drops the fragment, an empty one too', () => {
    expect(normalizeUrl('https://ex.org/a#section-2', base)).toBe('https://ex.org/a');
    expect(normalizeUrl('https://ex.org/a#', base)).toBe('https://ex.org/a');
    expect(normalizeUrl('#top', base)).toBeNull();
  });

  it('removes trackers and keeps the parameters that select content', () => {
    expect(normalizeUrl('https://ex.org/r?id=7&utm_source=tw&fbclid=abc&gclid=x&mc_cid=1', base)).toBe('https://ex.org/r?id=7');
    expect(normalizeUrl('https://ex.org/r?utm_medium=email', base)).toBe('https://ex.org/r');
  });

  it('resolves relative links against the base, and parses absolute ones alone', () => {
    expect(normalizeUrl('../data.html', base)).toBe('https://news.example.com/2024/data.html');
    expect(normalizeUrl('//cdn.example.net/x', base)).toBe('https://cdn.example.net/x');
    expect(normalizeUrl('HTTPS://Ex.ORG/A', base)).toBe('https://ex.org/A');
  });

  it('unwraps AMP cache addresses to the publisher address inside them, and guesses nothing else', () => {
    expect(normalizeUrl('https://www-ex-com.cdn.ampproject.org/c/s/www.ex.com/story/amp/', base)).toBe('https://www.ex.com/story/amp/');
    expect(normalizeUrl('https://www.google.com/amp/s/www.ex.com/story.amp.html', base)).toBe('https://www.ex.com/story.amp.html');
    // The AMP host serves the page; the address without "amp." may not exist.
    expect(normalizeUrl('https://amp.theguardian.com/world/2024/may/01/story', base)).toBe('https://amp.theguardian.com/world/2024/may/01/story');
    expect(normalizeUrl('https://ex.com/story.amp.html?amp=1&utm_source=x', base)).toBe('https://ex.com/story.amp.html?amp=1');
  });

  it('refuses what is not a web page link', () => {
    for (const href of ['javascript:alert(1)', 'mailto:a@ex.org', 'tel:+123', 'data:text/html,hi', '', '   ']) expect(normalizeUrl(href, base)).toBeNull();
  });
});
