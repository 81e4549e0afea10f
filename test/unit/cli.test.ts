import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { REFERENCES_EN_URL, REFERENCES_JOURNAL_URL, REFERENCE_ARTICLE_URL, REFERENCE_SOURCE_URL } from '../web/routes';
import { AFTER_STATEMENT, DEFINITION_OFF_TOPIC, DEFINITION_ON_TOPIC, FACT_CHECK_URL, REUTERS_ON_GUARDIAN, STATS_TABLE } from '../web/fact-check';
import { AMP_LINK, BUSY_429, DOWN_503, LIVE_ALARMING, LONG_CHAIN, TRUTH_ARTICLE_URL, XINHUA_SHORT_URL } from '../web/truth';
import { articleHtml } from '../web/article-page';
import { startFixtureWeb, type FixtureWeb } from '../web/server';
import { ROOT, SITES } from '../support/fixtures';

const exec = promisify(execFile);
const tsx = join(ROOT, 'node_modules/.bin/tsx');
const run = (script: string, args: string[]) => exec(tsx, [join(ROOT, 'lib/cli', script), ...args], { cwd: ROOT, maxBuffer: 64 << 20 });
const runFailing = async (script: string, args: string[]) => {
  try {
    await run(script, args);
  } catch (e) {
    return e as { code: number; stderr: string };
  }
  throw new Error('expected the command to fail');
};
const REFERENCE_FILE = join(SITES, 'chinese.aljazeera.net/kazakhstan-russia.html');

