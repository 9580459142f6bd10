// Reading the command line: global options (--db, --create), a command, its positionals and flags.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {
  override name = 'UsageError';
}

export type Flags = Record<string, string | boolean | undefined>;
type Options = NonNullable<ParseArgsConfig['options']>;

/** Understood before any command, and by every one. */
export const globalFlags = ['db', 'create', 'help', 'version'] as const;

export function readArgs(argv: readonly string[], options: Options) {
  const all: Options = {
    db: { type: 'string' },
    create: { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
    ...options,
  };
  try {
    const { values, positionals } = parseArgs({ args: joinNegativeValues(argv, all), options: all, allowPositionals: true, strict: true });
    return { flags: values as Flags, positionals };
  } catch (error) {
    throw new UsageError(plainParseError(error));
  }
}

/**
 * `--limit -3`: Node reads "-3" as an unknown flag and explains at length. Given to the flag as its
 * value instead, the flag's own check says in one line what it takes.
 */
function joinNegativeValues(argv: readonly string[], options: Options): string[] {
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const next = argv[i + 1];
    const name = arg.startsWith('--') ? arg.slice(2) : null;
    if (name && options[name]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      i++;
    } else joined.push(arg);
  }
  return joined;
}

/** Node's parseArgs messages, in one line a person can act on. */
function plainParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  const flag = /'(-[^' ]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && flag) return `unknown flag ${flag} (tidings --help lists them)`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && flag) {
    if (/does not take an argument/.test(message)) return `${flag} takes no value`;
    return `${flag} needs a value`;
  }
  return message.split('\n')[0] ?? message;
}

export function positiveInt(value: string | boolean | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`${flag} takes a positive whole number, not "${String(value)}"`);
  }
  return Number(value);
}

export function text(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Refuses any flag the command does not take (it would otherwise be silently ignored). */
export function expectOnlyFlags(command: string, flags: Flags, allowed: readonly string[]): void {
  const extra = Object.keys(flags).filter((flag) => flags[flag] !== undefined && !allowed.includes(flag) && !(globalFlags as readonly string[]).includes(flag));
  if (extra.length === 0) return;
  const takes = allowed.length ? ` (it takes ${allowed.map((flag) => `--${flag}`).join(', ')})` : ' (it takes none)';
  throw new UsageError(`${command} does not take ${extra.map((flag) => `--${flag}`).join(', ')}${takes}`);
}
