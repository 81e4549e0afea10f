import type { CDPSession, Page } from 'playwright-core';

/**
 * The tests' window into the badges. Badges live in closed shadow roots that
 * the page cannot open, and the extension ships no hook to reach them; the
 * tests read them the way DevTools does, through the DevTools protocol's DOM
 * tree with shadow roots pierced. Nothing here is available to a web page.
 */
export interface BadgeView {
  /** The href of the link the badge sits after (its previous element sibling). */
  anchorHref: string | null;
  /** 'closed' for the extension's badges. */
  mode: string;
  hostTag: string;
  /** The host element's own attributes: what a page can see of the badge. */
  hostAttributes: Record<string, string>;
  status: string | null;
  label: string | null;
  /** The card's text, and whether it is hidden. */
  card: string;
  cardHidden: boolean;
  /** DevTools node ids, valid until the next read. */
  buttonNode: number;
}

interface DomNode {
  nodeId: number;
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function session(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) sessions.set(page, (s = page.context().newCDPSession(page)));
  return s;
}

const attrs = (n: DomNode): Record<string, string> => {
  const out: Record<string, string> = {};
  const a = n.attributes ?? [];
  for (let i = 0; i + 1 < a.length; i += 2) out[a[i]!] = a[i + 1]!;
  return out;
};

function* walk(n: DomNode): Generator<DomNode> {
  yield n;
  for (const s of n.shadowRoots ?? []) yield* walk(s);
  for (const c of n.children ?? []) yield* walk(c);
}

const text = (n: DomNode): string => [...walk(n)].filter((x) => x.nodeType === 3).map((x) => x.nodeValue ?? '').join('');

/** Every element whose shadow root holds a Source Lens badge button (the page's look-alikes carry `data-fake`). */
export async function readBadges(page: Page): Promise<BadgeView[]> {
  const cdp = await session(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const out: BadgeView[] = [];
  for (const parent of walk(root)) {
    const elements = (parent.children ?? []).filter((c) => c.nodeType === 1);
    elements.forEach((host, i) => {
      const shadow = host.shadowRoots?.find((s) => s.shadowRootType !== 'user-agent');
      if (!shadow) return;
      const inside = [...walk(shadow)];
      const button = inside.find((x) => x.localName === 'button' && (attrs(x)['aria-controls'] ?? '').startsWith('source-lens-card-'));
      if (!button || 'data-fake' in attrs(host)) return;
      const wrap = inside.find((x) => x.nodeType === 1 && 'data-status' in attrs(x));
      const card = inside.find((x) => x.localName === 'div' && attrs(x).class === 'card');
      const prev = elements[i - 1];
      out.push({
        anchorHref: prev ? (attrs(prev).href ?? null) : null,
        mode: shadow.shadowRootType ?? '',
        hostTag: host.localName ?? '',
        hostAttributes: attrs(host),
        status: wrap ? attrs(wrap)['data-status']! : null,
        label: attrs(button)['aria-label'] ?? null,
        card: card ? text(card) : '',
        cardHidden: card ? 'hidden' in attrs(card) : true,
        buttonNode: button.nodeId,
      });
    });
  }
  return out;
}

/** The badges after links to `href`. */
export async function badgesFor(page: Page, href: string): Promise<BadgeView[]> {
  return (await readBadges(page)).filter((b) => b.anchorHref === href);
}

/** Moves the mouse onto a badge's button, as a reader would. */
export async function hoverBadge(page: Page, badge: BadgeView): Promise<void> {
  const cdp = await session(page);
  await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId: badge.buttonNode });
  const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: badge.buttonNode })) as { model: { content: number[] } };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.move((x1 + x3) / 2, (y1 + y3) / 2);
}

/** Gives a badge's button the keyboard focus. */
export async function focusBadge(page: Page, badge: BadgeView): Promise<void> {
  const cdp = await session(page);
  await cdp.send('DOM.focus', { nodeId: badge.buttonNode });
}
