import { keyOf } from '@/lib/i18n/translate';
import type { ShownVerdict } from '@/lib/i18n/verdict-label';
import { useI18n } from '../i18n-context';

const ICON: Record<ShownVerdict | 'checking' | 'queued', string> = {
  supported: '✓',
  partial: '◐',
  mismatch: '✗',
  unverifiable: '?',
  unreachable: '⊘',
  gone: '⊘',
  unavailable: '◷',
  checking: '…',
  queued: '…',
};

/** The verdict as icon, colour and word: never colour alone. */
export function VerdictBadge({ verdict }: { verdict: ShownVerdict | 'checking' | 'queued' }) {
  const { t } = useI18n();
  return (
    <span class={`verdict verdict-${verdict}`} data-verdict={verdict}>
      <span aria-hidden="true" class="verdict-icon">
        {ICON[verdict]}
      </span>
      {t(keyOf('verdict', verdict))}
    </span>
  );
}
