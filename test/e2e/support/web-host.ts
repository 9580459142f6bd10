// Runs `tidings serve` as a child process on a fresh database, the way a person would, and talks
// to its API directly when a test needs to set something up without the UI.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { httpPath, type CallInput, type CallName, type CallOutput } from '../../../shared/contract';
import { repoRoot } from './paths';

export interface WebHost {
  /** e.g. http://127.0.0.1:40123/ */
  url: string;
  token: string;
  /** The address `tidings serve` tells a person to open: the token rides in the fragment. */
  pageUrl: string;
  dbPath: string;
  /** Everything the host wrote to stderr so far, for failure messages. */
  stderr(): string;
  /** Everything it printed so far (the links to open the app, one per line). */
  stdout(): string;
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>>;
  /** Stops `tidings serve` (every connection drops), runs `meanwhile`, and starts it again on the same port, library and token. */
  restart(meanwhile?: () => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

const startTimeoutMs = 20_000;

/** `prepare` may write the library file before the host opens it (e.g. a damaged one). */
export async function startWebHost(options: { prepare?: (dbPath: string) => Promise<void> | void } = {}): Promise<WebHost> {
  const dir = await mkdtemp(join(tmpdir(), 'tidings-e2e-'));
  const dbPath = join(dir, 't.db');
  await options.prepare?.(dbPath);
  // Hex: a base64url token may start with '-', which the CLI's parser takes for an option.
  const token = randomBytes(24).toString('hex');
  let errors = '';
  let output = '';
  const launch = (port: string): Child => {
    const started = spawn(
      process.execPath,
      ['bin/tidings.mjs', 'serve', '--db', dbPath, '--port', port, '--token', token],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    started.stdout.setEncoding('utf8');
    started.stdout.on('data', (chunk: string) => {
      output += chunk;
    });
    started.stderr.setEncoding('utf8');
    started.stderr.on('data', (chunk: string) => {
      errors += chunk;
    });
    return started;
  };
  let child = launch('0');

  let url: string;
  try {
    url = await firstLine(child, () => errors);
  } catch (error) {
    await kill(child);
    await rm(dir, { recursive: true, force: true });
    throw error;
  }

  return {
    url,
    token,
    pageUrl: `${url}#token=${token}`,
    dbPath,
    stderr: () => errors,
    stdout: () => output,
    async call(name, input) {
      const response = await fetch(new URL(httpPath(name), url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      const body: unknown = await response.json();
      if (!response.ok) throw new Error(`${name} answered ${response.status}: ${JSON.stringify(body)}`);
      return body as CallOutput<typeof name>;
    },
    async restart(meanwhile) {
      await kill(child);
      await meanwhile?.();
      child = launch(new URL(url).port);
      await firstLine(child, () => errors);
    },
    async stop() {
      await kill(child);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

type Child = ChildProcessByStdio<null, Readable, Readable>;

/** Waits for "Listening on http://127.0.0.1:PORT/" and answers the URL. */
function firstLine(child: Child, stderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`tidings serve ${why}\nstdout: ${out}\nstderr: ${stderr()}`));
    };
    const timer = setTimeout(() => fail(`printed no address within ${startTimeoutMs} ms`), startTimeoutMs);
    child.once('exit', (code, signal) => fail(`exited early (code ${code}, signal ${signal})`));
    child.stdout.setEncoding('utf8');
    const onData = (chunk: string) => {
      out += chunk;
      const newline = out.indexOf('\n');
      if (newline === -1) return;
      const match = /Listening on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out.slice(0, newline));
      if (!match?.[1]) return fail(`printed an unexpected first line: ${out.slice(0, newline)}`);
      clearTimeout(timer);
      child.removeAllListeners('exit');
      child.stdout.off('data', onData);
      child.stdout.resume(); // keep draining so the host never blocks on a full pipe
      resolve(match[1]);
    };
    child.stdout.on('data', onData);
  });
}

async function kill(child: Child): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
