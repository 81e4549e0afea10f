import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { claimNeedsLexicon, judgeClaim } from '../check/compare/judge-claim';
import { loadLexiconNode } from '../platform/lexicon-node';
import type { Lexicon } from '../text/lexicon/lexicon';
import { parseCommand, usageError } from './args';
import { fail, writeOut } from './io';

const Line = z.object({ id: z.union([z.string(), z.number()]), claim: z.string(), sentences: z.array(z.string()) });

/** The lexicon, loaded at the first line whose claim and sentences are Chinese and English; null if it cannot be. */
let lexicon: Promise<Lexicon | null> | null = null;

async function judgeLine(raw: string): Promise<object> {
  const line = Line.parse(JSON.parse(raw));
  const lex = claimNeedsLexicon(line.claim, line.sentences) ? await (lexicon ??= loadLexiconNode().catch(() => null)) : null;
  const r = judgeClaim(line.claim, line.sentences, lex);
  return { id: line.id, label: r.label, score: r.score, evidence: r.evidence, compared: r.compared, reason: r.reason };
}

/**
 * `support <claims.jsonl | ->`: the claim-support judgement, one JSON answer per input line, for a
 * claim in any language: Chinese against English (and the reverse) goes through CC-CEDICT.
 * The input is read as a stream, line by line, and each answer is written as soon as its line is
 * judged, so a file of any size (or an endless pipe) works in constant memory.
 */
const USAGE = `usage: support <claims.jsonl | ->

Judges whether sentences support a claim, in any language pair CC-CEDICT bridges (Chinese, English).
Each input line is {"id", "claim", "sentences": [...]}; "-" reads stdin. One JSON answer per line,
written as soon as it is judged; a bad line is named on stderr and the rest go on (exit 1 at the end).

  -h, --help    print this help and exit
  --version     print the version and exit`;

async function main() {
  const { positionals } = parseCommand({ usage: USAGE, options: {} });
  const path = positionals[0];
  if (!path) usageError('support: a claims file or - is required', USAGE);
  if (positionals.length > 1) usageError(`support: one input only, got ${positionals.length}`, USAGE);
  const input = path === '-' ? process.stdin : createReadStream(path, { encoding: 'utf8' });
  const opened = new Promise<void>((resolve) => (path === '-' ? resolve() : input.once('open', () => resolve())));
  input.once('error', (e: NodeJS.ErrnoException) => fail(`cannot read ${path}: ${e.code ?? String(e)}`));
  await opened;
  let lineNo = 0;
  let failed = 0;
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    lineNo++;
    if (!raw.trim()) continue;
    let out: object;
    try {
      out = await judgeLine(raw);
    } catch (e) {
      // A bad line is reported (stderr for the reader, in place on stdout so answers stay aligned with
      // input lines) and the rest go on.
      const reason = e instanceof z.ZodError ? z.prettifyError(e).replace(/\s+/g, ' ') : (e as Error).message;
      const error = `line ${lineNo}: ${reason}`;
      process.stderr.write(`support: ${error}\n`);
      out = { line: lineNo, error };
      failed++;
    }
    await writeOut(JSON.stringify(out) + '\n');
  }
  if (failed) process.exitCode = 1;
}

await main();
