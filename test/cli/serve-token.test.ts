// `tidings serve`'s token: checked before anything listens, and taken from a file or the
// environment as well as the flag, so it need not show in `ps`.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tidings } from '../support/cli';
import { tempDir } from '../support/temp';

const goodToken = 'a1b2c3d4e5f6a7b8c9d0e1f2';

/** Starts `tidings serve`, reads the address it prints, runs `use`, and stops it. */
async function whileServing(args: string[], env: NodeJS.ProcessEnv, use: (link: string) => Promise<void>): Promise<void> {
  const child = spawn(process.execPath, ['bin/tidings.mjs', ...args, 'serve', '--port', '0', '--no-auto-refresh'], {
    env: { ...process.env, TIDINGS_HOME: '/nonexistent-home', ...env },
  });
  const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  try {
    const link = await new Promise<string>((resolve, reject) => {
      let out = '';
      let err = '';
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const found = /^Open (\S+)$/m.exec(out)?.[1];
        if (found) resolve(found);
      });
      child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
    });
    await use(link);
  } finally {
    clearTimeout(killer);
    child.kill('SIGTERM');
  }
}

/**
 * `tidings serve` that should refuse to start. A serve that starts anyway is stopped after a few
 * seconds, so a regression fails the test instead of leaving a server behind.
 */
function refusedServe(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/tidings.mjs', ...args], { env: { ...process.env, TIDINGS_HOME: '/nonexistent-home', ...env } });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 4_000);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

async function callWith(link: string, token: string): Promise<number> {
  const response = await fetch(new URL('/api/listFeeds', link), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: '{}',
  });
  return response.status;
}

describe('tidings serve --token', () => {
  let dir: ReturnType<typeof tempDir>;
  let db: string;
  beforeAll(() => {
    dir = tempDir();
    db = dir.file('library.db');
  });
  afterAll(() => dir.remove());

  it.each([
    ['a', 'a one-letter token'],
    ['', 'an empty token'],
    ['a b', 'a token with a space'],
    ['tök', 'a token with a non-ASCII letter'],
    ['abcdefgh ijklmnop', 'a long token with a space'],
    ['tökentökentökentöken', 'a long token with a non-ASCII letter'],
    ['abcdefghijklmno', 'a token one character short'],
  ])('refuses %j (%s) with one plain line and exit 1, without repeating it', async (token) => {
    const result = await refusedServe(['--db', db, 'serve', '--port', '0', '--no-auto-refresh', `--token=${token}`]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^tidings: --token (is \d+ characters long; it needs at least 16|may hold only)/);
    if (token.length > 3) expect(result.stderr).not.toContain(token);
  });

  it('refuses a bad token given in TIDINGS_TOKEN or in a token file the same way', async () => {
    const fromEnv = await refusedServe(['--db', db, 'serve', '--port', '0'], { TIDINGS_TOKEN: 'short' });
    expect(fromEnv.status).toBe(1);
    expect(fromEnv.stderr).toBe('tidings: TIDINGS_TOKEN is 5 characters long; it needs at least 16\n');

    const file = dir.file('bad-token');
    writeFileSync(file, 'has spaces in it, see\n');
    const fromFile = await refusedServe(['--db', db, 'serve', '--port', '0', '--token-file', file]);
    expect(fromFile.status).toBe(1);
    expect(fromFile.stderr).toMatch(/^tidings: the token in .*bad-token may hold only/);

    const missing = await refusedServe(['--db', db, 'serve', '--port', '0', '--token-file', dir.file('nowhere')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^tidings: cannot read the token file .*nowhere: ENOENT\n$/);
  });

  it('takes the token from a file, so it does not show in ps', async () => {
    const file = dir.file('token');
    writeFileSync(file, `${goodToken}\n`, { mode: 0o600 });
    await whileServing(['--db', db, '--token-file', file], {}, async (link) => {
      expect(await callWith(link, goodToken)).toBe(200);
      expect(await callWith(link, `${goodToken}x`)).toBe(401);
    });
  });

  it('takes the token from TIDINGS_TOKEN', async () => {
    await whileServing(['--db', db], { TIDINGS_TOKEN: goodToken }, async (link) => {
      expect(await callWith(link, goodToken)).toBe(200);
      expect(await callWith(link, `${goodToken}x`)).toBe(401);
    });
  });

  it('prints a link that opens the app without holding the token', async () => {
    await whileServing(['--db', db], { TIDINGS_TOKEN: goodToken }, async (link) => {
      expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#open=[0-9a-f]{48}$/);
      expect(link).not.toContain(goodToken);
    });
  });

  it('says in --help where the token may come from', async () => {
    const result = await tidings(['--help']);
    expect(result.stdout).toContain('--token-file FILE');
    expect(result.stdout).toContain('TIDINGS_TOKEN');
  });
});
