import type { Finding, FindingKind } from '../../schema/check';

/** Builds a finding; `detail` is the English wording, `code`/`params` let the UI translate it. */
export function finding(kind: FindingKind, ok: boolean | null, code: string, params: Finding['params'], detail: string): Finding {
  return { kind, ok, code, params, detail };
}
