import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract-article';
import { parseHtml } from '../../lib/platform/html';

const URL = 'https://news.example.com/2024/05/01/story';
const filler = 'Officials said the review would take several months and that the findings would be published once the auditors had finished their work.';
const run = (html: string, url = URL) => {
  const out = extractArticle(parseHtml(html), url, { force: true });
  if (!out.ok) throw new Error(out.detail);
  return out.extraction.sources.map((s) => s.url);
};
const story = (id: string, headline: string, link: string, paras = 3) =>
  `<article id="${id}"><h2>${headline}</h2>${Array.from({ length: paras }, (_, i) => `<p>${i === 0 ? `According to <a href="${link}">a report</a>, the plan moved ahead. ` : ''}${filler} ${filler}</p>`).join('')}</article>`;

describe('cited links: the story the page is about', () => {
  it('on a page streaming several stories, reads only the story whose headline is the title', () => {
    const html = `<html><head><title>Council approves the river bridge plan | Example</title></head><body><main>
      ${story('a', 'Council approves the river bridge plan', 'https://www.city.example.gov/minutes/2024-05-01', 2)}
      ${story('b', 'Storm closes schools across the county', 'https://weather.example.org/alerts/77', 5)}
      ${story('c', 'Local team wins the regional final', 'https://sports.example.net/final', 4)}
    </main></body></html>`;
    expect(run(html)).toEqual(['https://www.city.example.gov/minutes/2024-05-01']);
  });

  it('keeps a single article with teaser articles as it was', () => {
    const html = `<html><head><title>Council approves the river bridge plan</title></head><body>
      ${story('a', 'Council approves the river bridge plan', 'https://www.city.example.gov/minutes/2024-05-01', 4)}
      <aside><article><h3>Other news</h3><p><a href="/other">Storm closes schools</a></p></article></aside>
    </body></html>`;
    expect(run(html)).toEqual(['https://www.city.example.gov/minutes/2024-05-01']);
  });
});
