import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { judgeSupport } from '../check/compare/support';
import { detectLanguage } from '../text/language';
import { fail, writeOut } from './io';

const Line = z.object({ id: z.union([z.string(), z.number()]), claim: z.string(), sentences: z.array(z.string()) });

/** `support <claims.jsonl>`: the claim-support judgement, one JSON answer per input line. */
async function main() {
  const path = process.argv[2];
  if (!path) fail('usage: support <claims.jsonl>  (each line {"id","claim","sentences":[…]})');
  let text: string;
  try {
    text = path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
  } catch (e) {
    fail(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  let n = 0;
  for (const raw of text.split('\n')) {
    if (!raw.trim()) continue;
    n++;
    let out: object;
    try {
      const line = Line.parse(JSON.parse(raw));
      const lang = detectLanguage(line.claim);
      const r = judgeSupport(line.claim, line.sentences, lang);
      out = { id: line.id, label: r.label, score: r.score, evidence: r.evidence };
    } catch (e) {
      out = { error: `line ${n}: ${e instanceof z.ZodError ? z.prettifyError(e).replace(/\s+/g, ' ') : (e as Error).message}` };
    }
    await writeOut(JSON.stringify(out) + '\n');
  }
}

await main();
