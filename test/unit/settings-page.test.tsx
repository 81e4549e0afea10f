// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { I18nContext } from '../../components/i18n-context';
import { OptionsApp } from '../../components/options/OptionsApp';
import { SettingsForm, type SettingsFormProps } from '../../components/options/SettingsForm';
import type { CacheState } from '../../components/options/use-cache-stats';
import { createTranslator, type Locale } from '../../lib/i18n/translate';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/schema/settings';
import { defineSettingsItem } from '../../lib/platform/settings-store';
import { useRenderRoot } from '../support/render-root';

const rootOf = useRenderRoot();
const $ = <T extends Element = HTMLElement>(selector: string) => rootOf().querySelector<T>(selector);
const $$ = (selector: string) => [...rootOf().querySelectorAll(selector)];

const READY: CacheState = { kind: 'ready', stats: { entries: 12, bytes: 30_720 } };

function mount(overrides: Partial<SettingsFormProps> = {}, locale: Locale = 'en') {
  const props: SettingsFormProps = {
    settings: { ...DEFAULT_SETTINGS },
    saveStatus: { kind: 'idle' },
    cache: READY,
    onChange: vi.fn(),
    onReplace: vi.fn(),
    onClearCache: vi.fn(),
    onExport: vi.fn(),
    ...overrides,
  };
  act(() => {
    render(
      <I18nContext.Provider value={{ t: createTranslator(locale), locale }}>
        <SettingsForm {...props} />
      </I18nContext.Provider>,
      rootOf(),
    );
  });
  return props;
}

function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function fire(el: Element, event: 'change' | 'click') {
  act(() => {
    if (event === 'click') (el as HTMLElement).click();
    else el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function chooseFile(name: string, text: string) {
  const input = $<HTMLInputElement>('#settings-import')!;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 20));
  });
}

/** Lets storage promises and watchers run, and Preact render what they changed. */
async function settle() {
  for (let i = 0; i < 3; i++) await act(() => new Promise<void>((r) => setTimeout(r, 10)));
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.useRealTimers());

