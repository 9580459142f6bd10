// `tidings refresh` starts its parse workers before it loads the core (cli/early-workers.ts): the
// core's parse pool must take those workers, not start more of its own beside them, and must still
// refresh when one of them died before it was taken.
import type { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/core';
import { startParseWorkersEarly } from '../../electron/cli/early-workers';
import { FeedServer, rss } from '../support/feed-server';
import { tempDir } from '../support/temp';

const exited = (worker: Worker): Promise<number> => new Promise((resolve) => worker.once('exit', resolve));

describe('parse workers started before the core', () => {
  let dir: ReturnType<typeof tempDir>;
  let server: FeedServer;
  const previousForeground = process.env.TIDINGS_WORKERS_IN_FOREGROUND;

  beforeEach(async () => {
    dir = tempDir();
    server = await new FeedServer().start();
  });
  afterEach(async () => {
    await server.stop();
    dir.remove();
    if (previousForeground === undefined) delete process.env.TIDINGS_WORKERS_IN_FOREGROUND;
    else process.env.TIDINGS_WORKERS_IN_FOREGROUND = previousForeground;
  });

  function openWithFeeds(parseWorkers: Worker[]): ReturnType<typeof openCore> {
    const core = openCore({ dbFile: dir.file('library.db'), parseWorkers, icons: false, outbox: { run: false } });
    for (const index of [1, 2, 3]) {
      server.set(`/feed${index}.xml`, { body: rss(`Feed ${index}`, [{ guid: `g${index}`, title: `Item ${index}` }]) });
      core.store.feeds.add({ url: server.url(`/feed${index}.xml`) });
    }
    return core;
  }

  it('are the ones the refresh parses with: the pool takes every one and starts none of its own', async () => {
    const started = startParseWorkersEarly();
    const ours = [...started];
    const core = openWithFeeds(started);
    expect(ours.length).toBe(core.parsers.size);
    try {
      core.parsers.warm();
      expect(started).toEqual([]); // taken, not left idle beside workers of the pool's own

      const result = await core.refresher.refresh();
      expect(result).toMatchObject({ ok: 3, failed: 0, newArticles: 3 });
    } finally {
      const ends = ours.map(exited);
      core.close();
      await Promise.all(ends); // the core's close ends them, as it ends its own
    }
  });

  it('refreshes all the same when one died before the core took it', async () => {
    const started = startParseWorkersEarly();
    const dead = started[0] as Worker;
    const gone = exited(dead);
    await dead.terminate();
    await gone;
    expect(started).not.toContain(dead);

    const core = openWithFeeds(started);
    try {
      const result = await core.refresher.refresh();
      expect(result).toMatchObject({ ok: 3, failed: 0, newArticles: 3 });
    } finally {
      core.close();
    }
  });
});
