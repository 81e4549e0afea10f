/** Which URLs Source Lens may fetch: public web pages only, unless the reader allows more. */

import { isPrivateHost } from './private-network';

export { isPrivateHost };

export type PolicyResult = { ok: true } | { ok: false; reason: string };

export interface PolicyOptions {
  allowPrivateNetwork: boolean;
}

/** Decides before any request whether a URL may be fetched. */
export function checkUrlPolicy(url: string, options: PolicyOptions): PolicyResult {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { ok: false, reason: 'not a valid URL' };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { ok: false, reason: `${u.protocol} links are not fetched` };
  if (u.username || u.password) return { ok: false, reason: 'URLs with credentials are not fetched' };
  if (!options.allowPrivateNetwork && isPrivateHost(u.hostname)) {
    return { ok: false, reason: `${u.hostname} is on a private or local network (allow it in settings)` };
  }
  return { ok: true };
}
