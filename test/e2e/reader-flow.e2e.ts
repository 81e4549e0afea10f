import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_ARTICLE_URL, REFERENCE_SOURCE_URL } from '../web/routes';
import { ARTIFACTS } from './browser';
import { chromiumDriver, firefoxDriver, type DriverPage, type ReaderDriver } from './reader-driver';

/** What the popup shows, read in the page: the article's head, the summary line and one source's card. */
function readPopup(sourceUrl: string) {
  const text = (root: ParentNode, id: string) => root.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? null;
  const card = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="source-card"]')).find((c) => c.dataset.url === sourceUrl);
  return {
    phase: document.querySelector('main')?.dataset.phase ?? null,
    brand: document.querySelector('.brand')?.textContent?.trim() ?? null,
    title: text(document, 'article-title'),
    outlet: text(document, 'article-outlet'),
    byline: text(document, 'article-byline'),
    date: text(document, 'article-date'),
    summary: text(document, 'summary-line'),
    card: card
      ? {
          verdict: card.querySelector<HTMLElement>('.card-head [data-verdict]')?.dataset.verdict ?? null,
          verdictText: card.querySelector('.card-head [data-verdict]')?.textContent?.trim() ?? null,
          anchorText: text(card, 'anchor-text'),
          context: text(card, 'context'),
          publication: text(card, 'attribution-publication'),
          author: text(card, 'attribution-author'),
          sourceTitle: text(card, 'source-title'),
          reachability: text(card, 'reachability'),
          meta: text(card, 'source-meta'),
          findings: Array.from(card.querySelectorAll<HTMLElement>('[data-testid="findings"] [data-kind]'), (f) => ({
            kind: f.dataset.kind ?? '',
            ok: f.dataset.ok ?? '',
            text: f.textContent?.trim() ?? '',
          })),
        }
      : null,
  };
}

async function donePopup(driver: ReaderDriver, tabId: number): Promise<DriverPage> {
  const popup = await driver.openPopup(tabId);
  await popup.waitFor('main[data-phase="done"]', 30_000);
  return popup;
}

// One definition of what the reader sees, run in each browser.
describe.each([
  ['Chromium', chromiumDriver],
  ['Firefox', firefoxDriver],
] as const)('the reference article in %s', (_name, launch) => {
  let driver: ReaderDriver;
  let article: Awaited<ReturnType<ReaderDriver['openArticle']>>;
  const fpBadges = async () => (await article.badges()).filter((b) => b.anchorHref === REFERENCE_SOURCE_URL);

  beforeAll(async () => {
    driver = await launch();
    article = await driver.openArticle(REFERENCE_ARTICLE_URL);
  }, 60_000);
  afterAll(() => driver?.close());

  it('puts a badge with the source type beside the Foreign Policy link, in a closed shadow root', async () => {
    await expect.poll(async () => (await fpBadges())[0]?.label, { timeout: 15_000 }).toBe('Source: Foreign Policy (Magazine). Not checked yet. Show details');
    const all = await article.badges();
    expect(all.map((b) => b.anchorHref)).toEqual([REFERENCE_SOURCE_URL]);
    expect(all[0]).toMatchObject({ mode: 'closed', hostTag: 'span' });
    // The host is a plain span: nothing on it (only its reset style) tells the page the source or the verdict.
    expect(Object.keys(all[0]!.hostAttributes).filter((name) => name !== 'style')).toEqual([]);
  });

  it('reports the Foreign Policy source in the popup: title, outlet, author match, verdict and findings', async () => {
    const popup = await donePopup(driver, article.tabId);
    const seen = await popup.evaluate(readPopup, REFERENCE_SOURCE_URL);
    expect(seen.title).toBe('哈萨克斯坦试图从俄罗斯对乌克兰战争中实现的目标');
    expect(seen.outlet).toBe('半岛电视台');
    expect(seen.byline).toContain('半岛电视台');
    expect(seen.date).toMatch(/17 Sept? 2022/);
    expect(seen.summary).toMatch(/1 source.*Partly supported 1/);

    const card = seen.card!;
    expect(card.anchorText).toBe('文章');
    expect(card.context).toContain('美国杂志《外交政策》在其发表的一篇文章中指出');
    expect(card.publication).toBe('外交政策, known as Foreign Policy');
    expect(card.author).toContain('蒂穆尔·乌姆洛夫');
    // Only the local stand-in page carries this title, byline and date: the source was fetched and read.
    expect(card.sourceTitle).toBe('Kazakhstan Is Quietly Breaking Away From Russia');
    expect(card.reachability).toBe('Reachable · HTTP 200');
    expect(card.meta).toContain('Foreign Policy');
    expect(card.meta).toContain('Temur Umarov');
    expect(card.meta).toMatch(/16 Sept? 2022/);

    expect(card.verdict).toBe('partial');
    expect(card.verdictText).toContain('Partly supported');
    const finding = (kind: string) => card.findings.find((f) => f.kind === kind);
    expect(finding('publication')).toMatchObject({ ok: 'true' });
    expect(finding('publication')!.text).toContain('Foreign Policy (foreignpolicy.com)');
    // The author match across scripts: 蒂穆尔·乌姆洛夫 is Temur Umarov.
    expect(finding('author')).toMatchObject({ ok: 'true' });
    expect(finding('author')!.text).toContain('Temur Umarov');
    expect(finding('date')).toMatchObject({ ok: 'true' });
    expect(finding('number')!.text).toContain('2008年');
    // Partial, not supported: some claims are not found in the source, and a finding says so.
    expect(card.findings.some((f) => f.ok !== 'true')).toBe(true);

    await popup.screenshot(join(ARTIFACTS, `popup-reference-${driver.browserName}.png`));
    await popup.close();
    // The source was fetched without cookies or a referrer.
    const fetched = driver.web.requests.find((r) => r.host === 'foreignpolicy.com');
    expect(fetched?.headers.cookie).toBeUndefined();
    expect(fetched?.headers.referer).toBeUndefined();
  });

  it('updates the badge beside the link to the verdict', async () => {
    await expect.poll(async () => (await fpBadges())[0]?.label, { timeout: 15_000 }).toBe('Source: Foreign Policy (Magazine). Partly supported. Show details');
    expect((await fpBadges())[0]!.status).toBe('partial');
  });

  it('applies the settings page’s changes: interface language, then badges off and on', async () => {
    const settings = await driver.openSettings();
    await settings.waitFor('#setting-language');
    await settings.select('#setting-language', 'zh_CN');
    const popup = await donePopup(driver, article.tabId);
    await expect.poll(async () => (await popup.evaluate(readPopup, REFERENCE_SOURCE_URL)).brand).toBe('信源透镜 Source Lens');
    expect((await popup.evaluate(readPopup, REFERENCE_SOURCE_URL)).summary).toContain('部分有据 1');
    await popup.screenshot(join(ARTIFACTS, `popup-reference-zh-${driver.browserName}.png`));
    await popup.close();
    await settings.select('#setting-language', 'en');

    await settings.setChecked('#setting-badges', false);
    await expect.poll(async () => (await article.badges()).length, { timeout: 5000 }).toBe(0);
    await settings.setChecked('#setting-badges', true);
    await expect.poll(async () => (await article.badges()).length, { timeout: 5000 }).toBe(1);
    await settings.close();
  });
});
