import type { SourceCheck, SourceSnapshot } from '../schema/check';
import type { Extraction } from '../schema/extraction';
import type { SourceProgress } from '../schema/report';
import type { CitedSource } from '../schema/source';
import { fetchSource, type FetchDeps, type FetchSettings } from './fetch-source';
import { judgeSource, needsLexicon, type JudgeSettings } from './judge-source';
import type { Limiter } from './limiter';
import { claimsFor, sourcesToCheck } from '../report/select';

export interface SnapshotCache {
  get(url: string): Promise<SourceSnapshot | null>;
  set(snapshot: SourceSnapshot): Promise<void>;
}

export interface CheckArticleOptions {
  settings: FetchSettings & JudgeSettings;
  deps: FetchDeps;
  limiter: Limiter;
  cache: SnapshotCache | null;
  /** URLs to fetch again even when cached ("recheck"). */
  bypassCache: (url: string) => boolean;
  signal: AbortSignal;
  onProgress: (progress: SourceProgress) => void;
  /** Claims the reader had the browser translate for this source (claim index → text in the source's language). */
  translationsFor?: (url: string) => ReadonlyMap<number, string> | undefined;
}

/** Checks every source of an article under the limits, reporting each step. */
export async function checkArticle(extraction: Extraction, options: CheckArticleOptions): Promise<SourceCheck[]> {
  const sources = sourcesToCheck(extraction);
  for (const s of sources) options.onProgress({ url: s.url, status: 'queued', check: null, cached: false });
  return Promise.all(sources.map((source) => checkOne(extraction, source, options)));
}

export async function checkOne(extraction: Extraction, source: CitedSource, options: CheckArticleOptions): Promise<SourceCheck> {
  const judge = async (snap: SourceSnapshot) => {
    const input = { source, claims: claimsFor(extraction, source.url), article: extraction.article, settings: options.settings, translations: options.translationsFor?.(source.url) };
    // The lexicon is loaded only when a claim meets a source in the other language; without it those claims say why.
    const lexicon = needsLexicon(snap, input) && options.deps.loadLexicon ? await options.deps.loadLexicon().catch(() => null) : null;
    return judgeSource(snap, input, lexicon);
  };
  if (options.cache && !options.bypassCache(source.url)) {
    const cached = await options.cache.get(source.url).catch(() => null);
    if (cached) {
      const check = await judge(cached);
      options.onProgress({ url: source.url, status: 'done', check, cached: true });
      return check;
    }
  }
  let host = '';
  try {
    host = new URL(source.url).hostname;
  } catch {
    host = '';
  }
  const snap = await options.limiter.run(
    host,
    () => {
      options.onProgress({ url: source.url, status: 'fetching', check: null, cached: false });
      return fetchSource(source.url, extraction.article.publishedTime, options.settings, options.deps, options.signal);
    },
    options.signal,
  );
  if (options.cache) await options.cache.set(snap).catch(() => undefined);
  const check = await judge(snap);
  options.onProgress({ url: source.url, status: 'done', check, cached: false });
  return check;
}
