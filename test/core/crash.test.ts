// Crash safety: a child process writes (refreshes) while this process changes read and star state
// through the store; the child is killed with SIGKILL at random moments. After every kill the
// database must pass integrity_check, open, and hold every change this process was told had
// been saved. A few iterations by default; TIDINGS_CRASH_ITERATIONS=50 for a longer run.
import Database from 'better-sqlite3';
import { fork, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Refresher } from '../../electron/core/refresh/refresher';
import { Store, connectionOf } from '../../electron/core/store';
import { FeedServer, rss } from '../support/feed-server';
import { tempDir } from '../support/temp';

const iterations = Number(process.env.TIDINGS_CRASH_ITERATIONS ?? 3);

/** Feeds whose items change on every request, so every refresh writes. */
function churningFeeds(server: FeedServer, count: number): void {
  for (let feed = 0; feed < count; feed++) {
    let generation = 0;
    const path = `/churn/${feed}.xml`;
    server.routes.set(path, {
      get body() {
        generation++;
        return rss(`Churn ${feed}`, Array.from({ length: 30 }, (_, item) => ({
          guid: `${feed}-${generation}-${item}`,
          title: `Item ${item} of generation ${generation}`,
          description: `<p>${'text '.repeat(80)}</p>`,
        })));
      },
    });
  }
}

function startChild(dbFile: string): Promise<ChildProcess> {
  const child = fork('test/crash/child.ts', [dbFile], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`crash child exited early with ${code}`)));
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('crash safety', () => {
  let dir: ReturnType<typeof tempDir>;
  let server: FeedServer;
  let dbFile: string;

  beforeAll(async () => {
    dir = tempDir('tidings-crash-');
    dbFile = dir.file('tidings.db');
    server = await new FeedServer().start();
    churningFeeds(server, 12);
    const store = Store.open(dbFile);
    for (let feed = 0; feed < 12; feed++) store.feeds.add({ url: server.url(`/churn/${feed}.xml`) });
    await new Refresher(store).refresh();
    store.close();
  });
  afterAll(async () => {
    await server.stop();
    dir.remove();
  });

  it(`keeps every acknowledged read and star change across ${iterations} SIGKILLs mid-write`, async () => {
    const acknowledged = new Map<number, { read: boolean; starred: boolean }>();
    const articleCount = (): number => {
      const db = new Database(dbFile, { readonly: true });
      const { n } = db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number };
      db.close();
      return n;
    };
    const before = articleCount();
    for (let round = 0; round < iterations; round++) {
      const store = Store.open(dbFile);
      const child = await startChild(dbFile);
      const ids = (connectionOf(store).prepare('SELECT article_id FROM article_state ORDER BY random() LIMIT 400').all() as { article_id: number }[]).map(
        (row) => row.article_id,
      );
      const killAt = Date.now() + 100 + Math.random() * 1000;
      let changes = 0;
      while (Date.now() < killAt) {
        const id = ids[changes % ids.length]!;
        const want = { read: Math.random() < 0.5, starred: Math.random() < 0.5 };
        store.articles.setRead([id], want.read);
        store.articles.setStarred(id, want.starred);
        acknowledged.set(id, want); // both calls returned: committed
        changes++;
        if (changes % 20 === 0) await pause(5); // let the child's writes interleave
      }
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      store.close();

      const check = new Database(dbFile);
      expect(check.pragma('integrity_check', { simple: true }), `round ${round}`).toBe('ok');
      check.close();
      const reopened = Store.open(dbFile);
      const lost = [...acknowledged].filter(([id, want]) => {
        const row = connectionOf(reopened).prepare('SELECT read, starred FROM article_state WHERE article_id = ?').get(id) as
          | { read: number; starred: number }
          | undefined;
        return !row || row.read === 1 !== want.read || row.starred === 1 !== want.starred;
      });
      reopened.close();
      expect(lost, `round ${round}: acknowledged changes lost`).toEqual([]);
      expect(changes).toBeGreaterThan(0);
    }
    expect(acknowledged.size).toBeGreaterThan(0);
    // The child really was writing when it was killed.
    expect(articleCount()).toBeGreaterThan(before);
  }, 120_000);
});
