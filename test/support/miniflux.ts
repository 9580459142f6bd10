// A real Miniflux (Debian's package, its own PostgreSQL) on loopback for the sync tests, started by
// test/support/miniflux/start.sh. Where it cannot be had (not Debian, no package archive) the sync
// tests skip with one line saying why; under CI they may not skip, and a failure to start fails.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './temp';

export interface Miniflux {
  url: string;
  version: string;
  user: string;
  password: string;
  /** For Miniflux's own REST API (`X-Auth-Token`), which tests use to look at the server's side. */
  apiKey: string;
  /** GET or POST/PUT on Miniflux's REST API, answered as JSON. */
  rest<T>(method: string, path: string, body?: unknown): Promise<T>;
  /** Stops the server, keeping its data, and starts it again on the same port. */
  pause(): void;
  resume(): void;
  stop(): void;
}

// Bundled (the bench runs from dist/bench), this file's URL is the bundle's: look from the checkout then.
const besideThis = fileURLToPath(new URL('./miniflux/', import.meta.url));
const scripts = existsSync(`${besideThis}start.sh`) ? besideThis : join(process.cwd(), 'test/support/miniflux/');

/** A started Miniflux, or the reason there is none here (never null under CI: it throws instead). */
export async function startMiniflux(): Promise<Miniflux | string> {
  const missing = unavailable();
  if (missing !== null) {
    if (process.env.CI === 'true') throw new Error(`sync tests must run under CI, but ${missing}`);
    return missing;
  }
  const port = await freePort();
  const dir = tempDir('tidings-miniflux-');
  // PostgreSQL runs as its own user and must reach its data folder inside this one.
  chmodSync(dir.path, 0o755);
  const env = { ...process.env, MF_DIR: dir.path };
  const started = spawnSync('bash', [`${scripts}start.sh`, String(port)], { env, encoding: 'utf8', timeout: 300_000 });
  if (started.status !== 0) {
    dir.remove();
    const reason = `Miniflux did not start: ${(started.stderr || String(started.error ?? '')).trim().split('\n').slice(-3).join(' / ')}`;
    if (process.env.CI === 'true') throw new Error(reason);
    return reason;
  }
  const values = Object.fromEntries(started.stdout.split('\n').filter((line) => line.includes('=')).map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
  const url = values.GREADER_URL as string;
  const apiKey = values.MINIFLUX_API_KEY as string;
  return {
    url,
    version: values.MINIFLUX_VERSION as string,
    user: values.GREADER_USER as string,
    password: values.GREADER_PASS as string,
    apiKey,
    async rest<T>(method: string, path: string, body?: unknown): Promise<T> {
      const response = await fetch(`${url}/v1${path}`, {
        method,
        headers: { 'x-auth-token': apiKey, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (!response.ok) throw new Error(`Miniflux ${method} ${path}: ${response.status} ${await response.text()}`);
      return (response.status === 204 ? undefined : await response.json()) as T;
    },
    pause() {
      spawnSync('bash', [`${scripts}stop.sh`], { env, stdio: 'ignore', timeout: 60_000 });
    },
    resume() {
      const again = spawnSync('bash', [`${scripts}start.sh`, String(port)], { env, encoding: 'utf8', timeout: 300_000 });
      if (again.status !== 0) throw new Error(`Miniflux did not start again: ${again.stderr}`);
    },
    stop() {
      spawnSync('bash', [`${scripts}stop.sh`, '--purge'], { env, stdio: 'ignore', timeout: 60_000 });
      dir.remove();
    },
  };
}

/** Why Miniflux cannot be had on this machine, or null. */
function unavailable(): string | null {
  if (process.platform !== 'linux' || !existsSync('/etc/debian_version')) return 'this is not Debian, where the test Miniflux comes from';
  if (spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status !== 0) return 'apt-get is missing';
  if (process.getuid?.() !== 0) return 'starting PostgreSQL for Miniflux needs root';
  return null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
