import { browser } from 'wxt/browser';
import { readReply } from '../messaging/handler';
import { Protocol, type MessageType, type RequestOf, type ResponseOf } from '../messaging/protocol';

// Sending lives apart from listening (extension.ts): the page script only listens, and never loads the whole protocol.

/** Sends a protocol message to the background and parses its answer. */
export async function sendToBackground<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const raw = await browser.runtime.sendMessage({ type, payload });
  return readReply(Protocol, type, raw);
}

/** Sends a protocol message to a tab's content script and parses its answer. */
export async function sendToTab<T extends MessageType>(tabId: number, type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const raw = await browser.tabs.sendMessage(tabId, { type, payload });
  return readReply(Protocol, type, raw);
}
