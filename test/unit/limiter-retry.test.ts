import { describe, expect, it } from 'vitest';
import type { HttpResponse } from '../../lib/check/http';
import { parseHostRules, resolveHostRule } from '../../lib/check/host-rules';
import { createLimiter } from '../../lib/check/limiter';
import { parseRetryAfter, withRetry } from '../../lib/check/retry';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('concurrency limits', () => {
  it('never runs more than the global and per-host limits at once', async () => {
    const limiter = createLimiter(3, 2);
    let active = 0;
    let peak = 0;
    const perHost = new Map<string, number>();
    let peakHost = 0;
    const hosts = ['a', 'a', 'a', 'a', 'b', 'b', 'c', 'c', 'd'];
    await Promise.all(
      hosts.map((h) =>
        limiter.run(h, async () => {
          active++;
          perHost.set(h, (perHost.get(h) ?? 0) + 1);
          peak = Math.max(peak, active);
          peakHost = Math.max(peakHost, perHost.get(h)!);
          await sleep(10);
          active--;
          perHost.set(h, perHost.get(h)! - 1);
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(peakHost).toBe(2);
    expect(limiter.stats()).toEqual({ active: 0, queued: 0 });
  });

  it('drops queued work when its signal aborts', async () => {
    const limiter = createLimiter(1, 1);
    const controller = new AbortController();
    const first = limiter.run('h', () => sleep(30));
    const second = limiter.run('h', async () => 'ran', controller.signal);
    controller.abort(new Error('navigated away'));
    await expect(second).rejects.toThrow('navigated away');
    await first;
  });
});

describe('retry on 429 and 503', () => {
  const response = (status: number, headers: Record<string, string> = {}): HttpResponse => ({ status, headers, finalUrl: 'https://x/', redirects: [], body: new Uint8Array(), truncated: false, declaredLength: null });
  const req = { url: 'https://x/', signal: new AbortController().signal, timeoutMs: 1000, maxBytes: 10, allowPrivateNetwork: false };

  it('honours Retry-After in seconds and as a date', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter(new Date(Date.now() + 5000).toUTCString(), Date.now())).toBeGreaterThan(3000);
    expect(parseRetryAfter('soon')).toBeNull();
  });

  it('retries once after the wait, and not at all when the wait is too long', async () => {
    const calls: number[] = [];
    const flaky = withRetry(async () => (calls.push(Date.now()), calls.length === 1 ? response(503, { 'retry-after': '0' }) : response(200)), { baseDelayMs: 10, maxDelayMs: 1000 });
    expect((await flaky(req)).status).toBe(200);
    expect(calls).toHaveLength(2);
    let n = 0;
    const patient = withRetry(async () => (n++, response(429, { 'retry-after': '3600' })), { baseDelayMs: 10, maxDelayMs: 1000 });
    expect((await patient(req)).status).toBe(429);
    expect(n).toBe(1);
  });
});

describe('host rules (Chromium syntax)', () => {
  it('maps hosts in order, honours ~NOTFOUND and EXCLUDE', () => {
    const rules = parseHostRules('MAP gone.example.com ~NOTFOUND, MAP *.test.com 10.0.0.1:99, EXCLUDE keep.example.org, MAP * 127.0.0.1:8443');
    expect(resolveHostRule(rules, 'gone.example.com', 443)).toBe('notfound');
    expect(resolveHostRule(rules, 'a.test.com', 443)).toEqual({ host: '10.0.0.1', port: 99 });
    expect(resolveHostRule(rules, 'keep.example.org', 443)).toBeNull();
    expect(resolveHostRule(rules, 'foreignpolicy.com', 443)).toEqual({ host: '127.0.0.1', port: 8443 });
    expect(() => parseHostRules('MAP only-two')).toThrow(/expected/);
  });
});
