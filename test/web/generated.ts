import type { ServerResponse } from 'node:http';
import { articleHtml } from './article-page';

/**
 * Generated pages for benchmarks: a long read with thousands of cited links,
 * an article citing many sources, and the sources themselves (any host under
 * example-source<N>.com), optionally answering after a delay.
 */
const WORDS = 'the report found that water use fell sharply across the region while officials said the cuts would continue into next year according to data from state agencies and independent researchers'.split(' ');

function sentence(i: number, words = 18): string {
  const out: string[] = [];
  for (let k = 0; k < words; k++) out.push(WORDS[(i * 7 + k * 3) % WORDS.length]!);
  const s = out.join(' ');
  return s[0]!.toUpperCase() + s.slice(1) + '.';
}

/** A long article (≥ 1 MB of HTML) whose paragraphs cite `links` distinct sources, in page chrome of a real site. */
export function longRead(links = 2000): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < links; i++) {
    const url = `https://news${i % 97}.example-source${i % 23}.com/2024/01/story-${i}`;
    paragraphs.push(
      `<p>${sentence(i)} ${sentence(i + 1)} According to <a href="${url}">a report by outlet ${i}</a>, ${sentence(i + 2).toLowerCase()} ${sentence(i + 3)} ${sentence(i + 4)}</p>`,
    );
  }
  const nav = Array.from({ length: 120 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join('');
  const related = Array.from({ length: 60 }, (_, i) => `<li><a href="/2024/01/related-${i}">Related story ${i}</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The long read: a year of water data | Example News</title>
<meta property="og:title" content="The long read: a year of water data"><meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-01-15T08:00:00Z"><meta name="author" content="Sam Rivera"></head>
<body><header><nav><ul>${nav}</ul></nav></header><main><article><h1>The long read: a year of water data</h1>
<p class="byline">By Sam Rivera</p><div class="article-body">${paragraphs.join('\n')}</div></article>
<aside class="related"><h2>Related</h2><ul>${related}</ul></aside></main><footer><ul>${nav}</ul></footer></body></html>`;
}

/** A news site's front page: headlines and one-line teasers, no article (the extractor is not loaded here). */
export function frontPage(stories = 60): string {
  const items = Array.from({ length: stories }, (_, i) => `<li><h3><a href="/2024/01/story-${i}">${sentence(i, 7).slice(0, -1)}</a></h3><p>${sentence(i + 1, 12)}</p></li>`).join('');
  const nav = Array.from({ length: 40 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Example News: front page</title></head>
<body><header><nav><ul>${nav}</ul></nav></header><main><h1>Example News</h1><ul class="stories">${items}</ul></main><footer><ul>${nav}</ul></footer></body></html>`;
}

/**
 * An article citing `count` sources on distinct hosts. `run` tags the source
 * addresses, so a second run of the same page is not answered from the cache;
 * with `goneEvery` = k, every k-th source answers 404.
 */
export function manySources(count: number, delayMs = 0, run = '', goneEvery = 0): string {
  const paragraphs = Array.from({ length: count }, (_, i) => {
    const gone = goneEvery > 0 && i % goneEvery === goneEvery - 1;
    const query = new URLSearchParams({ ...(delayMs ? { delay: String(delayMs) } : {}), ...(run ? { run } : {}), ...(gone ? { gone: '1' } : {}) }).toString();
    const url = `https://src${i}.example-source${i % 50}.com/article${query ? `?${query}` : ''}`;
    return `<p>${sentence(i)} The agency <a href="${url}">reported</a> that water use fell ${10 + (i % 40)} percent in ${2000 + (i % 20)}.</p>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Many sources | Example News</title>
<meta property="article:published_time" content="2024-02-01T08:00:00Z"></head>
<body><main><article><h1>Many sources</h1>${paragraphs.join('\n')}</article></main></body></html>`;
}

/** The page a generated source answers with: about 200 KB when `large`. */
export function sourcePage(host: string, large = false): string {
  const n = Number(/src(\d+)/.exec(host)?.[1] ?? 0);
  const paragraphs = Array.from({ length: large ? 760 : 8 }, (_, i) => `${sentence(n + i)} ${sentence(n + i + 1)} Water use fell ${10 + (n % 40)} percent in ${2000 + (n % 20)}.`);
  return articleHtml({ lang: 'en', title: `Source ${n}: water report`, siteName: `Example Source ${n}`, author: 'Alex Chen', published: '2024-01-10T08:00:00Z', paragraphs });
}

/** `/scale/?n=1000&delay=100&run=x&gone=10`: the many-sources article at any size, for the bench and tests. */
export function handleScalePage(url: URL, res: ServerResponse): void {
  const num = (name: string, max: number) => Math.min(max, Math.max(0, Number(url.searchParams.get(name) ?? 0) || 0));
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(manySources(num('n', 5000) || 1000, num('delay', 5000), url.searchParams.get('run') ?? '', num('gone', 5000)));
}

export function handleGeneratedSource(host: string, url: URL, res: ServerResponse): void {
  const delay = Number(url.searchParams.get('delay') ?? 0);
  const body = Buffer.from(sourcePage(host, url.searchParams.has('large')));
  const send = () => {
    if (res.destroyed) return;
    if (url.searchParams.has('gone')) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Not found</title><h1>404</h1>');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(body.length) });
    res.end(body);
  };
  if (delay > 0) setTimeout(send, delay);
  else send();
}
