import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/schema/settings';
import { planImport, widenings } from '../../lib/settings/import-plan';
import { EXPORT_FORMAT, exportSettings, parseSettingsImport, type ImportProblem } from '../../lib/settings/import-settings';

const problems = (text: string): ImportProblem[] => {
  const result = parseSettingsImport(text);
  if (result.ok) throw new Error('expected the import to fail');
  return result.problems;
};

const CUSTOM: Settings = {
  ...DEFAULT_SETTINGS,
  checkMode: 'auto',
  badges: false,
  badgeRoles: ['citation', 'social'],
  disabledSites: ['example.com', 'thepaper.cn'],
  concurrency: 3,
  timeoutSeconds: 45,
  maxBodyMegabytes: 1.5,
  cacheHours: 0,
  summarySentences: 5,
  wayback: false,
  language: 'zh_CN',
};

describe('settings import', () => {
  it('round-trips an export', () => {
    const file = exportSettings(CUSTOM);
    expect(JSON.parse(file)).toEqual({ format: EXPORT_FORMAT, version: 2, settings: CUSTOM });
    expect(parseSettingsImport(file)).toEqual({ ok: true, fields: CUSTOM });
  });

  it('takes a bare settings object and returns only the fields it names', () => {
    expect(parseSettingsImport('{"timeoutSeconds": 30, "badgeRoles": ["citation", "media", "citation"]}')).toEqual({
      ok: true,
      fields: { timeoutSeconds: 30, badgeRoles: ['citation', 'media'] },
    });
    expect(parseSettingsImport('{}')).toEqual({ ok: true, fields: {} });
    // A byte-order mark, as some editors save, is not an error.
    expect(parseSettingsImport('\uFEFF{"badges": false}').ok).toBe(true);
  });

  it('normalises the forms of a site name and dedupes them', () => {
    const result = parseSettingsImport(JSON.stringify({ disabledSites: ['https://www.Example.com/a', '*.example.com', 'example.org'] }));
    expect(result).toEqual({ ok: true, fields: { disabledSites: ['example.com', 'example.org'] } });
  });

  it('rejects wrong types, naming the field, what was expected and what was found', () => {
    expect(problems('{"badges": "yes", "timeoutSeconds": "30", "disabledSites": "example.com", "badgeRoles": [1]}')).toEqual([
      { field: 'badges', code: 'type', expected: 'boolean', found: 'text' },
      { field: 'badgeRoles', code: 'unknownRole', value: '1' },
      { field: 'disabledSites', code: 'type', expected: 'list', found: 'text' },
      { field: 'timeoutSeconds', code: 'type', expected: 'number', found: 'text' },
    ]);
    expect(problems('{"concurrency": 2.5}')).toEqual([{ field: 'concurrency', code: 'type', expected: 'wholeNumber', found: 'number' }]);
    expect(problems('{"wayback": null}')).toEqual([{ field: 'wayback', code: 'type', expected: 'boolean', found: 'null' }]);
  });

  it('rejects out-of-range numbers with the allowed range', () => {
    expect(problems('{"timeoutSeconds": 500, "summarySentences": 2, "cacheHours": -1, "maxBodyMegabytes": 0.1}')).toEqual([
      { field: 'timeoutSeconds', code: 'range', min: 2, max: 120, integer: true },
      { field: 'maxBodyMegabytes', code: 'range', min: 0.25, max: 20, integer: false },
      { field: 'cacheHours', code: 'range', min: 0, max: 2160, integer: false },
      { field: 'summarySentences', code: 'range', min: 3, max: 5, integer: true },
    ]);
  });

  it('rejects unknown keys, unknown roles, unknown options and entries that name no site', () => {
    expect(
      problems(JSON.stringify({ colour: 'blue', badgeRoles: ['citation', 'gossip'], checkMode: 'always', language: 'fr', disabledSites: ['example.com', 'not a site'] })),
    ).toEqual([
      { field: 'checkMode', code: 'option', value: 'always', options: ['popup', 'auto'] },
      { field: 'badgeRoles', code: 'unknownRole', value: 'gossip' },
      { field: 'disabledSites', code: 'notHost', value: 'not a site' },
      { field: 'language', code: 'option', value: 'fr', options: ['auto', 'en', 'zh_CN', 'zh_TW'] },
      { field: null, code: 'unknownKey', key: 'colour' },
    ]);
    expect(problems(JSON.stringify({ disabledSites: Array.from({ length: 1001 }, (_, i) => `s${i}.com`) }))).toEqual([
      { field: 'disabledSites', code: 'tooMany', max: 1000 },
    ]);
  });

  it('rejects text that is not JSON, and JSON that is not an object', () => {
    expect(problems('')).toEqual([{ field: null, code: 'notJson' }]);
    expect(problems('{"badges": true,}')).toEqual([{ field: null, code: 'notJson' }]);
    expect(problems('<html></html>')).toEqual([{ field: null, code: 'notJson' }]);
    for (const json of ['[]', '[{"badges": true}]', '"settings"', '42', 'null', 'true']) expect(problems(json)).toEqual([{ field: null, code: 'notObject' }]);
  });

  it('checks the envelope of an exported file', () => {
    const wrap = (extra: object) => JSON.stringify({ format: EXPORT_FORMAT, version: 2, settings: { badges: false }, ...extra });
    expect(parseSettingsImport(wrap({}))).toEqual({ ok: true, fields: { badges: false } });
    expect(problems(wrap({ format: 'someone-else' }))).toEqual([{ field: null, code: 'notOurs' }]);
    expect(problems(wrap({ version: 3 }))).toEqual([{ field: null, code: 'newerVersion', version: 3 }]);
    expect(problems(wrap({ version: 'two' }))).toEqual([{ field: null, code: 'notOurs' }]);
    expect(problems(wrap({ settings: [] }))).toEqual([{ field: null, code: 'notObject' }]);
    expect(problems(wrap({ exportedAt: 'today' }))).toEqual([{ field: null, code: 'unknownKey', key: 'exportedAt' }]);
    // Inside the envelope the settings are as strict as a bare object.
    expect(problems(wrap({ settings: { timeoutSeconds: 0 } }))).toEqual([{ field: 'timeoutSeconds', code: 'range', min: 2, max: 120, integer: true }]);
    // An older file gets the stored-value migrations (v1 took any text as a site).
    expect(parseSettingsImport(wrap({ version: 1, settings: { disabledSites: ['https://www.example.com/x', 'nonsense here'] } }))).toEqual({
      ok: true,
      fields: { disabledSites: ['example.com'] },
    });
  });
});

