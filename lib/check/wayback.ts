import { z } from 'zod';
import type { HttpClient } from './http';

// The availability API's documented answer: https://archive.org/help/wayback_api.php
const Availability = z.object({
  archived_snapshots: z
    .object({
      closest: z
        .object({
          available: z.boolean().optional(),
          url: z.string(),
          timestamp: z.string().optional(),
          status: z.string().optional(),
        })
        .optional(),
    })
    .optional(),
});

export interface Snapshot {
  url: string;
  timestamp: string | null;
}

/**
 * The Wayback Machine snapshot closest to `near` (the citing article's date).
 * Sends archive.org only the dead URL; returns null when there is none or the
 * service does not answer.
 */
export async function findSnapshot(http: HttpClient, url: string, near: string | null, signal: AbortSignal, timeoutMs: number): Promise<Snapshot | null> {
  const api = new URL('https://archive.org/wayback/available');
  api.searchParams.set('url', url);
  const stamp = near?.slice(0, 10).replace(/-/g, '');
  if (stamp && /^\d{8}$/.test(stamp)) api.searchParams.set('timestamp', stamp);
  try {
    const res = await http({ url: api.href, signal, timeoutMs, maxBytes: 64 * 1024, allowPrivateNetwork: false });
    if (res.status !== 200) return null;
    const parsed = Availability.safeParse(JSON.parse(new TextDecoder().decode(res.body)));
    const closest = parsed.success ? parsed.data.archived_snapshots?.closest : undefined;
    if (!closest || closest.available === false || (closest.status && !/^2|^3/.test(closest.status))) return null;
    const snap = new URL(closest.url);
    if (!/(^|\.)archive\.org$/.test(snap.hostname)) return null; // never offer a link elsewhere
    snap.protocol = 'https:';
    return { url: snap.href, timestamp: closest.timestamp ?? null };
  } catch {
    return null;
  }
}
