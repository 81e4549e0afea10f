import { afterEach, describe, expect, it } from 'vitest';
import { formatDay, languageName } from '../../lib/i18n/format';

// Issue 13 §2: a popup redrawing cards must not make (and leave V8 to free) an Intl formatter per date.

const real = { DateTimeFormat: Intl.DateTimeFormat, DisplayNames: Intl.DisplayNames };
afterEach(() => Object.assign(Intl, real));

/** Counts the objects made of one Intl class from here on. */
function counting(name: 'DateTimeFormat' | 'DisplayNames') {
  const made = { count: 0 };
  const Base = real[name] as unknown as new (...args: unknown[]) => object;
  Object.assign(Intl, {
    [name]: class extends Base {
      constructor(...args: unknown[]) {
        super(...args);
        made.count++;
      }
    },
  });
  return made;
}

describe('interface formatters', () => {
  it('formats many dates with at most one DateTimeFormat per language, and the same text', () => {
    const english = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2022, 8, 1)));
    const made = counting('DateTimeFormat');
    const days = Array.from({ length: 200 }, (_, i) => formatDay(`2022-09-${String((i % 28) + 1).padStart(2, '0')}`, i % 2 ? 'zh_CN' : 'en'));
    expect(made.count).toBeLessThanOrEqual(2);
    expect(days[0]).toBe(english);
    expect(days[1]).toBe('2022年9月2日');
  });

  it('names languages with at most one DisplayNames per language', () => {
    const made = counting('DisplayNames');
    for (let i = 0; i < 50; i++) expect(languageName('zh', 'en')).toBe('Chinese');
    expect(made.count).toBeLessThanOrEqual(1);
  });
});
