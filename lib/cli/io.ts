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

/** Why a value is not an absolute http(s) URL, or null when it is one. */
export function httpUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `not an absolute URL: "${value.slice(0, 200)}"`;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? null : `only http and https pages are read, not ${url.protocol} ("${value.slice(0, 200)}")`;
}

/** The value of a URL option, or a one-line failure. */
export function httpUrlOption(option: string, value: string): string {
  const problem = httpUrlProblem(value);
  if (problem) fail(`${option} must be an absolute http(s) URL: ${problem}`);
  return value;
}

/** A number option held to a setting's bounds (the settings page's own limits), or a one-line failure. */
export function numberOption(option: string, raw: string, limits: { min: number; max: number; integer: boolean }, unit: string): number {
  const n = raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(n) || n < limits.min || n > limits.max || (limits.integer && !Number.isInteger(n))) {
    fail(`${option} must be ${limits.integer ? 'a whole number' : 'a number'} of ${unit} from ${limits.min} to ${limits.max}, not "${raw}"`);
  }
  return n;
}

/** Runs a command's main: anything it did not expect ends as one line on stderr, never a stack trace. */
export function runMain(name: string, main: () => Promise<void>): void {
  main().catch((e: unknown) => fail(`${name} failed: ${e instanceof Error ? e.message : String(e)}`));
}

/** An HTML file as text, its charset found as for a fetched page (BOM, UTF-16, <meta charset>, sniffing): never assumed UTF-8. */
export function readHtmlFile(path: string): string {
  return decodeBody(readFileSync(path)).text;
}
