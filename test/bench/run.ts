/**
 * `npm run bench`: speed and memory, with ratios measured side by side in one
 * run (the machine is noisy). Needs the built extension for the browser part.
 */
import { spawnSync } from 'node:child_process';
import { renderTable, type EvalRow } from '../eval/table';
import { browserBench } from './browser';
import { checkThroughput, extractionVsReadability, memoryAfterChecks, perSourceCpu } from './node';

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
if (build.status !== 0) throw new Error('wxt build failed');

const rows: EvalRow[] = [];
for (const step of [extractionVsReadability, checkThroughput, perSourceCpu, memoryAfterChecks, browserBench]) {
  process.stderr.write(`bench: ${step.name}…\n`);
  rows.push(...(await step()));
}
console.log(renderTable([{ name: 'bench', rows }]));
process.exit(0);
