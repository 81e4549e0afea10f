import { describe, expect, it, vi } from 'vitest';
import { handleMessage, readReply, senderKind } from '../../lib/messaging/handler';
import { PageProtocol } from '../../lib/messaging/page-protocol';
import { Protocol } from '../../lib/messaging/protocol';

const ctx = { specs: Protocol, ownId: 'me', ownOrigin: 'chrome-extension://me/', log: vi.fn() };
const popup = { id: 'me', url: 'chrome-extension://me/popup.html' };
const content = { id: 'me', url: 'https://example.com/a', tab: { id: 3 } };

describe('messaging', () => {
  it('tells apart the extension’s pages, its content scripts, its background and everyone else', () => {
    expect(senderKind(popup, 'me', ctx.ownOrigin)).toBe('extension-page');
    expect(senderKind(content, 'me', ctx.ownOrigin)).toBe('content-script');
    expect(senderKind({ id: 'me', url: 'chrome-extension://me/background.js' }, 'me', ctx.ownOrigin)).toBe('background');
    expect(senderKind({ id: 'other', url: 'chrome-extension://other/popup.html' }, 'me', ctx.ownOrigin)).toBe('foreign');
    expect(senderKind({ url: 'https://evil.example/' }, 'me', ctx.ownOrigin)).toBe('foreign');
  });

  it('answers a valid message through its handler', async () => {
    const reply = await handleMessage({ 'report/get': ({ tabId }) => (tabId === 7 ? null : null) }, { type: 'report/get', payload: { tabId: 7 } }, popup, ctx);
    expect(reply).toEqual({ ok: true, data: null });
  });

  it('rejects bad payloads, unknown types and foreign senders with a clear error, never a throw', async () => {
    const handler = vi.fn();
    const handlers = { 'report/get': handler };
    const bad = await handleMessage(handlers, { type: 'report/get', payload: { tabId: 'seven' } }, popup, ctx);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/report\/get.*expected number/);
    const unknown = await handleMessage(handlers, { type: 'steal/cookies', payload: {} }, popup, ctx);
    expect(!unknown.ok && unknown.error).toMatch(/unknown message type/);
    const foreign = await handleMessage(handlers, { type: 'report/get', payload: { tabId: 1 } }, { id: 'other' }, ctx);
    expect(!foreign.ok && foreign.error).toMatch(/outside this extension/);
    // A content script may not ask for another tab's report.
    const fromPage = await handleMessage(handlers, { type: 'report/get', payload: { tabId: 1 } }, content, ctx);
    expect(!fromPage.ok && fromPage.error).toMatch(/from a content-script/);
    const garbage = await handleMessage(handlers, 'not an object', popup, ctx);
    expect(garbage.ok).toBe(false);
    expect(handler).not.toHaveBeenCalled();
    expect(ctx.log).toHaveBeenCalled();
  });

  it('the page script knows only the page messages: anything else is rejected before a handler runs', async () => {
    const pageCtx = { ...ctx, specs: PageProtocol };
    const handler = vi.fn();
    const fromWorker = { id: 'me', url: 'chrome-extension://me/background.js' };
    const report = await handleMessage({ 'report/get': handler }, { type: 'report/get', payload: { tabId: 1 } }, fromWorker, pageCtx);
    expect(!report.ok && report.error).toMatch(/unknown message type "report\/get"/);
    const views = await handleMessage({ 'page/report': handler }, { type: 'page/report', payload: { pageUrl: 'https://a.example/', reset: false, views: [{ url: 'x' }] } }, fromWorker, pageCtx);
    expect(!views.ok && views.error).toMatch(/page\/report/);
    expect(handler).not.toHaveBeenCalled();
    // A page message from a page (not the worker) is refused too.
    const forged = await handleMessage({ 'page/html': handler }, { type: 'page/html', payload: {} }, content, pageCtx);
    expect(!forged.ok && forged.error).toMatch(/from a content-script/);
  });

  it('reports a handler failure as an error reply', async () => {
    const reply = await handleMessage({ 'report/get': () => Promise.reject(new Error('boom')) }, { type: 'report/get', payload: { tabId: 1 } }, popup, ctx);
    expect(reply).toEqual({ ok: false, error: '"report/get" failed: boom' });
  });

  it('checks answers against the response schema', () => {
    expect(readReply(Protocol, 'cache/stats', { ok: true, data: { entries: 2, bytes: 10 } })).toEqual({ entries: 2, bytes: 10 });
    expect(() => readReply(Protocol, 'cache/stats', { ok: true, data: { entries: -1 } })).toThrow(/does not match its schema/);
    expect(() => readReply(Protocol, 'cache/stats', { ok: false, error: 'nope' })).toThrow('nope');
    expect(() => readReply(Protocol, 'cache/stats', undefined)).toThrow(/no answer/);
  });
});
