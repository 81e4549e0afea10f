import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingMessage, findingText, supportText } from '../../lib/i18n/findings';
import { formatDay } from '../../lib/i18n/format';
import { CATALOGS, createTranslator, keyOf, LOCALES, localeTag, resolveLocale, type Locale } from '../../lib/i18n/translate';
import { FindingCode, Support } from '../../lib/schema/check';
import { ReportWhy } from '../../lib/schema/report';
import { SettingFields } from '../../lib/schema/settings';
import { ROOT } from '../support/fixtures';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const categories = (locale: Locale) => new Intl.PluralRules(localeTag(locale)).resolvedOptions().pluralCategories;
const en = CATALOGS.en;
/** Messages with plural forms: English, the reference, has a `_one` form for each. */
const pluralNames = Object.keys(en).filter((k) => k.endsWith('_one')).map((k) => k.slice(0, -'_one'.length));
const isPluralForm = (key: string) => pluralNames.some((n) => key.startsWith(`${n}_`) && /^(zero|one|two|few|many|other)$/.test(key.slice(n.length + 1)));
const plainKeys = Object.keys(en).filter((k) => !isPluralForm(k));

// Every placeholder a finding or a support reason can carry, so any message can be filled.
const PARAMS = {
  status: 404, archived: 'https://web.archive.org/web/2024/https://example.com/a', finalUrl: 'https://example.com/b', type: 'application/pdf', bytes: 2048, reason: 'the same page any address gets',
  named: 'Foreign Policy', host: 'example.com', actual: 'Example', site: 'example.com', claimed: 'Reuters', domains: 'reuters.com', author: 'Temur Umarov', authors: 'Temur Umarov, A. N. Other',
  source: '2024-03-05', article: '2024-03-01', days: 4, quote: 'words', near: 'other words', numbers: '5%', quoteLang: 'fr', sourceLang: 'en', score: 80, figures: '3.6 million', found: '2.6 million', missing: '3 May',
  total: 5, supported: 2, partial: 1, notFound: 1, cannotJudge: 1, error: 'HTML too deep', claim: 'a claim', pct: 72, translation: 'translated text', conflicts: '3.6 million', claimLang: 'zh', state: 'timeout',
  agency: 'Reuters', via: 'credit line', from: 'labelled', sourceFrom: 'text', kind: 'wiki', name: 'Wikipedia', term: 'tourist tax', title: 'Tourist tax', lead: 'A tourist tax is…', matched: 1, evidence: 'a sentence of the page', context: 'the linking sentence',
};

// Characters written only in Simplified Chinese (their Traditional forms differ): none may reach the zh_TW interface.
const SIMPLIFIED_ONLY = '设网这个为页说来对时会应无发没链载缓简体语样间问题览译认证实从归项导择错误态动关开询线读写档类择选详显该条为确认论览据觉获译务须';

