import { extractArticle } from '../lib/extract/extract-article';
import { parseHtml } from '../lib/platform/html';
import { fixtureHtml } from './support/fixtures';
const [file, url] = process.argv.slice(2);
const out = extractArticle(parseHtml(fixtureHtml(file!)), url!, { force: true });
if (!out.ok) throw new Error(out.detail);
for (const s of out.extraction.sources) console.log(s.url, s.role, JSON.stringify(s.attribution));
for (const c of out.extraction.claims) console.log('CLAIM', c.text.slice(0, 30), '|', c.speaker, c.speakerVia, c.speakerRole, c.speakerOrganisation, c.via, c.sourceUrl);
