/**
 * Where the page script's first evaluation (page-badges.js's top-level run) spends its time, by
 * source module: a V8 CPU profile of loading the reference article, samples mapped back through the
 * build's source map. Not part of `npm run bench` (the profiler slows what it measures; the bench's
 * trace gives the real task lengths); a tool for finding what to cut.
 *
 *   SOURCE_LENS_SOURCEMAP=1 npx wxt build && npx tsx test/bench/profile-page-script.ts [build dir] [loads]
 *
 * Module bodies are inlined into the bundle's one top-level function, so their own work shows as
 * "(top level)" with the bundle line's largest modules named; calls they make are named by function.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map';
import { EXTENSION_DIR, launchWithExtension } from '../e2e/browser';
import { REFERENCE_ARTICLE_URL } from '../web/routes';

const SCRIPT = 'page-badges.js';
const dir = process.argv[2] ?? EXTENSION_DIR;
const loads = Number(process.argv[3] ?? 3);
if (!existsSync(join(dir, `${SCRIPT}.map`))) throw new Error(`no ${SCRIPT}.map in ${dir}: build with SOURCE_LENS_SOURCEMAP=1`);

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const profiles: Profile[] = [];
const b = await launchWithExtension({ devtools: true, extensionDir: dir });
try {
  for (let i = 0; i < loads; i++) {
    const page = await b.context.newPage();
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(REFERENCE_ARTICLE_URL, { waitUntil: 'load' });
    await page.waitForTimeout(3000);
    profiles.push(((await cdp.send('Profiler.stop')) as { profile: Profile }).profile);
    await page.close();
  }
} finally {
  await b.close();
}

const map = await new SourceMapConsumer(JSON.parse(readFileSync(join(dir, `${SCRIPT}.map`), 'utf8')));
const short = (s: string | null | undefined) => (s ?? '?').replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '');
const ours = (n: Node) => n.callFrame.url.endsWith(`/${SCRIPT}`);
// Bytes of each bundle line by source module, to name what "(top level)" time on a line is.
const lineModules = new Map<number, Map<string, number>>();
let prev: { generatedLine: number; generatedColumn: number; source: string | null } | null = null;
map.eachMapping((m) => {
  if (prev && prev.generatedLine === m.generatedLine) {
    const row = lineModules.get(prev.generatedLine) ?? new Map<string, number>();
    lineModules.set(prev.generatedLine, row);
    row.set(short(prev.source), (row.get(short(prev.source)) ?? 0) + m.generatedColumn - prev.generatedColumn);
  }
  prev = m;
});

const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
const top = (m: Map<string, number>, n: number, total: number) =>
  [...m].sort((p, q) => q[1] - p[1]).slice(0, n).map(([k, v]) => `  ${v.toFixed(1).padStart(6)} ms ${((100 * v) / total).toFixed(0).padStart(3)}%  ${k}`).join('\n');

profiles.forEach((profile, run) => {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // The script's top level: the outermost frame of the bundle (its IIFE) under the evaluation.
  const isEvaluation = (n: Node) => ours(n) && n.callFrame.lineNumber === 0 && n.callFrame.columnNumber === 0;
  const byModule = new Map<string, number>();
  const topLines = new Map<number, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const stack: Node[] = [];
    for (let n = byId.get(id); n; n = byId.get(parent.get(n.id)!)) stack.push(n);
    if (!stack.some(isEvaluation)) return;
    total += ms;
    const frame = stack.find(ours)!;
    const pos = map.originalPositionFor({ line: frame.callFrame.lineNumber + 1, column: frame.callFrame.columnNumber });
    add(byModule, pos.source ? short(pos.source) : '(top level: module bodies)', ms);
  });
  // Where in the bundle the top-level function's own samples fell (line granularity).
  for (const n of profile.nodes) {
    const p = byId.get(parent.get(n.id) ?? -1);
    if (ours(n) && p && isEvaluation(p)) for (const t of n.positionTicks ?? []) topLines.set(t.line, (topLines.get(t.line) ?? 0) + t.ticks);
  }
  const ticks = [...topLines.values()].reduce((s, t) => s + t, 0) || 1;
  console.log(`load ${run + 1}: top-level run of ${SCRIPT}, ${total.toFixed(1)} ms sampled (profiler overhead included)`);
  console.log(top(byModule, 15, total));
  console.log('  top-level own time by bundle line (share of its samples) and the modules filling that line:');
  for (const [line, t] of [...topLines].sort((p, q) => q[1] - p[1]).slice(0, 4)) {
    const mods = [...(lineModules.get(line) ?? [])].sort((p, q) => q[1] - p[1]).slice(0, 3).map(([k, v]) => `${k} ${(v / 1000).toFixed(0)} kB`).join(', ');
    console.log(`    ${((100 * t) / ticks).toFixed(0).padStart(3)}%  line ${line}: ${mods}`);
  }
});
process.exit(0);
