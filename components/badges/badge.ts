import { keyOf } from '@/lib/i18n/translate';
import type { Translate } from '@/lib/i18n/translate';
import type { Locale } from '@/lib/i18n/translate';
import { formatDay } from '@/lib/i18n/format';
import { findingText } from '@/lib/i18n/findings';
import type { BadgeSource, BadgeView } from '@/lib/schema/badge';
import { BADGE_CSS } from './styles';

/** What a badge and its card show: the source, and its check as far as it has gone. */
export type BadgeInfo = BadgeSource & BadgeView;

const ICON: Record<BadgeInfo['status'], string> = {
  unchecked: '•',
  checking: '…',
  supported: '✓',
  partial: '◐',
  mismatch: '✗',
  unverifiable: '?',
  unreachable: '⊘',
  gone: '⊘',
  unavailable: '◷',
};

export interface Badge {
  host: HTMLElement;
  update(info: BadgeInfo): void;
  remove(): void;
}

let nextId = 0;

/**
 * A badge after a source link: a small button in a closed shadow root, so the
 * page's CSS cannot reach it and ours cannot leak, and the page's scripts can
 * neither read nor rewrite it. Hover or focus opens a card.
 * Everything is set as text: page-supplied strings never become markup.
 *
 * What the page sees is a plain <span> with a fixed inline style: no custom
 * element name it could define first or select, no attribute naming the
 * source or the verdict, no text, and a size that does not depend on the verdict.
 * The shadow root is held only in this closure.
 */
export function createBadge(anchor: Element, info: BadgeInfo, t: Translate, locale: Locale): Badge {
  const doc = anchor.ownerDocument;
  const host = doc.createElement('span');
  host.setAttribute('style', 'all: initial; display: inline-block;');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = BADGE_CSS;
  const wrap = doc.createElement('span');
  const button = doc.createElement('button');
  button.type = 'button';
  const icon = doc.createElement('span');
  icon.className = 'icon';
  icon.setAttribute('aria-hidden', 'true');
  const label = doc.createElement('span');
  label.setAttribute('aria-hidden', 'true');
  const card = doc.createElement('div');
  card.className = 'card';
  card.hidden = true;
  card.id = `source-lens-card-${nextId++}`;
  card.setAttribute('role', 'group');
  button.setAttribute('aria-controls', card.id);
  button.setAttribute('aria-expanded', 'false');
  button.append(icon, label);
  wrap.append(button, card);
  root.append(style, wrap);
  anchor.after(host);

  let current = info;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const show = () => {
    clearTimeout(hideTimer);
    renderCard(card, current, t, locale);
    card.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    place(card, button);
  };
  const hide = () => {
    hideTimer = setTimeout(() => {
      card.hidden = true;
      button.setAttribute('aria-expanded', 'false');
    }, 150);
  };
  button.addEventListener('mouseenter', show);
  button.addEventListener('focus', show);
  button.addEventListener('click', (e) => {
    // The badge sits next to a link: a click must not follow it.
    e.preventDefault();
    e.stopPropagation();
    if (card.hidden) show();
    else hide();
  });
  button.addEventListener('mouseleave', hide);
  button.addEventListener('blur', (e) => {
    if (!card.contains(e.relatedTarget as Node | null)) hide();
  });
  card.addEventListener('mouseenter', () => clearTimeout(hideTimer));
  card.addEventListener('mouseleave', hide);
  card.addEventListener('focusout', (e) => {
    if (!wrap.contains(e.relatedTarget as Node | null)) hide();
  });
  wrap.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      card.hidden = true;
      button.setAttribute('aria-expanded', 'false');
      button.focus();
    }
  });

  const update = (next: BadgeInfo) => {
    current = next;
    wrap.dataset.status = next.status;
    icon.textContent = ICON[next.status];
    label.textContent = next.outlet ? t(keyOf('badge_type', next.outlet.type)) : t('badge_source');
    button.setAttribute('aria-label', accessibleLabel(next, t));
    if (!card.hidden) renderCard(card, next, t, locale);
  };
  update(info);
  return { host, update, remove: () => host.remove() };
}

function accessibleLabel(info: BadgeInfo, t: Translate): string {
  const who = info.siteName ?? info.outlet?.name ?? hostOf(info.url);
  const type = info.outlet ? t(keyOf('type', info.outlet.type)) : t('badge_source');
  return t('badge_label', { source: who, type, verdict: verdictText(info, t) });
}

function verdictText(info: BadgeInfo, t: Translate): string {
  if (info.status === 'unchecked') return t('badge_unchecked');
  if (info.status === 'checking') return t('verdict_checking');
  return t(keyOf('verdict', info.status));
}

function renderCard(card: HTMLElement, info: BadgeInfo, t: Translate, locale: Locale) {
  const doc = card.ownerDocument;
  const el = (tag: string, text?: string, cls?: string) => {
    const e = doc.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  };
  card.replaceChildren();
  card.setAttribute('aria-label', t('badge_cardLabel'));
  card.append(el('h2', info.title ?? info.siteName ?? hostOf(info.url)));
  const meta = [info.siteName ?? info.outlet?.name, info.outlet ? t(keyOf('type', info.outlet.type)) : null, formatDay(info.published, locale)].filter(Boolean).join(' · ');
  if (meta) card.append(el('p', meta, 'meta'));
  card.append(el('p', verdictText(info, t), 'verdict'));
  if (info.reasons.length) {
    const list = el('ul');
    for (const r of info.reasons) list.append(el('li', findingText(r, locale)));
    card.append(list);
  }
  if (info.summary) card.append(el('p', info.summary));
  if (info.archivedUrl) {
    const p = el('p');
    const a = el('a', t('action_openArchive')) as HTMLAnchorElement;
    a.href = info.archivedUrl;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    p.append(a);
    card.append(p);
  }
}

/** Below the badge, or above it when there is no room; always inside the viewport. */
function place(card: HTMLElement, button: HTMLElement) {
  const view = card.ownerDocument.defaultView;
  if (!view) return;
  const r = button.getBoundingClientRect();
  const width = Math.min(352, view.innerWidth - 16);
  const left = Math.max(8, Math.min(r.left, view.innerWidth - width - 8));
  card.style.left = `${left}px`;
  const below = r.bottom + 6;
  const height = card.offsetHeight || 200;
  card.style.top = `${below + height > view.innerHeight && r.top - height - 6 > 0 ? r.top - height - 6 : below}px`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
