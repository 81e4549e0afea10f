import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The package's version, for `--version` (read from package.json: one home for it). */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/**
 * A command's arguments through node's own parser, with the conventions every tool here keeps:
 * `--help` prints the usage to stdout and exits 0, `--version` prints the package version, and an
 * unknown or malformed option exits 2 with the reason and the usage on stderr.
 */
export function parseCommand<O extends Options>(command: { usage: string; options: O; positionals?: boolean }) {
  const options = { ...command.options, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean' } } as const;
  let parsed;
  try {
    parsed = parseArgs({ args: process.argv.slice(2), options, allowPositionals: command.positionals ?? true, strict: true });
  } catch (e) {
    usageError((e as Error).message, command.usage);
  }
  const values = parsed.values as Record<string, unknown>;
  if (values.help) {
    process.stdout.write(`${command.usage}\n`);
    process.exit(0);
  }
  if (values.version) {
    process.stdout.write(`${packageVersion()}\n`);
    process.exit(0);
  }
  return parsed as ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>;
}

/** Wrong use of a command: the reason and the usage on stderr, exit 2 (the shell's convention for usage errors). */
export function usageError(reason: string, usage: string): never {
  process.stderr.write(`${reason.replace(/\s+/g, ' ').trim()}\n${usage}\n`);
  process.exit(2);
}
