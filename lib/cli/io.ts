import { readFileSync } from 'node:fs';
import { decodeBody } from '../check/decode';

/** Small helpers shared by the command-line tools. */

/** Prints one line to stderr and exits: the CLI's way to fail. */
export function fail(message: string, code = 1): never {
  process.stderr.write(`${message.replace(/\s+/g, ' ').trim()}\n`);
  process.exit(code);
}

export async function writeOut(text: string): Promise<void> {
  await new Promise<void>((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

/** An HTML file as text, its charset found as for a fetched page (BOM, UTF-16, <meta charset>, sniffing): never assumed UTF-8. */
export function readHtmlFile(path: string): string {
  return decodeBody(readFileSync(path)).text;
}
