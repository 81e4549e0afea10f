import { browser } from 'wxt/browser';
import { privateNetworkRegexes } from '../check/private-network';

const FIRST_ID = 1;
// Room for the rule set to grow: ids in this block are ours, and removing an unused id is harmless.
const ID_BLOCK = 500;
const RULE_IDS = Array.from({ length: ID_BLOCK }, (_, i) => FIRST_ID + i);

/** The block rules for the extension's own requests (tab -1) into private networks, one per regex. */
export function privateNetworkRules() {
  const regexes = privateNetworkRegexes();
  if (regexes.length > ID_BLOCK) throw new Error(`${regexes.length} private-network rules do not fit the ${ID_BLOCK} reserved ids`);
  return regexes.map((regexFilter, i) => ({
    id: FIRST_ID + i,
    priority: 1,
    action: { type: 'block' as const },
    // Chrome and Firefox both match tabIds on session rules; -1 is "not from a tab" in both.
    condition: { regexFilter, tabIds: [-1], resourceTypes: ['xmlhttprequest', 'other'] as ('xmlhttprequest' | 'other')[] },
  }));
}

/**
 * The URL policy is checked before each fetch, but the browser follows
 * redirects itself: these session rules, built from the same definition of
 * "private" as the policy (lib/check/private-network.ts), stop the request at
 * any hop before it is sent, unless the reader allows private networks.
 */
export async function guardPrivateNetwork(allow: boolean): Promise<void> {
  const dnr = browser.declarativeNetRequest;
  if (!dnr?.updateSessionRules) return;
  await dnr.updateSessionRules({ removeRuleIds: RULE_IDS, addRules: allow ? [] : privateNetworkRules() });
}
