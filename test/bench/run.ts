/**
 * `npm run bench`: speed and memory, with ratios measured side by side in one
 * run (the machine is noisy). Needs the built extension for the browser part.
 */
import '../../lib/outlets/bundled'; // the outlet table, with the code (lib/outlets/table.ts)
import { spawnSync } from 'node:child_process';
import { renderTable, type EvalRow } from '../eval/table';
import { browserBench } from './browser';
import { crossLanguageClaims } from './cross-language';
import { checkThroughput, corpusVsReadability, extractionVsReadability, memoryAfterChecks, perSourceCpu } from './node';
import { pageLoadBench } from './page-load';
import { scaleBench } from './scale';
import { workerStartBench } from './worker-start';

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
if (build.status !== 0) throw new Error('wxt build failed');

// `npm run bench -- scale` runs only the steps whose names contain one of the words.
const only = process.argv.slice(2);
const steps = [extractionVsReadability, corpusVsReadability, checkThroughput, perSourceCpu, memoryAfterChecks, crossLanguageClaims, browserBench, pageLoadBench, workerStartBench, scaleBench].filter((s) => !only.length || only.some((w) => s.name.toLowerCase().includes(w.toLowerCase())));
const rows: EvalRow[] = [];
for (const step of steps) {
  process.stderr.write(`bench: ${step.name}…\n`);
  rows.push(...(await step()));
}
console.log(renderTable([{ name: 'bench', rows }]));
process.exit(0);