describe('settings page', () => {
  it('has the controls end-to-end tests use, each with a visible label', () => {
    mount();
    for (const id of ['#setting-checkMode-popup', '#setting-checkMode-auto', '#setting-badges', '#setting-disabledSites', '#setting-timeoutSeconds', '#setting-language', '#settings-import', '#settings-export', '#cache-clear', '#cache-stats'])
      expect($(id), id).not.toBeNull();
    for (const role of ['citation', 'reference', 'related', 'self', 'social', 'media', 'other']) expect($(`#setting-badgeRoles-${role}`)).not.toBeNull();
    expect($('#setting-language')!.tagName).toBe('SELECT');
    expect($('[data-testid="saved-status"]')!.getAttribute('role')).toBe('status');
    // Every input, select and textarea has a <label for> with text.
    const controls = $$('input, select, textarea');
    expect(controls.length).toBeGreaterThan(20);
    for (const control of controls) {
      const label = $(`label[for="${control.id}"]`);
      expect(label?.textContent?.trim(), control.id).toBeTruthy();
    }
    // Groups are fieldsets with legends; no id is used twice.
    for (const fieldset of $$('fieldset')) expect(fieldset.querySelector(':scope > legend')?.textContent).toBeTruthy();
    const ids = $$('[id]').map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect($('#cache-stats')!.textContent).toBe('12 sources cached (30 KB)');
  });

  it('shows the current values', () => {
    mount({ settings: { ...DEFAULT_SETTINGS, checkMode: 'auto', badges: false, badgeRoles: ['social'], disabledSites: ['a.com', 'b.org'], timeoutSeconds: 42, language: 'zh_CN' } });
    expect($<HTMLInputElement>('#setting-checkMode-auto')!.checked).toBe(true);
    expect($<HTMLInputElement>('#setting-checkMode-popup')!.checked).toBe(false);
    expect($<HTMLInputElement>('#setting-badges')!.checked).toBe(false);
    expect($<HTMLInputElement>('#setting-badgeRoles-social')!.checked).toBe(true);
    expect($<HTMLInputElement>('#setting-badgeRoles-citation')!.checked).toBe(false);
    expect($<HTMLTextAreaElement>('#setting-disabledSites')!.value).toBe('a.com\nb.org');
    expect($<HTMLInputElement>('#setting-timeoutSeconds')!.value).toBe('42');
    expect($<HTMLSelectElement>('#setting-language')!.value).toBe('zh_CN');
  });

  it('saves each change as it is made', () => {
    const { onChange } = mount();
    fire($('#setting-checkMode-auto')!, 'click');
    expect(onChange).toHaveBeenLastCalledWith({ checkMode: 'auto' });
    fire($('#setting-badges')!, 'click');
    expect(onChange).toHaveBeenLastCalledWith({ badges: false });
    fire($('#setting-badgeRoles-media')!, 'click');
    expect(onChange).toHaveBeenLastCalledWith({ badgeRoles: ['citation', 'media'] });
    type($('#setting-timeoutSeconds')!, '30');
    expect(onChange).toHaveBeenLastCalledWith({ timeoutSeconds: 30 });
    const language = $<HTMLSelectElement>('#setting-language')!;
    act(() => {
      language.value = 'zh_CN';
      language.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onChange).toHaveBeenLastCalledWith({ language: 'zh_CN' });
  });

  it('does not save an out-of-range number and says why, linked to the field', () => {
    const { onChange } = mount();
    const input = $<HTMLInputElement>('#setting-timeoutSeconds')!;
    type(input, '500');
    expect(onChange).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const error = $('[data-testid="field-error-timeoutSeconds"]')!;
    expect(error.textContent).toBe('Must be a whole number from 2 to 120.');
    expect(input.getAttribute('aria-describedby')).toContain(error.id);
    type(input, '');
    expect(onChange).not.toHaveBeenCalled();
    type(input, '25');
    expect(onChange).toHaveBeenCalledWith({ timeoutSeconds: 25 });
    expect($('[data-testid="field-error-timeoutSeconds"]')).toBeNull();
    expect(input.hasAttribute('aria-invalid')).toBe(false);
  });

  it('normalises the sites the reader types and points out lines that are not sites', () => {
    vi.useFakeTimers();
    const { onChange } = mount();
    const sites = $<HTMLTextAreaElement>('#setting-disabledSites')!;
    type(sites, 'https://www.Example.com/path\n*.example.org\n example.net \nnot a site');
    act(() => {
      vi.advanceTimersByTime(400);
    });
    expect(onChange).toHaveBeenLastCalledWith({ disabledSites: ['example.com', 'example.org', 'example.net'] });
    fire(sites, 'change');
    expect(sites.value).toBe('example.com\nexample.org\nexample.net\nnot a site');
    expect($('[data-testid="field-error-disabledSites"]')!.textContent).toBe('Not saved, not a site name: “not a site”.');
    expect(sites.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows "Saved" politely after a save', () => {
    mount({ saveStatus: { kind: 'saved' } });
    expect($('[data-testid="saved-status"]')!.textContent).toBe('Saved');
  });

  it('exports the settings as a JSON file that imports again', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, timeoutSeconds: 33 };
    const { onExport } = mount({ settings });
    fire($('#settings-export')!, 'click');
    const [name, text] = vi.mocked(onExport!).mock.calls[0]!;
    expect(name).toMatch(/^source-lens-settings-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(text).settings).toEqual(settings);
  });

  it('an invalid import changes nothing and shows each problem next to its field and in a summary', async () => {
    const { onReplace } = mount();
    await chooseFile('bad.json', JSON.stringify({ timeoutSeconds: 999, badgeRoles: ['gossip'], colour: 'blue' }));
    expect(onReplace).not.toHaveBeenCalled();
    const summary = $('[data-testid="import-errors"]')!;
    expect(summary.getAttribute('role')).toBe('alert');
    expect(summary.querySelector('h2')!.textContent).toBe('Nothing was imported: bad.json has 3 problems.');
    expect(summary.textContent).toContain('There is no setting called “colour”.');
    expect(document.activeElement).toBe(summary);
    expect($('[data-testid="field-error-timeoutSeconds"]')!.textContent).toBe('Must be a whole number from 2 to 120.');
    expect($('[data-testid="field-error-badgeRoles"]')!.textContent).toContain('“gossip”');
    expect($('#setting-timeoutSeconds')!.getAttribute('aria-invalid')).toBe('true');
    expect($('#setting-timeoutSeconds')!.getAttribute('aria-describedby')).toContain('error-timeoutSeconds');
    // The summary's entries lead to their fields.
    fire(summary.querySelector('a[href="#setting-timeoutSeconds"]')!, 'click');
    expect(document.activeElement).toBe($('#setting-timeoutSeconds'));
    // Editing a field clears its inline error.
    type($('#setting-timeoutSeconds')!, '20');
    expect($('[data-testid="field-error-timeoutSeconds"]')).toBeNull();
  });

  it('a file that is not JSON is reported at the top', async () => {
    mount();
    await chooseFile('notes.txt', 'hello');
    expect($('[data-testid="import-errors"]')!.textContent).toContain('This is not a JSON file.');
  });

  const MINE: Settings = { ...DEFAULT_SETTINGS, badges: false, disabledSites: ['example.com', 'thepaper.cn'], wayback: false, timeoutSeconds: 30 };
  /** The review's rows as the reader sees them: setting, now, after import. */
  const diffRows = () => $$('[data-testid="import-diff"] tbody tr').map((tr) => [...tr.children].map((c) => c.textContent));
  const warnings = () => $$('[data-testid="import-widenings"] li').map((li) => li.textContent);

  it('a valid file is shown as a diff and changes nothing until the reader applies it', async () => {
    const { onReplace } = mount({ settings: MINE });
    await chooseFile('bad.json', '[]');
    expect($('[data-testid="import-errors"]')).not.toBeNull();
    // The 47-byte file that silently turned on private-network fetching and automatic checks.
    await chooseFile('47.json', '{"allowPrivateNetwork":true,"checkMode":"auto"}');
    expect($('[data-testid="import-errors"]')).toBeNull();
    expect(onReplace).not.toHaveBeenCalled();
    const review = $('[data-testid="import-review"]')!;
    expect(document.activeElement).toBe(review);
    expect(review.querySelector('h3')!.textContent).toBe('Import settings from 47.json?');
    expect(diffRows()).toEqual([
      ['When to check sources', 'Only when I open the Source Lens popup', 'Automatically on article pages'],
      ['Allow sources on private networks (localhost, intranet)', 'Off', 'On'],
    ]);
    expect($('[data-testid="import-widenings"]')!.textContent).toContain('This file lets Source Lens fetch more');
    expect(warnings()).toEqual([
      'It turns on fetching sources on private networks: an article could then make your browser reach devices on your home or office network (localhost, intranet, router).',
      'It turns on automatic checks: every article you open will make your browser fetch the sites it cites, without you asking.',
    ]);
    expect($('[data-testid="import-status"]')!.textContent).toBe('');

    fire($('#import-apply')!, 'click');
    await settle();
    // Only what the file names changed: the disabled sites, Wayback and timeout are kept.
    expect(onReplace).toHaveBeenCalledExactlyOnceWith({ ...MINE, checkMode: 'auto', allowPrivateNetwork: true });
    expect($('[data-testid="import-review"]')).toBeNull();
    expect($('[data-testid="import-status"]')!.textContent).toBe('Settings imported from 47.json: 2 settings changed.');
  });

  it('cancelling an import changes nothing and says so', async () => {
    const { onReplace } = mount({ settings: MINE });
    await chooseFile('47.json', '{"allowPrivateNetwork":true,"checkMode":"auto"}');
    fire($('#import-cancel')!, 'click');
    await settle();
    expect(onReplace).not.toHaveBeenCalled();
    expect($('[data-testid="import-review"]')).toBeNull();
    expect($('[data-testid="import-status"]')!.textContent).toBe('Import of 47.json cancelled: nothing changed.');
  });

  it('{"badges": true} changes the badges only, unless the reader chooses to replace all — then the diff and warnings say what else goes', async () => {
    const { onReplace } = mount({ settings: MINE });
    await chooseFile('badges.json', '{"badges": true}');
    expect($<HTMLInputElement>('#import-mode-merge')!.checked).toBe(true);
    expect(diffRows()).toEqual([['Show a badge next to checked links in the article', 'Off', 'On']]);
    expect($('[data-testid="import-widenings"]')).toBeNull();

    fire($('#import-mode-replace')!, 'click');
    expect(diffRows()).toEqual([
      ['Show a badge next to checked links in the article', 'Off', 'On'],
      ['Sites where Source Lens never runs', 'example.com, thepaper.cn', 'None'],
      ['Give up on a source after (seconds)', '30', '10'],
      ['Look up dead sources in the Wayback Machine (archive.org)', 'Off', 'On'],
    ]);
    expect(warnings()).toEqual([
      'It turns on Wayback Machine look-ups: the addresses of sources that no longer load will be sent to archive.org.',
      'It turns Source Lens back on for sites you had turned it off for: example.com, thepaper.cn.',
    ]);
    fire($('#import-apply')!, 'click');
    await settle();
    expect(onReplace).toHaveBeenCalledExactlyOnceWith({ ...DEFAULT_SETTINGS, badges: true });
    expect($('[data-testid="import-status"]')!.textContent).toBe('Settings imported from badges.json: 4 settings changed.');
  });

  it('a file that changes nothing says so and offers nothing to apply', async () => {
    const { onReplace } = mount({ settings: MINE });
    await chooseFile('same.json', '{"badges": false, "timeoutSeconds": 30}');
    expect($('[data-testid="import-no-changes"]')!.textContent).toBe('This file changes nothing.');
    expect($<HTMLButtonElement>('#import-apply')!.disabled).toBe(true);
    expect(onReplace).not.toHaveBeenCalled();
  });

  it('shows the review in Simplified Chinese', async () => {
    mount({ settings: MINE }, 'zh_CN');
    await chooseFile('47.json', '{"allowPrivateNetwork":true,"checkMode":"auto","badgeRoles":["citation","social"]}');
    expect($('[data-testid="import-review"] h3')!.textContent).toBe('从 47.json 导入设置？');
    expect($$('[data-testid="import-diff"] thead th').map((th) => th.textContent)).toEqual(['设置', '当前', '导入后']);
    expect(diffRows()).toEqual([
      ['何时核查信源', '仅在我打开信源透镜弹出窗口时', '在文章页面上自动核查'],
      ['显示标记的链接类型', '引用', '引用、社交媒体'],
      [expect.any(String), '关', '开'],
    ]);
    expect(warnings()).toEqual([expect.stringContaining('私有网络'), expect.stringContaining('自动核查')]);
    expect($('#import-apply')!.textContent).toBe('应用更改');
  });

  it('clears the cache on request and shows the count', () => {
    const { onClearCache } = mount({ cache: { kind: 'ready', stats: { entries: 1, bytes: 500 } } });
    expect($('#cache-stats')!.textContent).toBe('1 source cached (500 bytes)');
    fire($('#cache-clear')!, 'click');
    expect(onClearCache).toHaveBeenCalled();
  });

  it('speaks Simplified Chinese, including what leaves the browser', () => {
    mount({}, 'zh_CN');
    expect($('h1')!.textContent).toBe('信源透镜设置');
    expect($('#privacy-heading')!.textContent).toBe('哪些信息会离开你的浏览器');
    expect(rootOf().textContent).toContain('archive.org');
    expect($('label[for="setting-badgeRoles-citation"]')!.textContent).toBe('引用');
    expect($('#cache-stats')!.textContent).toBe('已缓存 12 个信源（30 KB）');
    expect($('[data-testid="credits"]')!.textContent).toMatch(/CC-CEDICT.*CC BY-SA 4\.0/);
  });

  it('credits CC-CEDICT and names the license the compiled lexicon carries', () => {
    mount({});
    const credits = $('[data-testid="credits"]')!;
    expect(credits.textContent).toContain('compiled from CC-CEDICT');
    expect(credits.querySelector('a[href="https://creativecommons.org/licenses/by-sa/4.0/"]')!.textContent).toBe('CC BY-SA 4.0');
  });
});

