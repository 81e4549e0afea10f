import type { Finding } from '@/lib/schema/check';
import { findingText } from '@/lib/i18n/findings';
import { useI18n } from '../i18n-context';

const MARK = { true: '✓', false: '✗', null: '?' } as const;

export function FindingList({ findings }: { findings: readonly Finding[] }) {
  const { t, locale } = useI18n();
  return (
    <ul class="findings" data-testid="findings">
      {findings.map((f) => {
        const key = String(f.ok) as 'true' | 'false' | 'null';
        return (
          <li class={`finding finding-${key}`} data-kind={f.kind} data-ok={key}>
            <span class="finding-mark" aria-hidden="true">
              {MARK[key]}
            </span>
            <span class="sr-only">{t(f.ok === true ? 'finding_ok' : f.ok === false ? 'finding_bad' : 'finding_unknown')}: </span>
            <span>{findingText(f, locale)}</span>
          </li>
        );
      })}
    </ul>
  );
}
