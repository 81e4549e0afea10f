import { checkArticle } from '../check/check-article';
import type { FetchSettings } from '../check/fetch-source';
import type { HttpClient } from '../check/http';
import type { JudgeSettings } from '../check/judge-source';
import { createLimiter } from '../check/limiter';
import type { Extraction } from '../schema/extraction';
import type { Settings } from '../schema/settings';
import type { Lexicon } from '../text/lexicon/lexicon';
import { buildFullReport, type FullReport } from './full-report';

export interface CheckPageOptions {
  http: HttpClient;
  parseHtml: (html: string) => Document;
  settings: FetchSettings & JudgeSettings;
  /** The zh↔en lexicon's loader (the CLI compiles it from CC-CEDICT); without it cross-language claims say so. */
  loadLexicon?: () => Promise<Lexicon>;
  /** Claims translated by the browser, per source URL (claim index → text), as the popup sends them. */
  translationsFor?: (url: string) => ReadonlyMap<number, string> | undefined;
  concurrency: number;
  perHostConcurrency: number;
  signal: AbortSignal;
}

/** Checks every source of an extracted article at once, uncached, and folds the checks into the report (CLI, tests). */
export async function checkArticleReport(extraction: Extraction, options: CheckPageOptions): Promise<FullReport> {
  const checks = await checkArticle(extraction, {
    settings: options.settings,
    deps: { http: options.http, parseHtml: options.parseHtml, now: Date.now, loadLexicon: options.loadLexicon },
    limiter: createLimiter(options.concurrency, options.perHostConcurrency),
    cache: null,
    bypassCache: () => true,
    signal: options.signal,
    onProgress: () => undefined,
    translationsFor: options.translationsFor,
  });
  return buildFullReport(extraction, new Map(checks.map((c) => [c.url, c])));
}

/** The reader's settings as the checker takes them. */
export function checkSettingsFrom(settings: Settings) {
  return {
    timeoutMs: settings.timeoutSeconds * 1000,
    maxBytes: Math.round(settings.maxBodyMegabytes * 1024 * 1024),
    allowPrivateNetwork: settings.allowPrivateNetwork,
    wayback: settings.wayback,
    summarySentences: settings.summarySentences,
  };
}
