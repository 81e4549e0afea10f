import { setMaxListeners } from 'node:events';
import { checkArticle } from '../../lib/check/check-article';
import { decodeBody } from '../../lib/check/decode';
import { parseHostRules } from '../../lib/check/host-rules';
import { createLimiter } from '../../lib/check/limiter';
import { withRetry } from '../../lib/check/retry';
import { extractArticle } from '../../lib/extract/extract-article';
import { parseHtml } from '../../lib/platform/html';
import { createNodeHttpClient } from '../../lib/platform/node-http';
import { buildFullReport, type FullReport } from '../../lib/report/full-report';
import type { FixtureWeb } from '../web/server';

/** Fetches a page of the fixture web and checks its sources, as the CLI does. */
export async function checkFixturePage(web: FixtureWeb, url: string, options: { timeoutMs?: number; wayback?: boolean } = {}): Promise<FullReport> {
  const http = withRetry(createNodeHttpClient({ hostRules: parseHostRules(web.hostRules), insecure: true }), { baseDelayMs: 200, maxDelayMs: 5000 });
  const controller = new AbortController();
  setMaxListeners(1000, controller.signal);
  const page = await http({ url, signal: controller.signal, timeoutMs: 10_000, maxBytes: 3 << 20, allowPrivateNetwork: false });
  const out = extractArticle(parseHtml(decodeBody(page.body, page.headers['content-type']).text), url);
  if (!out.ok) throw new Error(out.detail);
  const checks = await checkArticle(out.extraction, {
    settings: { timeoutMs: options.timeoutMs ?? 2000, maxBytes: 3 << 20, allowPrivateNetwork: false, wayback: options.wayback ?? true, summarySentences: 3 },
    deps: { http, parseHtml, now: Date.now },
    limiter: createLimiter(6, 2),
    cache: null,
    bypassCache: () => true,
    signal: controller.signal,
    onProgress: () => undefined,
  });
  return buildFullReport(out.extraction, new Map(checks.map((c) => [c.url, c])));
}
