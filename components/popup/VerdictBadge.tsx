import type { Verdict } from '@/lib/schema/check';
import { useI18n } from '../i18n-context';

const ICON: Record<Verdict | 'checking' | 'queued', string> = {
  supported: '✓',
  partial: '◐',
  mismatch: '✗',
  unverifiable: '?',
  unreachable: '⊘',
  checking: '…',
  queued: '…',
};

/** The verdict as icon, colour and word: never colour alone. */
export function VerdictBadge({ verdict }: { verdict: Verdict | 'checking' | 'queued' }) {
  const { t } = useI18n();
  return (
    <span class={`verdict verdict-${verdict}`} data-verdict={verdict}>
      <span aria-hidden="true" class="verdict-icon">
        {ICON[verdict]}
      </span>
      {t(`verdict.${verdict}`)}
    </span>
  );
}
