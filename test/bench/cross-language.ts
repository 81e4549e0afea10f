import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { judgeAcrossLanguages } from '../../lib/check/compare/cross-language';
import { judgeSupport } from '../../lib/check/compare/support';
import { lexiconText } from '../../lib/platform/lexicon-node';
import { parseLexicon } from '../../lib/text/lexicon/lexicon';
import { corpusDir } from '../eval/corpora';
import type { EvalRow } from '../eval/table';
import { median, ms } from './measure';

/**
 * The zh↔en lexicon (size, parse time, heap) and the cost of a cross-language
 * claim beside the same claim in English against the same page, cold (each
 * judgement prepares its page anew, as a first claim against a source does).
 */
export async function crossLanguageClaims(): Promise<EvalRow[]> {
  const text = await lexiconText();
  const gc = (globalThis as { gc?: () => void }).gc;
  const parses: number[] = [];
  let heap = 0;
  for (let i = 0; i < 3; i++) {
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const t = performance.now();
    const lex = parseLexicon(text);
    parses.push(performance.now() - t);
    gc?.();
    heap = (process.memoryUsage().heapUsed - before) / 1e6;
    if (!lex.size) throw new Error('empty lexicon');
  }
  const rows: EvalRow[] = [
    {
      metric: 'zh↔en lexicon: size raw / gzip',
      value: `${(Buffer.byteLength(text) / 1e6).toFixed(2)} / ${(gzipSync(text).length / 1e6).toFixed(2)} MB`,
      note: 'packaged asset lexicon/zh-en.txt; not in the content script',
    },
    { metric: 'zh↔en lexicon: parse time / heap held (Node, as a proxy for the worker)', value: `${ms(median(parses))} / ${heap.toFixed(0)} MB`, note: `median of 3${gc ? '' : '; heap needs --expose-gc'}` },
  ];

  const dir = corpusDir('wice-zh');
  if (!dir) return [...rows, { metric: 'cross-language claim ÷ same-language claim', value: 'skipped', note: 'corpus wice-zh not found' }];
  const lexicon = parseLexicon(text);
  const items = readFileSync(join(dir, 'dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, 80)
    .map((l) => JSON.parse(l) as { claim: string; claim_en: string; evidence: string[] });
  const zh: number[] = [];
  const en: number[] = [];
  for (const round of [0, 1]) {
    for (const it of items) {
      // Fresh copies: the page is prepared again each time (cold), on both sides.
      let t = performance.now();
      judgeAcrossLanguages(it.claim, 'zh', [...it.evidence], lexicon);
      const a = performance.now() - t;
      t = performance.now();
      judgeSupport(it.claim_en, [...it.evidence], 'en');
      const b = performance.now() - t;
      if (round) {
        zh.push(a);
        en.push(b);
      }
    }
  }
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  return [
    ...rows,
    {
      metric: 'cross-language claim ÷ same-language claim (cold page)',
      value: (sum(zh) / sum(en)).toFixed(2),
      target: '≤ 2',
      met: sum(zh) / sum(en) <= 2,
      note: `${ms(sum(zh) / items.length)} vs ${ms(sum(en) / items.length)} per claim; ${items.length} WiCE-zh items, Chinese claim vs its English original against the same page`,
    },
  ];
}
