import { useState } from 'preact/hooks';
import type { TabReport } from '@/lib/schema/report';
import { buildFullReport } from '@/lib/report/full-report';
import { renderMarkdown } from '@/lib/report/markdown';
import { checksOf } from '@/lib/report/select';
import { useI18n } from '../i18n-context';

function fullReport(report: TabReport) {
  return buildFullReport(report.extraction!, checksOf(report));
}

export function ExportBar({ report }: { report: TabReport }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  if (!report.extraction) return null;
  const copy = async () => {
    await navigator.clipboard.writeText(renderMarkdown(fullReport(report)));
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  const download = () => {
    const blob = new Blob([JSON.stringify(fullReport(report), null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `source-lens-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };
  return (
    <p class="export">
      <button type="button" class="button" onClick={copy}>
        {copied ? t('action_copied') : t('action_copyMarkdown')}
      </button>
      <button type="button" class="button" onClick={download}>
        {t('action_downloadJson')}
      </button>
    </p>
  );
}
