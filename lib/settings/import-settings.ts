import type { z } from 'zod';
import { numberLimits, SETTING_KEYS, SettingFields, type Settings, type NumberSettingKey, type SettingKey } from '../schema/settings';
import { StrictSettings } from '../schema/strict-settings';
import { MAX_SITES } from './host-name';
import { migrateSettings, SETTINGS_VERSION } from './migrations';

/** Names an exported file as ours, so importing some other JSON file fails with a clear reason. */
export const EXPORT_FORMAT = 'source-lens-settings';

/** A settings file is a few kilobytes; anything this big is the wrong file (1000 sites fit in ~260 KB). */
export const MAX_IMPORT_BYTES = 1024 * 1024;

/** The kinds of JSON value an error message can name. */
export type ValueKind = 'text' | 'number' | 'wholeNumber' | 'boolean' | 'list' | 'object' | 'null';

/**
 * One thing wrong with an imported file, as data: the page words it in the
 * reader's language and shows it next to `field` (or only in the summary when null).
 */
export type ImportProblem =
  | { field: null; code: 'notJson' }
  | { field: null; code: 'notObject' }
  | { field: null; code: 'notOurs' }
  | { field: null; code: 'tooLarge' }
  | { field: null; code: 'newerVersion'; version: number }
  | { field: null; code: 'unknownKey'; key: string }
  | { field: SettingKey; code: 'type'; expected: ValueKind; found: ValueKind }
  | { field: SettingKey; code: 'range'; min: number; max: number; integer: boolean }
  | { field: SettingKey; code: 'option'; value: string; options: string[] }
  | { field: SettingKey; code: 'unknownRole'; value: string }
  | { field: SettingKey; code: 'notHost'; value: string }
  | { field: SettingKey; code: 'tooMany'; max: number }
  | { field: SettingKey; code: 'invalid' };

/** A valid file: only the settings it names (normalised); what to do with the rest is the reader's choice (import-plan.ts). */
export type ImportResult = { ok: true; fields: Partial<Settings> } | { ok: false; problems: ImportProblem[] };

/** The settings as a file to download: they can be imported again, here or in another browser. */
export function exportSettings(settings: Settings): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: SETTINGS_VERSION, settings }, null, 2)}\n`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * An imported file's text → the settings it holds, or every problem with it.
 * Strict, unlike the stored-value read: nothing is repaired or dropped
 * silently. Fields the file does not name are left out of the result; accepts
 * the exported envelope ({format, version, settings}) or a bare settings object.
 */
export function parseSettingsImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, problems: [{ field: null, code: 'tooLarge' }] };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problems: [{ field: null, code: 'notJson' }] };
  }
  if (!isRecord(json)) return { ok: false, problems: [{ field: null, code: 'notObject' }] };

  let body: unknown = json;
  if ('format' in json) {
    const unwrapped = unwrap(json);
    if (!unwrapped.ok) return unwrapped;
    body = unwrapped.body;
  }

  const parsed = StrictSettings.safeParse(body);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.flatMap((issue) => toProblems(issue, body)) };
  // Only the keys the file names: a field it leaves out must not look like a choice it made.
  const fields: Partial<Settings> = {};
  for (const key of SETTING_KEYS) if (key in parsed.data) (fields as Record<SettingKey, unknown>)[key] = parsed.data[key];
  return { ok: true, fields };
}

function unwrap(json: Record<string, unknown>): { ok: true; body: unknown } | { ok: false; problems: ImportProblem[] } {
  if (json.format !== EXPORT_FORMAT) return { ok: false, problems: [{ field: null, code: 'notOurs' }] };
  const problems: ImportProblem[] = Object.keys(json)
    .filter((key) => !['format', 'version', 'settings'].includes(key))
    .map((key) => ({ field: null, code: 'unknownKey', key }));
  const version = json.version ?? SETTINGS_VERSION;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) problems.push({ field: null, code: 'notOurs' });
  else if (version > SETTINGS_VERSION) problems.push({ field: null, code: 'newerVersion', version });
  if (!isRecord(json.settings)) problems.push({ field: null, code: 'notObject' });
  if (problems.length) return { ok: false, problems };
  // Files from older versions get the same migrations as stored values.
  return { ok: true, body: migrateSettings(json.settings, version as number) };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) value = value != null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

function kindOf(value: unknown): ValueKind {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'object';
}

const EXPECTED: Record<string, ValueKind> = {
  string: 'text',
  number: 'number',
  int: 'wholeNumber',
  boolean: 'boolean',
  array: 'list',
  object: 'object',
};

const NUMBER_KEYS = new Set<SettingKey>(SETTING_KEYS.filter((key) => SettingFields[key]._zod.def.type === 'number'));

function toProblems(issue: z.core.$ZodIssue, body: unknown): ImportProblem[] {
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ field: null, code: 'unknownKey', key }));
  const field = issue.path[0];
  if (typeof field !== 'string' || !(SETTING_KEYS as string[]).includes(field)) return [{ field: null, code: 'notObject' }];
  const key = field as SettingKey;
  const value = valueAt(body, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return [{ field: key, code: 'type', expected: EXPECTED[issue.expected] ?? 'object', found: kindOf(value) }];
    case 'too_big':
    case 'too_small':
      if (NUMBER_KEYS.has(key)) return [{ field: key, code: 'range', ...numberLimits(key as NumberSettingKey) }];
      if (issue.origin === 'array') return [{ field: key, code: 'tooMany', max: MAX_SITES }];
      return [{ field: key, code: 'notHost', value: String(value) }];
    case 'invalid_value':
      if (key === 'badgeRoles') return [{ field: key, code: 'unknownRole', value: String(value) }];
      return [{ field: key, code: 'option', value: String(value), options: issue.values.map(String) }];
    case 'custom':
      if (key === 'disabledSites') return [{ field: key, code: 'notHost', value: String(value) }];
      return [{ field: key, code: 'invalid' }];
    default:
      return [{ field: key, code: 'invalid' }];
  }
}
