/** The one operation the checker needs from a platform: GET a URL under a policy. */

export interface HttpRequest {
  url: string;
  signal: AbortSignal;
  /** Total time allowed, connection to last byte. */
  timeoutMs: number;
  /** Bytes of body to keep; the rest is not read. */
  maxBytes: number;
  allowPrivateNetwork: boolean;
}

export interface HttpResponse {
  status: number;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** Where the response came from after redirects. */
  finalUrl: string;
  /** Each URL redirected through, in order (empty when none or unknown). */
  redirects: string[];
  body: Uint8Array;
  /** True when the body was cut at maxBytes. */
  truncated: boolean;
  /** Bytes announced by Content-Length, when given. */
  declaredLength: number | null;
}

export type FailureKind = 'dns' | 'tls' | 'connection' | 'timeout' | 'redirect-loop' | 'too-many-redirects' | 'blocked' | 'aborted' | 'http';

/** Redirects followed before giving up, in Node and in the browser alike (Chromium's own limit is 20). */
export const MAX_REDIRECTS = 10;

/**
 * Why a redirect chain is not followed further, or null when it may go on.
 * `chain` holds every address requested so far, `next` the one it points to now.
 */
export function redirectProblem(chain: readonly string[], next: string | null): FetchFailure | null {
  const seen = new Set<string>();
  for (const u of chain) {
    if (seen.has(u)) return new FetchFailure('redirect-loop', `the address redirects in a loop (back to ${u})`);
    seen.add(u);
  }
  if (next !== null && seen.has(next)) return new FetchFailure('redirect-loop', `the address redirects in a loop (back to ${next})`);
  const hops = chain.length - 1 + (next !== null ? 1 : 0);
  if (hops > MAX_REDIRECTS) return new FetchFailure('too-many-redirects', `too many redirects (more than ${MAX_REDIRECTS} in a row)`);
  return null;
}

/** A fetch that did not produce a response, with a reason a reader understands. */
export class FetchFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'FetchFailure';
  }
}

export type HttpClient = (request: HttpRequest) => Promise<HttpResponse>;

/** Reads a body stream up to `maxBytes`, then cancels it: a 50 MB page costs 3 MB. */
export async function readCapped(
  stream: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<{ body: Uint8Array; truncated: boolean }> {
  if (!stream) return { body: new Uint8Array(0), truncated: false };
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (size + value.byteLength > maxBytes) {
        chunks.push(value.subarray(0, maxBytes - size));
        size = maxBytes;
        truncated = true;
        break;
      }
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    if (truncated) await reader.cancel().catch(() => undefined);
    reader.releaseLock?.();
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  return { body, truncated };
}

export function headersToRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, key) => {
    out[key.toLowerCase()] = value;
  });
  return out;
}

/** An AbortSignal that fires on the caller's signal or after `ms`, whichever first. */
export function timeoutSignal(parent: AbortSignal, ms: number): { signal: AbortSignal; timedOut: () => boolean; clear: () => void } {
  const controller = new AbortController();
  let fired = false;
  const timer = setTimeout(() => {
    fired = true;
    controller.abort(new FetchFailure('timeout', `no complete answer within ${Math.round(ms / 1000)} s`));
  }, ms);
  const onAbort = () => controller.abort(parent.reason);
  if (parent.aborted) onAbort();
  else parent.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => fired,
    clear: () => {
      clearTimeout(timer);
      parent.removeEventListener('abort', onAbort);
    },
  };
}

interface FetchedResponse {
  status: number;
  headers: Headers;
  body: ReadableStream<Uint8Array> | null;
}

/** A fetch() answer as an HttpResponse: headers flattened, body read up to the cap. */
export async function toHttpResponse(res: FetchedResponse, finalUrl: string, redirects: string[], maxBytes: number): Promise<HttpResponse> {
  const { body, truncated } = await readCapped(res.body, maxBytes);
  const length = Number(res.headers.get('content-length'));
  return {
    status: res.status,
    headers: headersToRecord(res.headers),
    finalUrl,
    redirects,
    body,
    truncated,
    declaredLength: Number.isFinite(length) && length > 0 ? length : null,
  };
}

/** The failures every client reports the same way: our own timeout, a cancelled check, a failure already named. */
export function knownFailure(error: unknown, req: HttpRequest, timedOut: boolean): FetchFailure | null {
  if (timedOut) return new FetchFailure('timeout', `no complete answer within ${Math.round(req.timeoutMs / 1000)} s`);
  if (req.signal.aborted) return new FetchFailure('aborted', 'the check was cancelled');
  if (error instanceof FetchFailure) return error;
  return null;
}
