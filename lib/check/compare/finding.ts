import type { Finding, FindingCode, FindingKind } from '../../schema/check';

/** Builds a finding as data; lib/i18n/findings.ts words it for the reader and for the CLI. */
export function finding(kind: FindingKind, ok: boolean | null, code: FindingCode, params: Finding['params']): Finding {
  return { kind, ok, code, params };
}
