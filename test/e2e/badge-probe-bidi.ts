import type { Browser, Page } from 'puppeteer-core';
import { bidi, contextOf } from './firefox';
import type { BadgeSeen } from './reader-driver';

/**
 * badge-probe.ts for Firefox: the badges' closed shadow roots read through
 * WebDriver BiDi. A serialised element carries a reference to its shadow root,
 * closed ones included (the client sees what DevTools sees); the reading runs
 * in a BiDi sandbox, so the page sees neither the code nor the roots. The
 * extension ships no hook for this.
 */
interface RemoteNode {
  type: 'node';
  sharedId: string;
  value: { shadowRoot?: (RemoteNode & { value: { mode?: string } }) | null };
}
interface CallResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

async function call(browser: Browser, page: Page, functionDeclaration: string, args: object[], serializationOptions?: object): Promise<CallResult['result']> {
  const { result } = (await bidi(browser).send('script.callFunction', {
    functionDeclaration,
    arguments: args,
    target: { context: contextOf(page), sandbox: 'source-lens-tests' },
    awaitPromise: false,
    resultOwnership: 'none',
    ...(serializationOptions ? { serializationOptions } : {}),
  })) as { result: CallResult };
  if (result.type === 'exception') throw new Error(`badge probe failed: ${result.exceptionDetails?.text}`);
  return result.result;
}

/** What readBadges (DevTools) reports, for every element after a link whose shadow root holds a Source Lens badge. */
export async function readBadgesBidi(browser: Browser, page: Page): Promise<BadgeSeen[]> {
  // The badge's host is the link's next element sibling.
  const hosts = await call(browser, page, '() => Array.from(document.querySelectorAll("a[href] + *"))', [], { maxDomDepth: 0 });
  const out: BadgeSeen[] = [];
  for (const host of (hosts?.value ?? []) as RemoteNode[]) {
    const shadow = host.value.shadowRoot;
    if (!shadow) continue;
    const read = await call(
      browser,
      page,
      `(root, host) => {
        const button = root.querySelector('button[aria-controls^="source-lens-card-"]');
        if (!button || host.hasAttribute('data-fake')) return '';
        const wrap = root.querySelector('[data-status]');
        return JSON.stringify({
          anchorHref: host.previousElementSibling?.getAttribute('href') ?? null,
          hostTag: host.localName,
          hostAttributes: Object.fromEntries(Array.from(host.attributes, (a) => [a.name, a.value])),
          status: wrap ? wrap.getAttribute('data-status') : null,
          label: button.getAttribute('aria-label'),
        });
      }`,
      [{ sharedId: shadow.sharedId }, { sharedId: host.sharedId }],
    );
    if (typeof read?.value === 'string' && read.value) out.push({ ...(JSON.parse(read.value) as Omit<BadgeSeen, 'mode'>), mode: shadow.value.mode ?? '' });
  }
  return out;
}