describe('settings page wired to storage', () => {
  it('loads the stored settings, saves a change, clears the cache and follows the language setting', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, timeoutSeconds: 15 }, settings$: { v: 2 } });
    // The background's answers to the cache messages.
    let entries = 3;
    fakeBrowser.runtime.onMessage.addListener(((message: { type: string }) => {
      if (message.type === 'cache/clear') entries = 0;
      return Promise.resolve({ ok: true, data: { entries, bytes: entries * 2048 } });
    }) as never);
    act(() => render(<OptionsApp />, rootOf()));
    await settle();
    expect($<HTMLInputElement>('#setting-timeoutSeconds')!.value).toBe('15');
    expect($('#cache-stats')!.textContent).toBe('3 sources cached (6 KB)');
    fire($('#cache-clear')!, 'click');
    await settle();
    expect($('#cache-stats')!.textContent).toBe('0 sources cached (0 bytes)');
    fire($('#setting-checkMode-auto')!, 'click');
    await settle();
    const item = defineSettingsItem();
    expect((await item.getValue()).checkMode).toBe('auto');
    expect($('[data-testid="saved-status"]')!.textContent).toBe('Saved');

    // Quick changes in a row all stick: late echoes of the earlier writes do not undo the later ones.
    fire($('#setting-badges')!, 'click');
    fire($('#setting-wayback')!, 'click');
    fire($('#setting-badgeRoles-social')!, 'click');
    await settle();
    expect(await item.getValue()).toMatchObject({ checkMode: 'auto', badges: false, wayback: false, badgeRoles: ['citation', 'social'] });
    expect($<HTMLInputElement>('#setting-badges')!.checked).toBe(false);
    expect($<HTMLInputElement>('#setting-wayback')!.checked).toBe(false);
    expect($<HTMLInputElement>('#setting-badgeRoles-social')!.checked).toBe(true);

    // Another page changes the language: this one follows.
    await item.setValue({ ...(await item.getValue()), language: 'zh_CN' });
    await settle();
    expect($('h1')!.textContent).toBe('信源透镜设置');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('stores nothing on cancel, and on apply keeps every setting the file leaves out', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
    const stored: Settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'], wayback: false, timeoutSeconds: 15 };
    await fakeBrowser.storage.local.set({ settings: stored, settings$: { v: 2 } });
    fakeBrowser.runtime.onMessage.addListener((() => Promise.resolve({ ok: true, data: { entries: 0, bytes: 0 } })) as never);
    act(() => render(<OptionsApp />, rootOf()));
    await settle();
    const item = defineSettingsItem();

    await chooseFile('tiny.json', '{"badges": false}');
    fire($('#import-cancel')!, 'click');
    await settle();
    expect(await item.getValue()).toEqual(stored);

    await chooseFile('tiny.json', '{"badges": false}');
    expect(await item.getValue()).toEqual(stored);
    fire($('#import-apply')!, 'click');
    await settle();
    expect(await item.getValue()).toEqual({ ...stored, badges: false });
    expect($<HTMLInputElement>('#setting-badges')!.checked).toBe(false);
    expect($<HTMLTextAreaElement>('#setting-disabledSites')!.value).toBe('example.com');
  });
});
