import { useCallback, useState } from 'preact/hooks';
import type { Settings, SettingKey } from '@/lib/schema/settings';
import { MAX_IMPORT_BYTES, parseSettingsImport, type ImportProblem } from '@/lib/settings/import-settings';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'done'; file: string }
  | { kind: 'failed'; file: string; problems: ImportProblem[] }
  | { kind: 'unreadable'; file: string };

/** Reads a chosen settings file; a valid one replaces the settings, an invalid one changes nothing. */
export function useImport(onReplace: (settings: Settings) => unknown) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  // Fields the reader changed since the failed import: their inline errors no longer apply.
  const [dismissed, setDismissed] = useState<ReadonlySet<SettingKey>>(new Set());

  const importFile = useCallback(
    async (file: File) => {
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
      await onReplace(result.settings);
      setState({ kind: 'done', file: file.name });
    },
    [onReplace],
  );

  const dismiss = useCallback((fields: SettingKey[]) => {
    setDismissed((old) => (fields.every((f) => old.has(f)) ? old : new Set([...old, ...fields])));
  }, []);

  const fieldProblems = state.kind === 'failed' ? state.problems.filter((p) => !p.field || !dismissed.has(p.field)) : [];
  return { state, importFile, dismiss, fieldProblems };
}
