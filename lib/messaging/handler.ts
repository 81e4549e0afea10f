import '../schema/error-messages';
import { prettifyError } from 'zod/mini';
import { Envelope, ReplySchema, type Reply } from './envelope';
import type { MessageType, Protocol, RequestOf, ResponseOf } from './protocol';

/**
 * The part of the protocol a receiver knows: the whole of it in the worker and extension pages,
 * only the page messages in the page script (lib/messaging/page-protocol.ts), which then never
 * builds the report schemas.
 */
export type Specs = { readonly [T in MessageType]?: Protocol[T] };

/** Who sent a message, in the terms the protocol's `from` uses. */
export type SenderKind = 'extension-page' | 'content-script' | 'background' | 'foreign';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * Classifies a runtime.MessageSender. Only this extension's own pages and
 * content scripts are accepted; anything else (another extension, a web page
 * through externally_connectable) is foreign.
 */
export function senderKind(sender: SenderInfo, ownId: string, ownOrigin: string): SenderKind {
  if (sender.id !== ownId) return 'foreign';
  const url = sender.url ?? '';
  if (sender.tab && sender.tab.id !== undefined && !url.startsWith(ownOrigin)) return 'content-script';
  if (url.startsWith(ownOrigin)) {
    // Chrome names the service worker background.js; Firefox its generated background page.
    return /^[^?#]*\/(?:_generated_)?background[^/]*$/.test(url.slice(ownOrigin.length - 1)) ? 'background' : 'extension-page';
  }
  return 'foreign';
}

export type Handlers<K extends MessageType> = {
  [T in K]: (payload: RequestOf<T>, sender: SenderInfo) => Promise<ResponseOf<T>> | ResponseOf<T>;
};

export interface HandleContext {
  specs: Specs;
  ownId: string;
  ownOrigin: string;
  log: (message: string) => void;
}

/**
 * Parses a raw message, checks the sender may send it, runs the handler and
 * wraps the answer. Never throws: a bad message gets a clear error reply.
 */
export async function handleMessage<K extends MessageType>(
  handlers: Handlers<K>,
  raw: unknown,
  sender: SenderInfo,
  ctx: HandleContext,
): Promise<Reply<unknown>> {
  const envelope = Envelope.safeParse(raw);
  if (!envelope.success) {
    const error = `rejected message: ${prettifyError(envelope.error).replace(/\s+/g, ' ')}`;
    ctx.log(error);
    return { ok: false, error };
  }
  const type = envelope.data.type as MessageType;
  const spec = Object.hasOwn(ctx.specs, type) ? ctx.specs[type] : undefined;
  const handler = Object.hasOwn(handlers, type) ? (handlers as Partial<Record<MessageType, Handlers<MessageType>[MessageType]>>)[type] : undefined;
  if (!spec) {
    const error = `rejected message: unknown message type "${String(type).slice(0, 100)}"`;
    ctx.log(error);
    return { ok: false, error };
  }
  if (!handler) {
    const error = `rejected message "${type}": not handled here`;
    ctx.log(error);
    return { ok: false, error };
  }
  const kind = senderKind(sender, ctx.ownId, ctx.ownOrigin);
  if (kind !== spec.from) {
    const error = `rejected message "${type}" from ${kind === 'foreign' ? 'outside this extension' : `a ${kind}`}`;
    ctx.log(error);
    return { ok: false, error };
  }
  const payload = spec.request.safeParse(envelope.data.payload);
  if (!payload.success) {
    const error = `rejected message "${type}": ${prettifyError(payload.error).replace(/\s+/g, ' ')}`;
    ctx.log(error);
    return { ok: false, error };
  }
  try {
    const data = await (handler as (p: unknown, s: SenderInfo) => unknown)(payload.data, sender);
    return { ok: true, data };
  } catch (e) {
    const error = `"${type}" failed: ${e instanceof Error ? e.message : String(e)}`;
    ctx.log(error);
    return { ok: false, error };
  }
}

/** Validates a reply against the message's response schema; throws a readable error otherwise. */
export function readReply<T extends MessageType>(specs: Specs, type: T, raw: unknown): ResponseOf<T> {
  if (raw === undefined) throw new Error(`"${type}": no answer (is the receiver loaded?)`);
  const envelope = ReplySchema.safeParse(raw);
  if (!envelope.success) throw new Error(`"${type}": malformed answer`);
  const reply = envelope.data;
  if (!reply.ok) throw new Error(reply.error);
  const spec = specs[type];
  if (!spec) throw new Error(`"${type}": not a message this part of the extension knows`);
  const parsed = spec.response.safeParse(reply.data);
  if (!parsed.success) throw new Error(`"${type}": answer does not match its schema: ${prettifyError(parsed.error).replace(/\s+/g, ' ')}`);
  return parsed.data as ResponseOf<T>;
}
