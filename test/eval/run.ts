/**
 * `npm run eval`: scores extraction and checking on the shared corpora (read in
 * place; sections are skipped with a message when a corpus is absent).
 */
import '../../lib/outlets/bundled'; // the outlet table, with the code (lib/outlets/table.ts)
import { evaluate as attribution } from './attribution';
import { evaluate as body } from './body';
import { evaluate as citedLinks } from './cited-links';
import { evaluate as cjkGate } from './cjk-gate';
import { evaluate as falseAlarms } from './false-alarms';
import { evaluate as metadata } from './metadata';
import { evaluate as polnear } from './polnear';
import { evaluate as readability } from './readability';
import { evaluate as summary } from './summary';
import { renderTable, type EvalSection } from './table';
import { evaluate as wice } from './wice';
import { evaluate as wiceZh } from './wice-zh';

const sections: EvalSection[] = [];
for (const [name, run] of [
  ['metadata', metadata],
  ['body', body],
  ['readability', readability],
  ['CJK article gate', cjkGate],
  ['cited links', citedLinks],
  ['verdicts (false alarms, false supported)', falseAlarms],
  ['attribution (cited-link set)', attribution],
  ['claims (PolNeAR)', polnear],
  ['claim support (WiCE)', wice],
  ['cross-language claim support (WiCE-zh)', wiceZh],
  ['summaries', summary],
] as const) {
  process.stderr.write(`eval: ${name}…\n`);
  try {
    sections.push(await run());
  } catch (e) {
    sections.push({ name, rows: [{ metric: 'evaluation failed', value: String(e), met: false }] });
  }
}
console.log(renderTable(sections));
