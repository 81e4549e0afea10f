import { describe, expect, it } from 'vitest';
import { readBody } from '../../lib/extract/body';
import { parseHtml } from '../../lib/platform/html';

const prose = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the report says the council approved the new budget after a long debate, and the mayor said the money would go to schools, roads and parks over the next three years.</p>`).join('');
const page = (article: string) =>
  `<!doctype html><html lang="en"><head><title>Council passes budget</title></head><body><main><article><h1>Council passes budget</h1>${article}</article></main></body></html>`;
const text = (article: string) => readBody(parseHtml(page(article)))?.text ?? '';

describe('readBody text', () => {
  it('keeps a break between adjacent blocks and table cells', () => {
    const t = text(`${prose(4)}<p>The vote ended.</p><p>Next came the parks plan.</p><table><tr><td>FL</td><td>June 5</td></tr></table>`);
    expect(t).toContain('The vote ended.\n\nNext came the parks plan.');
    expect(t).not.toMatch(/ended\.Next/);
    expect(t).not.toMatch(/FLJune/);
  });
});
