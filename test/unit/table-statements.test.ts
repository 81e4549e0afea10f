import { describe, expect, it } from 'vitest';
import { definitionStatements, tableStatements } from '../../lib/extract/dom/table-statements';
import { checkNumbers } from '../../lib/check/compare/numbers';
import { extractNumberFacts } from '../../lib/text/numbers';
import { parseHtml } from '../../lib/platform/html';

const table = (html: string) => parseHtml(`<!doctype html><html><body>${html}</body></html>`).querySelector('table, dl')!;

describe('tables and definition lists read as statements', () => {
  it('reads each cell with its row and column headers, the scale from the header after the figure', () => {
    const t = table(`<table><caption>Tourist spending</caption>
      <thead><tr><th>Quarter</th><th>Value (EUR million)</th><th>Change (%)</th></tr></thead>
      <tbody><tr><th>Q4 2018</th><td>158</td><td>-25.5</td></tr><tr><th>Q1 2019</th><td>171</td><td>8.2</td></tr></tbody></table>`);
    const s = tableStatements(t);
    expect(s).toContain('Tourist spending, Q1 2019, Value (EUR million): 171 million.');
    expect(s).toContain('Tourist spending, Q1 2019, Change (%): 8.2%.');
    // The claim's "€171 million" finds the cell; before, "171" alone was a different figure.
    const facts = s.map((x) => extractNumberFacts(x));
    expect(checkNumbers('Spending reached €171 million in 2019.', facts).missing).toEqual([]);
    expect(checkNumbers('Spending reached €171 million.', [extractNumberFacts('Value (EUR million) 171')]).missing.map((f) => f.text)).toEqual(['171 million']);
  });

  it('takes 万 and 亿 from Chinese headers, and a header row and column of words when there is no <th>', () => {
    const t = table(`<table><tr><td>地区</td><td>游客（万人次）</td><td>收入（亿元）</td></tr>
      <tr><td>福州</td><td>120</td><td>15.6</td></tr></table>`);
    // No <th> and no <thead>: a first row of words above figures is the header row, a first column of words names the rows.
    const s = tableStatements(t);
    expect(s).toEqual(['福州, 游客（万人次）: 120万.', '福州, 收入（亿元）: 15.6亿.']);
    expect(checkNumbers('福州接待游客120万人次', s.map((x) => extractNumberFacts(x))).missing).toEqual([]);
  });

  it('leaves a layout table of prose alone', () => {
    const prose = 'A long paragraph of article text that happens to sit in a layout table cell, as old sites do, and goes on well past any header-like length so that it is clearly prose and not a figure in a data table.';
    expect(tableStatements(table(`<table><tr><td>${prose}</td><td>${prose}</td></tr><tr><td>${prose}</td><td>x</td></tr></table>`))).toEqual([]);
  });

  it('reads a definition list as "term: definition", with the unit from the term', () => {
    const s = definitionStatements(table('<dl><dt>Overnight stays (thousands)</dt><dd>1,240</dd><dt>Method</dt><dd>A survey of 3,000 visitors</dd></dl>'));
    expect(s).toEqual(['Overnight stays (thousands): 1,240 thousand.', 'Method: A survey of 3,000 visitors.']);
    expect(checkNumbers('There were 1.24 million overnight stays.', s.map((x) => extractNumberFacts(x))).missing).toEqual([]);
  });
});
