// `tidings refresh` start to exit: every article of every feed is stored before it exits, however
// the feeds' hosts take turns, and its worker threads run at the command's own priority.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store, connectionOf } from '../../electron/core/store';
import { FeedServer, rss } from '../support/feed-server';
import { tidingsJson } from '../support/cli';
import { tempDir } from '../support/temp';

describe('tidings refresh', () => {
  let dir: ReturnType<typeof tempDir>;
  let servers: FeedServer[];
  let db: string;

  beforeEach(async () => {
    dir = tempDir();
    db = dir.file('library.db');
    servers = await Promise.all([1, 2, 3].map(() => new FeedServer().start()));
  });
  afterEach(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    dir.remove();
  });

  /** `count` feeds of three articles each, spread over the servers unevenly (1, 2, 3, 1, 2, 3, 3, …). */
  function subscribe(count: number, delayMs = 0): void {
    const store = Store.open(db);
    for (let index = 0; index < count; index++) {
      const server = servers[index < 3 ? index : index % 2 === 0 ? 2 : index % 3] as FeedServer;
      const items = [1, 2, 3].map((n) => ({ guid: `f${index}-${n}`, title: `Feed ${index} item ${n}` }));
      server.set(`/feed${index}.xml`, { body: rss(`Feed ${index}`, items), delayMs });
      store.feeds.add({ url: server.url(`/feed${index}.xml`) });
    }
    store.close();
  }

  it('exits with every article of every feed stored, and says so in the same --json shape', async () => {
    subscribe(40);

    const summary = (await tidingsJson(db, ['refresh'])) as Record<string, unknown>;

    expect(Object.keys(summary).sort()).toEqual(['deferred', 'failed', 'failures', 'feeds', 'ms', 'newArticles', 'notModified', 'ok']);
    expect(summary).toMatchObject({ feeds: 40, ok: 40, failed: 0, deferred: 0, newArticles: 120, failures: [] });
    const store = Store.open(db);
    try {
      const stored = connectionOf(store).prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number };
      expect(stored.n).toBe(120);
    } finally {
      store.close();
    }
  });

  it.runIf(process.platform === 'linux')("runs its worker threads at the command's own priority, not in the background", async () => {
    // The feeds answer late, so the workers (started with the first fetches) are up meanwhile.
    subscribe(3, 1_500);
    const child = spawn(process.execPath, ['bin/tidings.mjs', '--db', db, 'refresh', '--json'], {
      env: { ...process.env, TIDINGS_HOME: '/nonexistent-home' },
      stdio: 'ignore',
    });
    const seen = new Map<string, number>();
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    let running = true;
    void exited.then(() => (running = false));
    while (running) {
      for (const [thread, nice] of threadNices(child.pid as number)) seen.set(thread, nice);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    expect(await exited).toBe(0);
    const main = seen.get(String(child.pid));
    expect(seen.size).toBeGreaterThanOrEqual(8); // the main thread, V8's four, and the parse and store workers
    expect(new Set(seen.values())).toEqual(new Set([main]));
  });
});

/** Each thread of a process and its nice value, from /proc; none once it has exited. */
function threadNices(pid: number): Map<string, number> {
  const nices = new Map<string, number>();
  try {
    for (const thread of readdirSync(`/proc/${pid}/task`)) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${thread}/stat`, 'utf8');
        // After the command's name in parentheses: state is field 3, nice field 19.
        nices.set(thread, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
      } catch {
        // The thread ended meanwhile.
      }
    }
  } catch {
    // The process ended meanwhile.
  }
  return nices;
}
