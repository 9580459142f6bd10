// A refresh's threads carry names of their own (workers/thread-name.ts), so that per-thread CPU
// (the command bench, `top -H`, `perf`) tells the parse workers and the store worker from V8's
// helper threads, which are all called "node" otherwise. Linux only: elsewhere nothing is named.
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/core';
import { FeedServer, rss } from '../../support/feed-server';
import { tempDir } from '../../support/temp';

function threadNames(): string[] {
  return readdirSync('/proc/self/task').flatMap((task) => {
    try {
      return [readFileSync(`/proc/self/task/${task}/comm`, 'utf8').trim()];
    } catch {
      return []; // the thread ended meanwhile
    }
  });
}

describe.runIf(process.platform === 'linux')('worker thread names', () => {
  let dir: ReturnType<typeof tempDir>;
  let server: FeedServer;

  beforeEach(async () => {
    dir = tempDir();
    server = await new FeedServer().start();
  });
  afterEach(async () => {
    await server.stop();
    dir.remove();
  });

  it('names every parse worker and the store worker of a refresh after what it does', async () => {
    const core = openCore({ dbFile: dir.file('library.db'), icons: false, outbox: { run: false } });
    try {
      server.set('/feed.xml', { body: rss('Feed', [{ guid: 'g1', title: 'Item' }]) });
      core.store.feeds.add({ url: server.url('/feed.xml') });
      core.parsers.warm();
      expect(await core.refresher.refresh()).toMatchObject({ ok: 1, newArticles: 1 });

      const names = threadNames();
      expect(names.filter((name) => name === 'tidings-parse')).toHaveLength(core.parsers.size);
      expect(names.filter((name) => name === 'tidings-store')).toHaveLength(1);
    } finally {
      core.close();
    }
  });
});
