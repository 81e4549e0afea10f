import { describe, expect, it } from 'vitest';
import { authorDateLabel, parseEntry } from '../../lib/extract/references/parse-entry';

describe('reference entries into CSL-JSON fields', () => {
  it('reads an APA entry with a DOI', () => {
    const e = parseEntry('[3] Okafor, N., & Lindqvist, E. (2021). Harbour dredging and silt budgets. Journal of Coastal Engineering, 14(2), 55–71. https://doi.org/10.1234/jce.2021.0142');
    expect(e).toMatchObject({
      number: 3,
      author: [{ family: 'Okafor', given: 'N.' }, { family: 'Lindqvist', given: 'E.' }],
      title: 'Harbour dredging and silt budgets',
      'container-title': 'Journal of Coastal Engineering',
      issued: { 'date-parts': [[2021]] },
      DOI: '10.1234/jce.2021.0142',
      URL: 'https://doi.org/10.1234/jce.2021.0142',
    });
  });

  it('reads a news-style entry: names, quoted title, publication, full date, URL', () => {
    const e = parseEntry('2. Maria Lopez and Tomas Rivera, “Rents climb for a third year,” Port Calder Courier, March 4, 2024, https://www.port-calder-courier.example/2024/03/04/rents/.');
    expect(e).toMatchObject({
      number: 2,
      author: [{ given: 'Maria', family: 'Lopez' }, { given: 'Tomas', family: 'Rivera' }],
      title: 'Rents climb for a third year',
      'container-title': 'Port Calder Courier',
      issued: { 'date-parts': [[2024, 3, 4]] },
      URL: 'https://www.port-calder-courier.example/2024/03/04/rents/',
    });
  });

  it('reads an MLA entry with an organisation as author and the italic container from the page', () => {
    const e = parseEntry('European Cycle Trade Federation. “Market Report 2023.” ECTF, 12 May 2023, www.ectf.example/report.', { italic: 'ECTF', url: 'https://www.ectf.example/report' });
    expect(e).toMatchObject({
      author: [{ literal: 'European Cycle Trade Federation' }],
      title: 'Market Report 2023',
      'container-title': 'ECTF',
      issued: { 'date-parts': [[2023, 5, 12]] },
      URL: 'https://www.ectf.example/report',
    });
  });

  it('reads a Chinese GB/T 7714 entry', () => {
    const e = parseEntry('[1] 张三, 李四. 南部水库蓄水率研究[J]. 水利学报, 2023, 54(3): 12-20.');
    expect(e).toMatchObject({ number: 1, author: [{ literal: '张三' }, { literal: '李四' }], title: '南部水库蓄水率研究', 'container-title': '水利学报', issued: { 'date-parts': [[2023]] } });
  });

  it('numbers an unnumbered entry by its place in the list, and labels author–date entries', () => {
    const e = parseEntry('Smith, J. (2020). Tides. Ocean Letters.', { position: 4 });
    expect(e.number).toBe(4);
    expect(authorDateLabel(e)).toBe('Smith 2020');
  });
});
