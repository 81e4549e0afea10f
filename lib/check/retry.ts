import type { HttpClient, HttpResponse } from './http';

const RETRY_STATUS = new Set([429, 503]);

/** Seconds or an HTTP date, as Retry-After allows; null when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(t);
      reject(signal.reason);
    }, { once: true });
  });
}

export interface RetryOptions {
  /** Wait when the server gives no Retry-After. */
  baseDelayMs: number;
  /** A longer Retry-After is not waited for: the busy answer is reported instead. */
  maxDelayMs: number;
}

/** Retries once on 429 and 503, after the server's Retry-After or a short backoff. */
export function withRetry(client: HttpClient, options: RetryOptions = { baseDelayMs: 1000, maxDelayMs: 10_000 }): HttpClient {
  return async (req) => {
    const first: HttpResponse = await client(req);
    if (!RETRY_STATUS.has(first.status)) return first;
    const wait = parseRetryAfter(first.headers['retry-after']) ?? options.baseDelayMs;
    if (wait > options.maxDelayMs) return first;
    await sleep(wait, req.signal);
    return client(req);
  };
}
