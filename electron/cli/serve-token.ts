// Where `tidings serve` gets its token: --token, --token-file or TIDINGS_TOKEN, else a new one. A
// flag is visible to every local user in `ps`; a file (mode 600) or the environment is not.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { UsageError, text, type Flags } from './args';

export const tokenEnvironmentVariable = 'TIDINGS_TOKEN';
export const minimumTokenLength = 16;

/** RFC 9110's token68, the grammar of a Bearer credential: what a browser can send in the header. */
const token68 = /^[A-Za-z0-9\-._~+/]+=*$/;

/** The reason a token cannot be used, in plain words, or null. Never repeats the token itself. */
export function tokenProblem(token: string): string | null {
  if (token.length < minimumTokenLength) {
    return `is ${token.length} characters long; it needs at least ${minimumTokenLength}`;
  }
  if (!token68.test(token)) {
    return 'may hold only the letters A-Z and a-z, digits and - . _ ~ + / (then = at the end), with no spaces';
  }
  return null;
}

export function serveToken(flags: Flags, environment: NodeJS.ProcessEnv = process.env): string {
  const fromFlag = text(flags.token);
  const file = text(flags['token-file']);
  if (fromFlag !== undefined && file !== undefined) throw new UsageError('give --token or --token-file, not both');
  const [token, source] =
    fromFlag !== undefined
      ? [fromFlag, '--token']
      : file !== undefined
        ? [readTokenFile(file), `the token in ${file}`]
        : environment[tokenEnvironmentVariable] !== undefined
          ? [environment[tokenEnvironmentVariable] ?? '', tokenEnvironmentVariable]
          : // Hex, so a generated token never starts with '-' and reads as a flag when passed back in.
            [randomBytes(24).toString('hex'), 'the generated token'];
  const problem = tokenProblem(token);
  // Exit 1, not a usage error: the command was well formed, the secret was not.
  if (problem) throw new Error(`${source} ${problem}`);
  return token;
}

function readTokenFile(path: string): string {
  let contents: string;
  try {
    contents = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new Error(`cannot read the token file ${path}: ${reason}`);
  }
  // One line, as `openssl rand -hex 24 > file` or an editor writes it.
  return contents.replace(/\r?\n$/, '');
}
