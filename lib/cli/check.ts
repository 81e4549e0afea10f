import '../outlets/bundled'; // the outlet table, with the code (lib/outlets/table.ts)
import { loadLexiconNode } from '../platform/lexicon-node';
import { setMaxListeners } from 'node:events';
import { readFileSync } from 'node:fs';
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
import { parseCommand, usageError } from './args';
import { fail, httpUrlOption, numberOption, readHtmlFile, runMain, writeOut } from './io';

const USAGE = `usage: check <page.html|URL> [options]

Reads an article (a saved page or a URL), checks every source it cites and prints the report.

  --url <page-url>            the page's address (required with a file)
  --format json|markdown      output format (default json)
  --host-rules "MAP host addr:port, …"
                              send requests for matching hosts to another address
  --insecure                  accept any TLS certificate
  --allow-private-network     allow fetching private-network addresses
  --timeout <s>               per-fetch timeout in seconds
  --no-wayback                do not look up archived copies of dead links
  --force                     read the page even if it does not look like an article
  -h, --help                  print this help and exit
  --version                   print the version and exit`;

async function main() {
  const parsed = parseCommand({
    usage: USAGE,
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
  const { values, positionals } = parsed;
  const input = positionals[0];
  if (!input) usageError('check: a page file or URL is required', USAGE);
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
    if (!values.url) usageError('check: --url is required with a file', USAGE);
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
  if (!out.ok) fail(`no article at ${pageUrl}: ${out.detail}`);
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