describe('what an import would change', () => {
  const fieldsOf = (text: string) => {
    const result = parseSettingsImport(text);
    if (!result.ok) throw new Error('expected a valid file');
    return result.fields;
  };

  it('{"badges": true} changes only badges; everything else keeps its value (the reported reset)', () => {
    const plan = planImport(CUSTOM, fieldsOf('{"badges": true}'), 'merge');
    expect(plan.next).toEqual({ ...CUSTOM, badges: true });
    expect(plan.changes).toEqual([{ key: 'badges', from: false, to: true }]);
    expect(plan.widenings).toEqual([]);
  });

  it('"replace all" puts the fields the file leaves out back to their defaults, and says what that widens', () => {
    const plan = planImport(CUSTOM, fieldsOf('{"badges": true}'), 'replace');
    expect(plan.next).toEqual({ ...DEFAULT_SETTINGS, badges: true });
    expect(plan.changes.map((c) => c.key)).toEqual([
      'checkMode',
      'badges',
      'badgeRoles',
      'disabledSites',
      'concurrency',
      'timeoutSeconds',
      'maxBodyMegabytes',
      'cacheHours',
      'summarySentences',
      'wayback',
      'language',
    ]);
    expect(plan.changes.find((c) => c.key === 'disabledSites')).toEqual({ key: 'disabledSites', from: ['example.com', 'thepaper.cn'], to: [] });
    expect(plan.widenings).toEqual([{ kind: 'archive' }, { kind: 'sitesReenabled', sites: ['example.com', 'thepaper.cn'] }]);
  });

  it('names every change that widens what is fetched: private networks, automatic checks, archive look-ups', () => {
    // The 47-byte file from the report.
    const file = '{"allowPrivateNetwork":true,"checkMode":"auto"}';
    expect(file.length).toBe(47);
    const current = { ...DEFAULT_SETTINGS, wayback: false };
    const plan = planImport(current, fieldsOf(file), 'merge');
    expect(plan.changes).toEqual([
      { key: 'checkMode', from: 'popup', to: 'auto' },
      { key: 'allowPrivateNetwork', from: false, to: true },
    ]);
    expect(plan.widenings).toEqual([{ kind: 'privateNetwork' }, { kind: 'autoCheck' }]);
    expect(planImport(current, fieldsOf('{"wayback": true}'), 'merge').widenings).toEqual([{ kind: 'archive' }]);
    // Narrowing is not a widening; a file that sets what is already set changes nothing.
    expect(widenings({ ...DEFAULT_SETTINGS, checkMode: 'auto', allowPrivateNetwork: true }, DEFAULT_SETTINGS)).toEqual([]);
    expect(planImport(CUSTOM, CUSTOM, 'merge')).toEqual({ next: CUSTOM, changes: [], widenings: [] });
  });

  it('a site stays off while a parent domain is still listed', () => {
    const current = { ...DEFAULT_SETTINGS, disabledSites: ['news.example.com', 'b.org'] };
    expect(widenings(current, { ...current, disabledSites: ['example.com'] })).toEqual([{ kind: 'sitesReenabled', sites: ['b.org'] }]);
  });
});
