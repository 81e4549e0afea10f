/** A small but realistic article page for the fixture web's stand-in sources. */
export interface ArticlePage {
  lang: string;
  title: string;
  siteName: string;
  author?: string;
  /** ISO 8601 with offset. */
  published?: string;
  paragraphs: string[];
  accessibleForFree?: boolean;
  /** Override the <meta charset> (the bytes are encoded by the server). */
  charset?: string;
  description?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function articleHtml(p: ArticlePage): string {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: p.title,
    ...(p.published ? { datePublished: p.published } : {}),
    ...(p.author ? { author: { '@type': 'Person', name: p.author } } : {}),
    publisher: { '@type': 'Organization', name: p.siteName },
    inLanguage: p.lang,
    ...(p.accessibleForFree === false ? { isAccessibleForFree: false, hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.paywall' } } : {}),
  };
  return `<!doctype html>
<html lang="${esc(p.lang)}">
<head>
<meta charset="${esc(p.charset ?? 'utf-8')}">
<title>${esc(p.title)} | ${esc(p.siteName)}</title>
<meta property="og:title" content="${esc(p.title)}">
<meta property="og:site_name" content="${esc(p.siteName)}">
<meta property="og:type" content="article">
${p.published ? `<meta property="article:published_time" content="${esc(p.published)}">` : ''}
${p.author ? `<meta name="author" content="${esc(p.author)}">` : ''}
<meta name="description" content="${esc(p.description ?? p.paragraphs[0]?.slice(0, 150) ?? '')}">
<script type="application/ld+json">${JSON.stringify(ld)}</script>
</head>
<body>
<header class="site-header"><a href="/">${esc(p.siteName)}</a><nav><a href="/world">World</a> <a href="/politics">Politics</a> <a href="/climate">Climate</a></nav></header>
<main>
<article>
<h1>${esc(p.title)}</h1>
${p.author ? `<p class="byline">By <a rel="author" href="/staff/${esc(p.author.toLowerCase().replace(/\s+/g, '-'))}">${esc(p.author)}</a></p>` : ''}
${p.published ? `<time datetime="${esc(p.published)}">${esc(p.published.slice(0, 10))}</time>` : ''}
<div class="article-body${p.accessibleForFree === false ? ' paywall' : ''}">
${p.paragraphs.map((x) => `<p>${esc(x)}</p>`).join('\n')}
</div>
</article>
</main>
<footer><a href="/about">About</a> <a href="/privacy">Privacy</a></footer>
</body>
</html>`;
}
