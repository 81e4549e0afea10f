import { useEffect, useRef, useState } from 'preact/hooks';
import { parseSiteLines } from '@/lib/settings/host-name';
import { useI18n } from '../i18n-context';
import { describedBy, errorId, FieldError, Hint, hintId } from './fields';
import type { SectionProps } from './section-props';

/** Typing pauses this long before the list is saved, so a half-typed name is not stored on the way. */
const SAVE_DELAY_MS = 300;

/**
 * Sites where Source Lens never runs, one per line. Saved as host names while
 * the reader types; on leaving the field the text itself is normalised
 * ("https://www.Example.com/a" → "example.com") and lines that name no site are pointed out.
 */
export function SitesFieldset({ settings, errors, onChange }: SectionProps) {
  const { t } = useI18n();
  const saved = settings.disabledSites.join('\n');
  const [draft, setDraft] = useState(saved);
  const [rejected, setRejected] = useState<string[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ draft, saved, onChange });
  latest.current = { draft, saved, onChange };

  const commit = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const { draft, saved, onChange } = latest.current;
    const hosts = parseSiteLines(draft).hosts;
    if (hosts.join('\n') !== saved) onChange({ disabledSites: hosts });
    return parseSiteLines(draft);
  };

  // A change from elsewhere (an import, another tab) replaces the text, unless it is what is typed here.
  useEffect(() => {
    if (parseSiteLines(latest.current.draft).hosts.join('\n') !== saved) {
      setDraft(saved);
      setRejected([]);
    }
  }, [saved]);

  // Closing the page right after typing still saves.
  useEffect(() => {
    const flush = () => timer.current && commit();
    addEventListener('pagehide', flush);
    return () => {
      removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  const onInput = (text: string) => {
    setDraft((latest.current.draft = text));
    setRejected((lines) => lines.filter((line) => text.includes(line)));
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(commit, SAVE_DELAY_MS);
  };

  const onLeave = () => {
    const { hosts, rejected } = commit();
    setDraft([...hosts, ...rejected].join('\n'));
    setRejected(rejected);
  };

  const messages = [...(errors.disabledSites ?? [])];
  if (rejected.length) messages.push(t('settings_problem_notHostList', { sites: rejected.map((line) => `“${line}”`).join(t('settings_listSeparator')) }));
  const invalid = messages.length > 0;
  return (
    <fieldset>
      <legend>{t('settings_sites_legend')}</legend>
      <div class="field">
        <label for="setting-disabledSites">{t('settings_disabledSites_label')}</label>
        <Hint field="disabledSites" text={t('settings_disabledSites_hint')} />
        <textarea
          id="setting-disabledSites"
          rows={5}
          spellcheck={false}
          autocapitalize="off"
          autocomplete="off"
          value={draft}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy(hintId('disabledSites'), invalid && errorId('disabledSites'))}
          onInput={(e) => onInput(e.currentTarget.value)}
          onChange={onLeave}
        />
        <FieldError field="disabledSites" messages={messages} />
      </div>
    </fieldset>
  );
}