describe('interface languages', () => {
  it('every message exists in every locale, using no placeholder English lacks, and plural messages have each form the language needs', () => {
    for (const locale of LOCALES) {
      const catalog = CATALOGS[locale];
      const missing = plainKeys.filter((k) => !catalog[k]?.message);
      expect(missing, `${locale} lacks`).toEqual([]);
      for (const name of pluralNames) {
        for (const category of categories(locale)) expect(catalog[`${name}_${category}`]?.message, `${locale}: ${name}_${category}`).toBeTruthy();
      }
      const stray = Object.keys(catalog).filter((k) => !(k in en) && !isPluralForm(k));
      expect(stray, `${locale} has keys English lacks`).toEqual([]);
      // A translation may leave a value out (“that publication” needs no name in Chinese) but never uses one English lacks.
      const within = (text: string, reference: string) => placeholders(text).filter((p) => !placeholders(reference).includes(p));
      for (const key of plainKeys) expect(within(catalog[key]!.message, en[key]!.message), `${locale}: ${key}`).toEqual([]);
      for (const name of pluralNames) {
        // A form may leave the number out ("has a problem"); every other placeholder must be there.
        for (const category of categories(locale)) expect(within(catalog[`${name}_${category}`]!.message, en[`${name}_other`]!.message), `${locale}: ${name}_${category}`).toEqual([]);
      }
    }
  });

  it('message names are ones the browser accepts in _locales (ASCII letters, digits, underscores), and the manifest names messages that exist', () => {
    for (const locale of LOCALES) for (const key of Object.keys(CATALOGS[locale])) expect(key, locale).toMatch(/^[A-Za-z0-9_]+$/);
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    const used = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(used).toEqual(expect.arrayContaining(['extName', 'extDescription']));
    for (const locale of LOCALES) for (const name of used) expect(CATALOGS[locale][name]?.message, `${locale}: ${name}`).toBeTruthy();
    expect(config).toMatch(/default_locale: 'en'/);
  });

  it('every finding code is worded in every language, from its own message, with every placeholder filled', () => {
    for (const code of FindingCode.options) {
      const name = findingMessage(code);
      const texts = LOCALES.map((locale) => {
        const catalog = CATALOGS[locale];
        expect(catalog[name]?.message ?? categories(locale).every((c) => catalog[`${name}_${c}`]?.message), `${locale} has no wording for ${code} (${name})`).toBeTruthy();
        const text = findingText({ code, params: PARAMS }, locale);
        expect(text, `${locale} ${code}`).not.toMatch(/\{\w+\}|finding_/);
        return text;
      });
      const [english, simplified, traditional] = texts as [string, string, string];
      expect(simplified, code).toMatch(/\p{Script=Han}/u);
      expect(traditional, code).toMatch(/\p{Script=Han}/u);
      expect(english, code).not.toMatch(/\p{Script=Han}/u);
    }
  });

  it('every claim-support reason is worded in every language', () => {
    for (const code of Support.shape.code.options) {
      for (const label of ['supported', 'partial', 'not-found'] as const) {
        for (const locale of LOCALES) {
          const text = supportText({ code, label, params: PARAMS }, locale);
          expect(text, `${locale} ${code} ${label}`).not.toMatch(/\{\w+\}|support_/);
          expect(text.length, `${locale} ${code}`).toBeGreaterThan(5);
        }
      }
    }
  });

  it('every reason a page is not read (not an article, turned off, interrupted) is worded in every language, in that language', () => {
    for (const code of ReportWhy.shape.code.options) {
      for (const locale of LOCALES) {
        const text = createTranslator(locale)(keyOf('why', code), { count: 3, message: 'boom' });
        expect(text, `${locale} ${code}`).not.toMatch(/\{\w+\}|why_/);
        expect(/\p{Script=Han}/u.test(text), `${locale} ${code}: ${text}`).toBe(locale !== 'en');
      }
    }
    expect(createTranslator('en')('why_few_paragraphs', { count: 1 })).toMatch(/^The page has only 1 paragraph of running text;/);
  });

  it('Traditional Chinese is written in Traditional characters and Taiwan terms, not a copy of the Simplified text', () => {
    const tw = Object.entries(CATALOGS.zh_TW);
    for (const [key, { message }] of tw) {
      const simplified = [...message].filter((c) => SIMPLIFIED_ONLY.includes(c));
      expect(simplified, `zh_TW ${key}: ${message}`).toEqual([]);
    }
    const t = createTranslator('zh_TW');
    expect(t('settings_privacy_heading')).toBe('哪些資訊會離開你的瀏覽器');
    expect(t('settings_title')).toBe('來源透鏡設定');
    expect(t('finding_reach_not_html', { type: 'PDF', size: '2 KB' })).toContain('網頁');
    // Taiwan quotes 「」, not “”.
    expect(findingText({ code: 'quote.missing', params: { quote: 'x' } }, 'zh_TW')).toBe('引語「x」未出現在來源中。');
  });

  it('plurals follow the language’s rules and numbers and dates are written the language’s way', () => {
    const t = createTranslator('en');
    expect(t('summary_sources', { count: 1 })).toBe('1 source');
    expect(t('summary_sources', { count: 17 })).toBe('17 sources');
    expect(t('action_translateClaims', { count: 1 })).toBe('Translate 1 claim with the browser and compare again');
    expect(findingText({ code: 'date.after', params: { source: '2024-03-02', article: '2024-03-01', days: 1 } }, 'en')).toBe('The source is dated 2 Mar 2024, 1 day after the article (1 Mar 2024).');
    expect(findingText({ code: 'date.before', params: { source: '2024-01-01', article: '2024-03-01', days: 60 } }, 'en')).toBe('The source was published 1 Jan 2024, 60 days before the article (1 Mar 2024).');
    expect(findingText({ code: 'claim.summary', params: { total: 12345, supported: 12000, partial: 300, notFound: 45, cannotJudge: 0 } }, 'en')).toBe(
      'Of 12,345 claims: 12,000 backed by the source, 300 partly, 45 not found.',
    );
    expect(createTranslator('zh_CN')('summary_sources', { count: 1 })).toBe('1 个信源');
    expect(createTranslator('zh_TW')('summary_sources', { count: 1 })).toBe('1 個來源');
    expect(formatDay('2022-09-16', 'zh_TW')).toBe('2022年9月16日');
    expect(findingText({ code: 'quote.other-language', params: { quote: 'q', quoteLang: 'fr', sourceLang: 'en' } }, 'zh_TW')).toBe('引語「q」為法文，來源為英文，未作比較。');
  });

  it('the interface follows the browser’s language (Traditional for zh-TW, zh-HK, zh-MO) unless the reader picks one', () => {
    for (const lang of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-CN']) expect(resolveLocale('auto', lang), lang).toBe('zh_TW');
    for (const lang of ['zh-CN', 'zh-SG', 'zh', 'zh-Hans-HK']) expect(resolveLocale('auto', lang), lang).toBe('zh_CN');
    for (const lang of ['en-US', 'fr', 'ja', '', 'not a tag!']) expect(resolveLocale('auto', lang), lang).toBe('en');
    expect(resolveLocale('en', 'zh-TW')).toBe('en');
    expect(resolveLocale('zh_TW', 'en-US')).toBe('zh_TW');
    expect(SettingFields.language.options).toEqual(['auto', ...LOCALES]);
  });
});
