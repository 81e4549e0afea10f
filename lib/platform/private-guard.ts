import { browser } from 'wxt/browser';

// One small regex per range: Chrome refuses a rule whose compiled regex exceeds 2 KB.
const PRIVATE_LITERALS = [
  '^https?://(127|10|0)(\\.[0-9]+){3}([:/]|$)',
  '^https?://(169\\.254|192\\.168)(\\.[0-9]+){2}([:/]|$)',
  '^https?://172\\.(1[6-9]|2[0-9]|3[01])(\\.[0-9]+){2}([:/]|$)',
  '^https?://100\\.(6[4-9]|[7-9][0-9]|1[01][0-9]|12[0-7])(\\.[0-9]+){2}([:/]|$)',
  '^https?://\\[(::1|::ffff:|f[cd][0-9a-f]*:|fe80:)',
];
const LOCAL_DOMAINS = ['localhost', 'local', 'internal', 'lan', 'home.arpa'];
const FIRST_ID = 1;
const IDS = Array.from({ length: PRIVATE_LITERALS.length + 1 }, (_, i) => FIRST_ID + i);

/**
 * The URL policy is checked before each fetch, but the browser follows
 * redirects itself: these session rules block the extension's own requests
 * (tab -1) into private networks at any hop, unless the reader allows them.
 */
export async function guardPrivateNetwork(allow: boolean): Promise<void> {
  const dnr = browser.declarativeNetRequest;
  if (!dnr?.updateSessionRules) return;
  const condition = { tabIds: [-1], resourceTypes: ['xmlhttprequest', 'other'] as ('xmlhttprequest' | 'other')[] };
  const block = { type: 'block' as const };
  await dnr.updateSessionRules({
    removeRuleIds: IDS,
    addRules: allow
      ? []
      : [
          ...PRIVATE_LITERALS.map((regexFilter, i) => ({ id: FIRST_ID + i, priority: 1, action: block, condition: { ...condition, regexFilter } })),
          { id: FIRST_ID + PRIVATE_LITERALS.length, priority: 1, action: block, condition: { ...condition, requestDomains: LOCAL_DOMAINS } },
        ],
  });
}
