import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fetchSource } from '../../lib/check/fetch-source';
import { MAX_ATTRIBUTE_CHARS, trimLongAttributes } from '../../lib/check/trim-html';
import { parseHtml } from '../../lib/platform/html';

const TEXT = 'The state water board said reservoir storage fell to 41 percent of capacity in August, the lowest level recorded in a decade.';
// 130,000 class tokens: linkedom spreads them into one call (classList.add(...tokens)) and overflows its stack.
const bloated = (quote = '"') => `<!doctype html><html><head><title>Reservoirs</title></head><body><article><h1>Reservoirs</h1><div id="x" class=${quote}${'a '.repeat(130_000)}${quote}><p>${TEXT}</p></div></article></body></html>`;

describe('parsing pages with pathological attributes', () => {
  it('linkedom alone overflows on the page (the failure this guards against)', () => {
    expect(() => parseHTML(bloated())).toThrow(RangeError);
  });

  it('parses it after cutting the attribute, keeping the text and the rest of the markup', () => {
    for (const quote of ['"', "'"]) {
      const doc = parseHtml(bloated(quote));
      const div = doc.getElementById('x')!;
      expect(div.classList.contains('a')).toBe(true);
      expect(trimLongAttributes(bloated(quote)).length).toBeLessThan(MAX_ATTRIBUTE_CHARS + 500);
      expect(doc.querySelector('p')!.textContent).toBe(TEXT);
      expect(doc.title).toBe('Reservoirs');
    }
  });

  it('leaves ordinary pages byte for byte as they were', () => {
    const page = `<html><body>${'<p class="lede story" data-x=\'1\' title="a = &quot;b&quot;">Text = "quoted" words.</p>'.repeat(2000)}</body></html>`;
    expect(page.length).toBeGreaterThan(MAX_ATTRIBUTE_CHARS);
    expect(trimLongAttributes(page)).toBe(page);
  });

  it('reports a source whose markup still cannot be read with a reason, not a stack overflow message', async () => {
    const body = new TextEncoder().encode(bloated());
    const snapshot = await fetchSource(
      'https://www.example-bloat.com/r',
      null,
      { timeoutMs: 5000, maxBytes: 5 << 20, allowPrivateNetwork: false, wayback: false },
      {
        http: async () => ({ status: 200, headers: { 'content-type': 'text/html' }, finalUrl: 'https://www.example-bloat.com/r', redirects: [], body, truncated: false, declaredLength: null }),
        // The bare parser, without the guard: its overflow must still come out as a reason.
        parseHtml: (html) => parseHTML(html).document as unknown as Document,
        now: () => 0,
      },
      new AbortController().signal,
    );
    expect(snapshot.error).toBe('the page could not be read (its markup is too large or too deeply nested)');
    const guarded = await fetchSource(
      'https://www.example-bloat.com/r',
      null,
      { timeoutMs: 5000, maxBytes: 5 << 20, allowPrivateNetwork: false, wayback: false },
      {
        http: async () => ({ status: 200, headers: { 'content-type': 'text/html' }, finalUrl: 'https://www.example-bloat.com/r', redirects: [], body, truncated: false, declaredLength: null }),
        parseHtml,
        now: () => 0,
      },
      new AbortController().signal,
    );
    expect(guarded.error).toBeNull();
    expect(guarded.text).toContain('41 percent');
  });
});
