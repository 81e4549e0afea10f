/**
 * `npm run demo`: builds the extension, starts the local fixture web and opens
 * Chromium with the extension on the reference article. With a display it is
 * headful for a person to use; without one it runs headless and writes the
 * popup screenshot and the JSON and Markdown reports into a folder it prints.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildFullReport } from '../../lib/report/full-report';
import { renderMarkdown } from '../../lib/report/markdown';
import { checksOf } from '../../lib/report/select';
import { TabReport } from '../../lib/schema/report';
import { parseCommand } from '../../lib/cli/args';
import { launchWithExtension } from '../e2e/browser';
import { REFERENCE_ARTICLE_URL } from '../web/routes';

parseCommand({
  usage: `usage: npm run demo [-- --help | --version]

Builds the extension, starts the local fixture web and opens Chromium on the reference article
(headless without a display: writes the popup screenshot, report.json and report.md to a folder it
prints). CHROMIUM_PATH names the browser; DEMO_HEADLESS=1 forces headless.`,
  options: {},
  positionals: false,
});

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const headful = !!process.env.DISPLAY && process.env.DEMO_HEADLESS !== '1';
const browser = await launchWithExtension({ headful });
console.log(`fixture web: https://127.0.0.1:${browser.web.port} (all hosts mapped to it)`);
const { tabId } = await browser.openTab(REFERENCE_ARTICLE_URL);

if (headful) {
  console.log('Chromium is open on the reference article. Click the Source Lens toolbar button (pin it from the puzzle menu).');
  console.log('Close the browser window or press Ctrl+C to end the demo.');
  await new Promise<void>((done) => {
    browser.context.on('close', () => done());
    process.on('SIGINT', () => done());
  });
  await browser.close().catch(() => undefined);
  process.exit(0);
}

const popup = await browser.openPopup(tabId);
await popup.waitForSelector('main[data-phase="done"], main[data-phase="not-article"], main[data-phase="error"]', { timeout: 60_000 });
const raw = await popup.evaluate(async (id) => chrome.runtime.sendMessage({ type: 'report/get', payload: { tabId: id } }), tabId);
const report = TabReport.parse((raw as { data: unknown }).data);
const out = resolve('demo-output', new Date().toISOString().replace(/[:.]/g, '-'));
mkdirSync(out, { recursive: true });
await popup.screenshot({ path: join(out, 'popup.png'), fullPage: true });
if (report.extraction) {
  const checks = checksOf(report);
  const full = buildFullReport(report.extraction, checks);
  writeFileSync(join(out, 'report.json'), JSON.stringify(full, null, 2));
  writeFileSync(join(out, 'report.md'), renderMarkdown(full));
}
await browser.close();
console.log(`demo output (popup screenshot, report.json, report.md): ${out}`);
