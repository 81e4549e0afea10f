import { z } from 'zod/mini';

/** What travels: the type and its payload (the protocol in use says which types exist). */
export const Envelope = z.object({ type: z.string(), payload: z.unknown() });

/** Every answer is wrapped, so a failure is a value and never an unhandled rejection. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

export const ReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
