import { FetchFailure } from './http';

/**
 * Turns a platform's network error (Chromium's net::ERR_*, Node's error codes)
 * into a failure a reader understands.
 */
export function describeNetworkError(raw: string): FetchFailure {
  const text = raw || 'unknown network error';
  if (/NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED|ENOTFOUND|EAI_AGAIN|EAI_NONAME|getaddrinfo/i.test(text)) {
    return new FetchFailure('dns', 'the site’s name does not resolve (DNS lookup failed)');
  }
  if (/CERT|SSL|TLS|UNABLE_TO_VERIFY|SELF_SIGNED|certificate|handshake|EPROTO/i.test(text)) {
    return new FetchFailure('tls', 'the secure connection failed (TLS certificate or handshake error)');
  }
  if (/TOO_MANY_REDIRECTS|redirect loop|redirect count exceeded/i.test(text)) {
    return new FetchFailure('too-many-redirects', 'too many redirects');
  }
  if (/BLOCKED_BY_CLIENT|BLOCKED_BY_ADMINISTRATOR|BLOCKED_BY_RESPONSE/i.test(text)) {
    return new FetchFailure('blocked', 'the browser blocked the request');
  }
  if (/TIMED_OUT|ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT|UND_ERR_HEADERS_TIMEOUT|UND_ERR_BODY_TIMEOUT/i.test(text)) {
    return new FetchFailure('timeout', 'the connection timed out');
  }
  if (/REFUSED|RESET|CLOSED|ABORTED|UNREACHABLE|EMPTY_RESPONSE|ECONN|EHOSTUNREACH|ENETUNREACH|EPIPE|socket|UND_ERR|Failed to fetch|NetworkError|fetch failed/i.test(text)) {
    return new FetchFailure('connection', 'the server could not be reached (connection refused or dropped)');
  }
  return new FetchFailure('connection', `the request failed (${text.slice(0, 120)})`);
}

/** The innermost cause's code or message of a thrown fetch error. */
export function errorText(error: unknown): string {
  const parts: string[] = [];
  let cur: unknown = error;
  for (let i = 0; i < 5 && cur; i++) {
    const e = cur as { code?: string; message?: string; cause?: unknown };
    if (e.code) parts.push(e.code);
    if (e.message) parts.push(e.message);
    cur = e.cause;
  }
  return parts.join(' ');
}
