import { setMaxListeners } from 'node:events';
import { decodeBody } from '../../lib/check/decode';
import { parseHostRules } from '../../lib/check/host-rules';
import { withRetry } from '../../lib/check/retry';
import { extractArticle } from '../../lib/extract/extract-article';
import { parseHtml } from '../../lib/platform/html';
import { loadLexiconNode } from '../../lib/platform/lexicon-node';
import { createNodeHttpClient } from '../../lib/platform/node-http';
import { checkArticleReport } from '../../lib/report/check-page';
import type { FullReport } from '../../lib/report/full-report';
import type { FixtureWeb } from '../web/server';

/** Fetches a page of the fixture web and checks its sources, as the CLI does. */
export async function checkFixturePage(
  web: FixtureWeb,
  url: string,
  options: { timeoutMs?: number; wayback?: boolean; translationsFor?: (url: string) => ReadonlyMap<number, string> | undefined } = {},
): Promise<FullReport> {
  const http = withRetry(createNodeHttpClient({ hostRules: parseHostRules(web.hostRules), insecure: true }), { baseDelayMs: 200, maxDelayMs: 5000 });
  const controller = new AbortController();
  setMaxListeners(1000, controller.signal);
  const page = await http({ url, signal: controller.signal, timeoutMs: 10_000, maxBytes: 3 << 20, allowPrivateNetwork: false });
  const out = extractArticle(parseHtml(decodeBody(page.body, page.headers['content-type']).text), url);
  if (!out.ok) throw new Error(out.detail);
  return checkArticleReport(out.extraction, {
    http,
    parseHtml,
    loadLexicon: loadLexiconNode,
    translationsFor: options.translationsFor,
    settings: { timeoutMs: options.timeoutMs ?? 2000, maxBytes: 3 << 20, allowPrivateNetwork: false, wayback: options.wayback ?? true, summarySentences: 3 },
    concurrency: 6,
    perHostConcurrency: 2,
    signal: controller.signal,
  });
}
