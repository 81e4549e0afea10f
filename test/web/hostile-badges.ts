import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Route } from './routes';

/**
 * The reference article on a page that attacks the badges: it puts its own
 * `<source-lens-badge>` ("✓ Supported", open shadow root) after every link
 * before the content script runs, replays every window message it receives as
 * a "newer content script started" event, and watches every node the
 * extension adds (and, when it can, inside their shadow roots) for the URL or
 * the verdict. What it learnt is in `window.__hostile`.
 */
export const HOSTILE_BADGES_URL = 'https://chinese.aljazeera.net/news/2022/9/17/hostile-badges';

const here = dirname(fileURLToPath(import.meta.url));

const SCRIPT = `<script>
(() => {
  const log = (window.__hostile = { messages: [], added: [], shadowText: [], sizes: [], forged: 0 });
  // The badge's size as it changes: it must not follow the verdict.
  const sizes = new ResizeObserver((entries) => {
    for (const e of entries) log.sizes.push(Math.round(e.contentRect.width * 100) / 100 + 'x' + Math.round(e.contentRect.height * 100) / 100);
  });
  const fake = (a) => {
    const f = document.createElement('source-lens-badge');
    f.setAttribute('data-url', a.href);
    f.setAttribute('data-fake', '');
    const r = f.attachShadow({ mode: 'open' });
    const b = document.createElement('button');
    b.setAttribute('aria-label', 'Source: Foreign Policy (Magazine). Supported. Show details');
    b.textContent = '✓ Supported';
    r.append(b);
    a.after(f);
  };
  // Before the content script (document_idle) runs.
  document.addEventListener('DOMContentLoaded', () => {
    for (const a of document.querySelectorAll('a[href]')) fake(a);
    watch();
  });
  // Anything the extension posts is replayed as if a newer copy of its content script had started.
  window.addEventListener('message', (e) => {
    const d = e.data;
    log.messages.push(JSON.stringify(d));
    if (!d || typeof d.type !== 'string' || d.forged) return;
    log.forged++;
    document.dispatchEvent(new CustomEvent(d.type, { detail: { ...d, messageId: 'forged' } }));
    window.postMessage({ ...d, messageId: 'forged', forged: true }, '*');
  });
  // Everything the extension adds, and what it can see inside.
  const watchShadow = (root) => {
    const read = () => log.shadowText.push(root.textContent + ' ' + Array.from(root.querySelectorAll('*'), (e) => Array.from(e.attributes, (x) => x.value).join(' ')).join(' '));
    read();
    new MutationObserver(read).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  };
  const added = new WeakSet();
  const watch = () => new MutationObserver((records) => {
    for (const r of records) {
      const nodes = r.type === 'childList' ? Array.from(r.addedNodes) : [r.target.nodeType === 1 ? r.target : r.target.parentElement];
      for (const n of nodes) {
        if (!n || n.nodeType !== 1 || n.hasAttribute('data-fake') || n.closest('[data-fake]')) continue;
        // Only what was added after the page loaded (and changes to it).
        if (r.type === 'childList') added.add(n);
        else if (!added.has(n)) continue;
        log.added.push({ tag: n.localName, attributes: Array.from(n.attributes, (x) => x.name + '=' + x.value), text: n.textContent, html: n.outerHTML });
        if (n.shadowRoot) watchShadow(n.shadowRoot);
        if (r.type === 'childList' && n.localName !== 'a') sizes.observe(n);
      }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();
</script>`;

export function hostileBadgeRoutes(): Route[] {
  const reference = readFileSync(join(here, 'sites/chinese.aljazeera.net/kazakhstan-russia.html'), 'utf8');
  const body = Buffer.from(reference.replace('<head>', `<head>\n${SCRIPT}`), 'utf8');
  return [
    {
      host: 'chinese.aljazeera.net',
      path: '/news/2022/9/17/hostile-badges',
      handle: (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(body.length) });
        res.end(body);
      },
    },
  ];
}
