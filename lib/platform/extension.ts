import { browser } from 'wxt/browser';
import { handleMessage, type Handlers, type SenderInfo, type Specs } from '../messaging/handler';
import type { MessageType } from '../messaging/protocol';
import type { KeyValueStore } from './kv';

/** The one place that talks to the browser's messaging and storage APIs. */

export function log(message: string): void {
  console.warn(`[Source Lens] ${message}`);
}

/**
 * Answers protocol messages; senders and payloads are checked against `specs` (the protocol, or
 * the page part of it in the page script) before any handler runs.
 */
export function listenForMessages<K extends MessageType>(specs: Specs, handlers: Handlers<K>): () => void {
  const ownId = browser.runtime.id;
  const ownOrigin = browser.runtime.getURL('/');
  const listener = ((message: unknown, sender: SenderInfo) => {
    // Messages that are not ours to answer (e.g. for the content script) are left alone.
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !(type in handlers)) {
      if (typeof type !== 'string') log(`ignored a message without a type from ${sender.url ?? sender.id ?? 'unknown'}`);
      return undefined;
    }
    return handleMessage(handlers, message, sender, { specs, ownId, ownOrigin, log });
  }) as Parameters<typeof browser.runtime.onMessage.addListener>[0];
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** storage.local or storage.session as a KeyValueStore. */
export function storageArea(area: 'local' | 'session'): KeyValueStore {
  const s = browser.storage[area];
  return {
    get: (keys) => s.get(keys) as Promise<Record<string, unknown>>,
    getAll: () => s.get(null) as Promise<Record<string, unknown>>,
    set: (items) => s.set(items),
    remove: (keys) => s.remove(keys),
  };
}
