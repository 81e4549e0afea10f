import { useCallback, useState } from 'preact/hooks';
import type { Settings, SettingKey } from '@/lib/schema/settings';
import { planImport, type ImportMode } from '@/lib/settings/import-plan';
import { MAX_IMPORT_BYTES, parseSettingsImport, type ImportProblem } from '@/lib/settings/import-settings';

export type ImportState =
  | { kind: 'idle' }
  /** A valid file, waiting for the reader to look at what it changes and confirm. */
  | { kind: 'review'; file: string; fields: Partial<Settings>; mode: ImportMode }
  | { kind: 'done'; file: string; changed: number }
  | { kind: 'cancelled'; file: string }
  | { kind: 'failed'; file: string; problems: ImportProblem[] }
  | { kind: 'unreadable'; file: string };

/**
 * Reads a chosen settings file. A valid one is only shown (what would change,
 * and what would widen what Source Lens fetches) until the reader confirms;
 * an invalid one, or a cancelled one, changes nothing.
 */
export function useImport(current: Settings, onReplace: (settings: Settings) => unknown) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  // Fields the reader changed since the failed import: their inline errors no longer apply.
  const [dismissed, setDismissed] = useState<ReadonlySet<SettingKey>>(new Set());

  const importFile = useCallback(async (file: File) => {
    setDismissed(new Set());
    if (file.size > MAX_IMPORT_BYTES) return setState({ kind: 'failed', file: file.name, problems: [{ field: null, code: 'tooLarge' }] });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setState({ kind: 'unreadable', file: file.name });
    }
    const result = parseSettingsImport(text);
    if (!result.ok) return setState({ kind: 'failed', file: file.name, problems: result.problems });
    setState({ kind: 'review', file: file.name, fields: result.fields, mode: 'merge' });
  }, []);

  // The plan is made from the settings as they are now, so a change made meanwhile (here or in
  // another tab) is neither lost nor shown wrongly.
  const plan = state.kind === 'review' ? planImport(current, state.fields, state.mode) : null;

  const setMode = useCallback((mode: ImportMode) => setState((s) => (s.kind === 'review' ? { ...s, mode } : s)), []);
  const confirm = useCallback(async () => {
    if (state.kind !== 'review' || !plan) return;
    if (plan.changes.length) await onReplace(plan.next);
    setState({ kind: 'done', file: state.file, changed: plan.changes.length });
  }, [state, plan, onReplace]);
  const cancel = useCallback(() => setState((s) => (s.kind === 'review' ? { kind: 'cancelled', file: s.file } : s)), []);

  const dismiss = useCallback((fields: SettingKey[]) => {
    setDismissed((old) => (fields.every((f) => old.has(f)) ? old : new Set([...old, ...fields])));
  }, []);

  const fieldProblems = state.kind === 'failed' ? state.problems.filter((p) => !p.field || !dismissed.has(p.field)) : [];
  return { state, plan, importFile, setMode, confirm, cancel, dismiss, fieldProblems };
}