let web: FixtureWeb;
let tmp: string;
// A class attribute of 130,000 tokens (260 KB): linkedom spread them into one call and overflowed its stack.
const BLOATED_CLASS = 'a '.repeat(130_000);
const BLOATED_SOURCE_URL = 'https://www.example-bloat.com/reports/reservoirs';
const bloatedPage = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title><meta property="og:type" content="article"></head><body><article><h1>${title}</h1><div class="${BLOATED_CLASS}">${body}</div></article></body></html>`;
const RESERVOIR = 'The state water board said reservoir storage fell to 41 percent of capacity in August, the lowest level recorded in a decade.';

beforeAll(async () => {
  web = await startFixtureWeb([
    { host: 'www.example-bloat.com', path: '/reports/reservoirs', handle: (_q, r) => (r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }), r.end(bloatedPage('Reservoir report', `<p>${RESERVOIR}</p><p>Officials expect storage to recover slowly over the coming winter.</p>`))) },
  ]);
  tmp = mkdtempSync(join(tmpdir(), 'source-lens-cli-'));
});
afterAll(() => web?.close());

describe('command line', () => {
  it('extract prints one JSON object with the fixed field names', async () => {
    const { stdout } = await run('extract.ts', [REFERENCE_FILE, '--url', REFERENCE_ARTICLE_URL]);
    const out = JSON.parse(stdout);
    expect(Object.keys(out.article)).toEqual(expect.arrayContaining(['url', 'title', 'byline', 'authors', 'siteName', 'publishedTime', 'modifiedTime', 'lang', 'canonicalUrl']));
    expect(out.sources[0]).toMatchObject({ url: REFERENCE_SOURCE_URL, text: '文章', role: 'citation', attribution: { publication: '外交政策', author: '蒂穆尔·乌姆洛夫' } });
    expect(out.claims.some((c: { sourceUrl: string | null }) => c.sourceUrl === null)).toBe(true);
  }, 30_000);

  it('extract fails with a one-line reason for a missing file or a page with no article', async () => {
    const missing = await runFailing('extract.ts', [join(tmp, 'nope.html'), '--url', 'https://example.com/']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/cannot read .*ENOENT/);
    const empty = join(tmp, 'empty.html');
    writeFileSync(empty, '<html><body><nav><a href="/">Home</a></nav></body></html>');
    const noArticle = await runFailing('extract.ts', [empty, '--url', 'https://example.com/']);
    expect(noArticle.stderr).toMatch(/no article/);
  }, 30_000);

  it('extract --batch prints one line per input line, in order, with errors in place', async () => {
    const list = join(tmp, 'list.tsv');
    writeFileSync(list, [`${REFERENCE_FILE}\t${REFERENCE_ARTICLE_URL}`, `${join(tmp, 'missing.html')}\thttps://example.com/x`, 'malformed line', `${REFERENCE_FILE}\t${REFERENCE_ARTICLE_URL}`].join('\n'));
    const { stdout } = await run('extract.ts', ['--batch', list]);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].article.title).toBe('哈萨克斯坦试图从俄罗斯对乌克兰战争中实现的目标');
    expect(lines[1].error).toMatch(/cannot read/);
    expect(lines[2].error).toMatch(/expected/);
    expect(lines[3].sources).toHaveLength(1);
  }, 30_000);

  it('check fetches the sources through the host rules and writes the fact-checker’s Markdown report', async () => {
    const { stdout } = await run('check.ts', [REFERENCE_ARTICLE_URL, '--host-rules', web.hostRules, '--insecure', '--format', 'markdown']);
    expect(stdout).toMatch(/^# Source check: 哈萨克斯坦试图从俄罗斯对乌克兰战争中实现的目标/);
    expect(stdout).toContain('**Verdict:** 🟡 partly supported (state: ok, HTTP 200)');
    expect(stdout).toContain('✓ The text names 外交政策 (Foreign Policy); the source is Foreign Policy (foreignpolicy.com).');
    expect(stdout).toContain('**no link**');
  }, 60_000);

  it('extract and check read a reference list: [2] links to entry 2, credited to its authors and journal', async () => {
    const extracted = JSON.parse((await run('extract.ts', [join(SITES, 'www.harbour-review.example/silt.html'), '--url', REFERENCES_EN_URL])).stdout);
    const journal = extracted.sources.find((s: { url: string }) => s.url === REFERENCES_JOURNAL_URL);
    expect(journal).toMatchObject({ attribution: { author: 'N. Okafor, E. Lindqvist', publication: 'Journal of Coastal Engineering' }, reference: { number: 2, DOI: null, issued: { 'date-parts': [[2021]] } } });
    expect(extracted.claims.find((c: { text: string }) => c.text.startsWith('Dredging removed'))).toMatchObject({ cue: '[2]', sourceUrl: REFERENCES_JOURNAL_URL, via: 'reference-entry' });
    const { stdout } = await run('check.ts', [REFERENCES_EN_URL, '--host-rules', web.hostRules, '--insecure', '--format', 'markdown']);
    expect(stdout).toContain('- **Reference list entry [2]:** Okafor, N., & Lindqvist, E. (2021).');
    expect(stdout).toContain('(via reference-entry): **supported**');
  }, 60_000);

  it('check refuses private-network pages unless allowed, and bad options, with a clear message', async () => {
    const blocked = await runFailing('check.ts', ['http://127.0.0.1:1/article']);
    expect(blocked.stderr).toMatch(/private or local network/);
    const format = await runFailing('check.ts', [REFERENCE_FILE, '--url', REFERENCE_ARTICLE_URL, '--format', 'pdf']);
    expect(format.stderr).toMatch(/--format must be json or markdown/);
  }, 30_000);

  it('extract and check read a GBK, a UTF-16 and an undeclared file as a browser would, not as UTF-8', async () => {
    const html = articleHtml({
      lang: 'zh-CN',
      charset: 'gbk',
      title: '风暴过后港口城镇开始重建',
      siteName: '新华网',
      author: '李明',
      published: '2024-05-01T08:00:00+08:00',
      paragraphs: ['新华社北京5月1日电 风暴过后，沿海港口城镇开始重建，预计修复费用至少三千万元。', '当地官员表示，渔船已经十天无法出海，重建工作将持续到年底。'],
    });
    const files = {
      gbk: iconv.encode(html, 'gbk'),
      undeclared: iconv.encode(html.replace('<meta charset="gbk">', ''), 'gbk'),
      utf16: Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(html.replace('<meta charset="gbk">', ''), 'utf-16le')]),
    };
    for (const [name, bytes] of Object.entries(files)) {
      const path = join(tmp, `${name}.html`);
      writeFileSync(path, bytes);
      // --force: this is about decoding; the article gate on short Chinese pages is tested on its own.
      const { stdout } = await run('extract.ts', [path, '--url', 'https://www.news.cn/20240501/storm/c.html', '--force']);
      const out = JSON.parse(stdout);
      expect(out.article.title, name).toBe('风暴过后港口城镇开始重建');
      expect(out.article.lang, name).toMatch(/^zh/);
    }
  }, 60_000);

  it('extract and check take a short Xinhua-style Chinese page for an article', async () => {
    const { stdout } = await run('extract.ts', [join(SITES, 'www.news.cn/storm-rebuild.html'), '--url', XINHUA_SHORT_URL]);
    expect(JSON.parse(stdout).article.title).toBe('沿海港口城镇风暴后加快重建');
    const { stdout: md } = await run('check.ts', [XINHUA_SHORT_URL, '--host-rules', web.hostRules, '--insecure', '--format', 'markdown', '--no-wayback']);
    expect(md).toMatch(/^# Source check: 沿海港口城镇风暴后加快重建/);
    expect(md).toContain('<https://www.fujian.gov.cn/zwgk/2024/0501/storm.html>');
  }, 60_000);

  it('check raises no false alarm on live sources that look alarming, and says busy is not gone', async () => {
    const { stdout } = await run('check.ts', [TRUTH_ARTICLE_URL, '--host-rules', web.hostRules, '--insecure']);
    const report = JSON.parse(stdout) as { sources: { url: string; check: { state: string; verdict: string; error: string | null; httpStatus: number | null; archivedUrl: string | null; findings: { kind: string; detail: string }[] } }[] };
    const check = (url: string) => report.sources.find((s) => s.url === url)!.check;
    for (const url of Object.values(LIVE_ALARMING)) {
      expect(check(url).state, url).toBe('ok');
      expect(check(url).archivedUrl, url).toBeNull();
    }
    for (const url of [BUSY_429, DOWN_503]) {
      expect(check(url).state, url).toBe('unavailable');
      expect(check(url).findings[0]!.detail, url).toMatch(/temporarily unavailable \(HTTP (429|503)/);
      expect(check(url).archivedUrl, url).toBeNull();
    }
    expect(check(LONG_CHAIN).state).toBe('unreachable');
    expect(check(LONG_CHAIN).error).toMatch(/^too many redirects/);
    expect(check(AMP_LINK).state).toBe('ok');
    const { stdout: md } = await run('check.ts', [TRUTH_ARTICLE_URL, '--host-rules', web.hostRules, '--insecure', '--format', 'markdown', '--no-wayback']);
    expect(md).toContain('**Verdict:** ⏳ temporarily unavailable (state: unavailable, HTTP 503)');
  }, 90_000);

  it('check on a fact-check page: its labelled date, a statistics table, definition links and wire copy, each with its reason', async () => {
    const { stdout } = await run('check.ts', [FACT_CHECK_URL, '--host-rules', web.hostRules, '--insecure', '--no-wayback']);
    const report = JSON.parse(stdout) as { article: { publishedTime: string }; sources: { url: string; check: { verdict: string; findings: { kind: string; code: string; detail: string }[] } }[] };
    const check = (url: string) => report.sources.find((s) => s.url === url)!.check;
    const detail = (url: string, kind: string) => check(url).findings.find((f) => f.kind === kind)?.detail;
    expect(report.article.publishedTime.slice(0, 10)).toBe('2019-11-18');
    expect(check(AFTER_STATEMENT).verdict).not.toBe('mismatch');
    expect(detail(AFTER_STATEMENT, 'date')).toMatch(/before the article \(18 Nov 2019, from the date it labels “Published”\)/);
    expect(check(STATS_TABLE).verdict).toBe('supported');
    expect(check(DEFINITION_ON_TOPIC).verdict).toBe('supported');
    expect(detail(DEFINITION_ON_TOPIC, 'topic')).toMatch(/the page is about “tourist tax”/);
    expect(check(DEFINITION_OFF_TOPIC).verdict).toBe('mismatch');
    expect(detail(DEFINITION_OFF_TOPIC, 'topic')).toMatch(/about something else: “Harbor seal”/);
    expect(check(REUTERS_ON_GUARDIAN).verdict).toBe('supported');
    expect(detail(REUTERS_ON_GUARDIAN, 'publication')).toMatch(/republishes Reuters copy/);
  }, 90_000);

  it('support judges claims against sentences, one JSON line per input line; a bad line is named on stderr and the rest go on', async () => {
    const file = join(tmp, 'claims.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'a', claim: 'Kazakhstan cancelled the May 9 Victory Day parade.', sentences: ['Tokayev visited Turkey.', 'Kazakhstan cancelled the May 9 Victory Day parade this year.'] }),
        '',
        '{not json',
        JSON.stringify({ id: 2, claim: 'The moon is made of cheese.', sentences: ['Kazakhstan shares intelligence with Turkey.'] }),
      ].join('\n'),
    );
    const failed = (await runFailing('support.ts', [file])) as { code: number; stdout: string; stderr: string };
    expect(failed.code).toBe(1);
    const [a, bad, c] = failed.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(a).toMatchObject({ id: 'a', label: 'supported', evidence: [1] });
    expect(bad).toMatchObject({ line: 3, error: expect.stringMatching(/^line 3: /) });
    expect(c).toMatchObject({ id: 2, label: 'not-found' });
    expect(failed.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^support: line 3: .*JSON/)]);
  }, 30_000);

  it('check reads a page and a source whose class attribute is 260 KB of tokens, instead of crashing', async () => {
    const page = join(tmp, 'bloated.html');
    const body = [
      '<p>Reservoirs across the state are running low after a third dry summer, and farmers say they have already cut their planting for next year.</p>',
      `<p>According to the <a href="${BLOATED_SOURCE_URL}">water board</a>, reservoir storage fell to 41 percent of capacity in August, the lowest level recorded in a decade.</p>`,
      '<p>Water managers warned that without a wet winter the cuts to deliveries would continue, and cities were asked to prepare conservation plans.</p>',
    ].join('');
    writeFileSync(page, bloatedPage('Reservoirs run low', body));
    const { stdout, stderr } = await run('check.ts', [page, '--url', 'https://www.example-news.com/reservoirs', '--host-rules', web.hostRules, '--insecure', '--no-wayback']);
    expect(stderr).toBe('');
    const source = JSON.parse(stdout).sources.find((x: { url: string }) => x.url === BLOATED_SOURCE_URL);
    expect(source.check.state).toBe('ok');
    expect(source.check.error).toBeNull();
    expect(source.check.summary.join(' ')).toContain('41 percent');
  }, 60_000);

  it('check refuses a timeout outside the settings page’s limits and a page URL that is not absolute http(s), in one line', async () => {
    const cases: [string[], RegExp][] = [
      [['--timeout', '1e9'], /--timeout must be a whole number of seconds from 2 to 120, not "1e9"/],
      [['--timeout', '0.0001'], /--timeout must be a whole number of seconds from 2 to 120/],
      [['--url', 'javascript:alert(1)'], /--url must be an absolute http\(s\) URL: .*javascript:/],
      [['--url', 'file:///etc/passwd'], /--url must be an absolute http\(s\) URL: .*file:/],
      [['--url', 'not a url'], /--url must be an absolute http\(s\) URL: not an absolute URL/],
    ];
    for (const [args, message] of cases) {
      const withUrl = args.includes('--url') ? args : [...args, '--url', REFERENCE_ARTICLE_URL];
      const failed = await runFailing('check.ts', [REFERENCE_FILE, ...withUrl]);
      expect(failed.code, args.join(' ')).toBe(1);
      expect(failed.stderr, args.join(' ')).toMatch(message);
      expect(failed.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
    const extract = await runFailing('extract.ts', [REFERENCE_FILE, '--url', 'javascript:alert(1)']);
    expect(extract.stderr).toMatch(/--url must be an absolute http\(s\) URL/);
  }, 120_000);

  it('support takes claims in any language: Chinese against English goes through CC-CEDICT, a pair it cannot bridge says so', async () => {
    const file = join(tmp, 'claims-zh.jsonl');
    const english = ['Tokayev visited Turkey in May.', 'Kazakhstan cancelled the May 9 Victory Day parade this year.'];
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'zh', claim: '哈萨克斯坦今年取消了5月9日的胜利日阅兵。', sentences: english }),
        JSON.stringify({ id: 'en', claim: 'Kazakhstan cancelled the May 9 Victory Day parade.', sentences: ['托卡耶夫5月访问了土耳其。', '哈萨克斯坦今年取消了5月9日的胜利日阅兵。'] }),
        JSON.stringify({ id: 'fr', claim: 'Le Kazakhstan a annulé le défilé du 9 mai pour la fête de la Victoire.', sentences: english }),
      ].join('\n'),
    );
    const { stdout } = await run('support.ts', [file]);
    const [zh, en, fr] = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(zh).toMatchObject({ id: 'zh', label: 'supported', evidence: [1], compared: 'cc-cedict' });
    expect(zh.reason).toMatch(/May 9 \(5月9日\)/);
    expect(en).toMatchObject({ id: 'en', label: 'supported', evidence: [1], compared: 'cc-cedict' });
    expect(fr).toMatchObject({ id: 'fr', label: 'cannot-judge', compared: 'not-compared' });
    expect(fr.reason).toMatch(/only Chinese and English/);
  }, 120_000);

  it('support streams: each answer is written before the next input line arrives, over a generated many-line input', async () => {
    const child = spawn(tsx, [join(ROOT, 'lib/cli/support.ts'), '-'], { cwd: ROOT });
    const lines: string[] = [];
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    let pending = '';
    let waiter: (() => void) | null = null;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      pending += d;
      const parts = pending.split('\n');
      pending = parts.pop()!;
      lines.push(...parts);
      waiter?.();
    });
    const untilLines = (n: number) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${lines.length} of ${n} answers arrived; stderr: ${stderr}`)), 20_000);
        waiter = () => lines.length >= n && (clearTimeout(timer), resolve());
        waiter();
      });
    const claim = (i: number) => JSON.stringify({ id: i, claim: `Exports rose ${i} per cent in May.`, sentences: ['Rain fell.', `Exports rose ${i} per cent in May, officials said.`] }) + '\n';
    // One line at a time, the input held open: the answer must come back while stdin is still open.
    for (let i = 0; i < 3; i++) {
      child.stdin.write(claim(i));
      await untilLines(i + 1);
    }
    child.stdin.write('{"id": 3, "claim": 7}\n');
    await untilLines(4);
    expect(stderr).toMatch(/^support: line 4: .*claim/);
    // Then a generated batch of many lines in one go, and the end of input.
    const many = 2_000;
    child.stdin.end(Array.from({ length: many }, (_, i) => claim(i + 4)).join(''));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(lines).toHaveLength(4 + many);
    const answers = lines.map((l) => JSON.parse(l));
    expect(answers.slice(0, 3).map((a) => [a.id, a.label, a.evidence])).toEqual([0, 1, 2].map((i) => [i, 'supported', [1]]));
    expect(answers[3]).toMatchObject({ line: 4, error: expect.stringMatching(/claim/) });
    expect(answers.at(-1)).toMatchObject({ id: many + 3, label: 'supported', evidence: [1] });
  }, 120_000);

  it('every command answers --help (exit 0, usage on stdout), --version, and refuses an unknown option with exit 2 and the usage on stderr', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const usages = await Promise.all(
      ['extract', 'check', 'support'].map(async (command) => {
        const help = await run(`${command}.ts`, ['--help']);
        expect(help.stdout, command).toMatch(new RegExp(`^usage: ${command} `));
        expect(help.stdout, command).toMatch(/--help/);
        expect(help.stderr, command).toBe('');
        const unknown = await runFailing(`${command}.ts`, ['--frobnicate', 'x']);
        expect(unknown.code, command).toBe(2);
        expect(unknown.stderr, command).toMatch(/Unknown option '--frobnicate'/);
        expect(unknown.stderr, command).toContain(help.stdout.split('\n')[0]);
        return help.stdout;
      }),
    );
    expect((await run('support.ts', ['--version'])).stdout).toBe(`${version}\n`);
    // Nothing to work on is a usage error too: exit 2, the usage on stderr.
    const bare = await runFailing('extract.ts', []);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain(usages[0]!.split('\n')[0]);
  }, 300_000);
});
