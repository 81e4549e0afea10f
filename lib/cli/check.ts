import { loadLexiconNode } from '../platform/lexicon-node';
import { setMaxListeners } from 'node:events';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { decodeBody } from '../check/decode';
import { parseHostRules } from '../check/host-rules';
import { checkUrlPolicy } from '../check/policy';
import { withRetry } from '../check/retry';
import { extractArticle } from '../extract/extract-article';
import { HtmlParseError, parseHtml } from '../platform/html';
import { createNodeHttpClient } from '../platform/node-http';
import { checkArticleReport, checkSettingsFrom } from '../report/check-page';
import { renderMarkdown } from '../report/markdown';
import { DEFAULT_SETTINGS, numberLimits } from '../schema/settings';
import { fail, httpUrlOption, numberOption, readHtmlFile, runMain, writeOut } from './io';

const USAGE =
  'usage: check <page.html|URL> [--url <page-url>] [--host-rules "MAP host addr:port, …"] [--insecure] [--allow-private-network] [--format json|markdown] [--timeout <s>] [--no-wayback]';

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        'host-rules': { type: 'string' },
        insecure: { type: 'boolean', default: false },
        'allow-private-network': { type: 'boolean', default: false },
        format: { type: 'string', default: 'json' },
        timeout: { type: 'string' },
        'no-wayback': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const input = positionals[0];
  if (!input) fail(USAGE);
  if (values.format !== 'json' && values.format !== 'markdown') fail(`--format must be json or markdown, not ${values.format}`);
  let hostRules;
  try {
    hostRules = values['host-rules'] ? parseHostRules(values['host-rules']) : [];
  } catch (e) {
    fail((e as Error).message);
  }
  // The settings page's limits: outside them a timeout means nothing (1e9 s overflowed the timer into 1 ms).
  const timeoutSeconds = values.timeout !== undefined ? numberOption('--timeout', values.timeout, numberLimits('timeoutSeconds'), 'seconds') : DEFAULT_SETTINGS.timeoutSeconds;
  if (values.url !== undefined) httpUrlOption('--url', values.url);
  const settings = checkSettingsFrom({ ...DEFAULT_SETTINGS, timeoutSeconds, allowPrivateNetwork: values['allow-private-network'], wayback: !values['no-wayback'] });
  const http = withRetry(createNodeHttpClient({ hostRules, insecure: values.insecure }));

  let html: string;
  let pageUrl: string;
  if (/^https?:\/\//i.test(input)) {
    pageUrl = values.url ?? input;
    const policy = checkUrlPolicy(input, settings);
    if (!policy.ok) fail(`cannot fetch ${input}: ${policy.reason}`);
    try {
      const res = await http({ url: input, signal: new AbortController().signal, timeoutMs: settings.timeoutMs, maxBytes: settings.maxBytes, allowPrivateNetwork: settings.allowPrivateNetwork });
      if (res.status >= 400) fail(`cannot fetch ${input}: HTTP ${res.status}`);
      html = decodeBody(res.body, res.headers['content-type']).text;
      pageUrl = values.url ?? res.finalUrl;
    } catch (e) {
      fail(`cannot fetch ${input}: ${(e as Error).message}`);
    }
  } else {
    if (!values.url) fail(`--url is required with a file\n${USAGE}`);
    pageUrl = values.url;
    try {
      html = readHtmlFile(input);
    } catch (e) {
      fail(`cannot read ${input}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
  }

  let doc: Document;
  try {
    doc = parseHtml(html);
  } catch (e) {
    fail(`cannot read ${input}: ${e instanceof HtmlParseError ? e.message : String(e)}`);
  }
  const out = extractArticle(doc, pageUrl, { force: values.force });
  const controller = new AbortController();
  // Every check in flight listens for cancellation on this one signal.
  setMaxListeners(1000, controller.signal);
  if (!out.ok) fail(`no article at ${pageUrl}: ${out.detail}`, 2);
  const report = await checkArticleReport(out.extraction, {
    http,
    parseHtml,
    settings,
    loadLexicon: loadLexiconNode,
    concurrency: DEFAULT_SETTINGS.concurrency,
    perHostConcurrency: DEFAULT_SETTINGS.perHostConcurrency,
    signal: controller.signal,
  });
  await writeOut(values.format === 'markdown' ? renderMarkdown(report) : JSON.stringify(report, null, 2) + '\n');
  process.exit(0);
}

runMain('check', main);
