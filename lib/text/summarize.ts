import { splitSentences } from './sentences';
import { contentTokens } from './tokens';

// Sentences that are page furniture rather than the article's content.
const BOILERPLATE =
  /subscribe|sign up|newsletter|cookie|all rights reserved|©|copyright|click here|follow us|read more|advertisement|share this|download the app|javascript|log in|sign in|related:|订阅|訂閱|版权所有|版權所有|点击|點擊|关注我们|關注我們|免责声明|免責聲明|责任编辑|責任編輯|来源：|來源：/i;

export interface SummaryOptions {
  sentences: number;
  lang: string | null;
}

/**
 * A deterministic extractive summary: the sentences most central to the text
 * (shared content words with the whole), with a lead bonus as news writing puts
 * the main point first; returned in reading order.
 */
export function summarize(text: string, options: SummaryOptions): string[] {
  const paragraphs = text.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean);
  const candidates: { text: string; pos: number; tokens: string[] }[] = [];
  for (const p of paragraphs) {
    for (const s of splitSentences(p, options.lang)) {
      const len = Array.from(s.text).length;
      const cjk = /\p{Script=Han}/u.test(s.text);
      if (len < (cjk ? 12 : 40) || len > (cjk ? 220 : 500)) continue;
      if (BOILERPLATE.test(s.text)) continue;
      candidates.push({ text: s.text, pos: candidates.length, tokens: contentTokens(s.text, options.lang) });
    }
    if (candidates.length >= 400) break;
  }
  if (candidates.length <= options.sentences) return candidates.map((c) => c.text);

  const freq = new Map<string, number>();
  for (const c of candidates) for (const t of new Set(c.tokens)) freq.set(t, (freq.get(t) ?? 0) + 1);
  const scored = candidates.map((c) => {
    const unique = new Set(c.tokens);
    let centrality = 0;
    for (const t of unique) if ((freq.get(t) ?? 0) > 1) centrality += Math.log(1 + freq.get(t)!);
    const norm = unique.size ? centrality / Math.sqrt(unique.size) : 0;
    const lead = c.pos < 3 ? 1.3 - c.pos * 0.1 : 1;
    return { ...c, score: norm * lead };
  });
  const chosen: typeof scored = [];
  for (const c of [...scored].sort((a, b) => b.score - a.score || a.pos - b.pos)) {
    // Skip near-repeats of a sentence already chosen.
    if (chosen.some((x) => overlap(x.tokens, c.tokens) > 0.7)) continue;
    chosen.push(c);
    if (chosen.length === options.sentences) break;
  }
  return chosen.sort((a, b) => a.pos - b.pos).map((c) => c.text);
}

function overlap(a: string[], b: string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  let both = 0;
  for (const t of sa) if (sb.has(t)) both++;
  return both / Math.max(1, Math.min(sa.size, sb.size));
}
