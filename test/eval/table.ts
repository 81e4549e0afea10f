/** One evaluation's results, as rows of the table `npm run eval` prints. */
export interface EvalRow {
  metric: string;
  value: string;
  /** What the issue asks for, e.g. "≥ 0.90". */
  target?: string;
  /** True/false when a target exists and is met / missed. */
  met?: boolean;
  note?: string;
}

export interface EvalSection {
  name: string;
  rows: EvalRow[];
  /** When the corpus is absent: why this section was skipped. */
  skipped?: string;
}

export const fmt = (x: number, digits = 3) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

export function renderTable(sections: EvalSection[]): string {
  const lines: string[] = ['| section | metric | value | target | met | note |', '| --- | --- | --- | --- | --- | --- |'];
  for (const s of sections) {
    if (s.skipped) {
      lines.push(`| ${s.name} | — | skipped | | | ${s.skipped} |`);
      continue;
    }
    for (const r of s.rows) {
      lines.push(`| ${s.name} | ${r.metric} | ${r.value} | ${r.target ?? ''} | ${r.met === undefined ? '' : r.met ? 'yes' : 'NO'} | ${r.note ?? ''} |`);
    }
  }
  return lines.join('\n');
}
