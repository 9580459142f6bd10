// The thread that serves the UI never copies the write-ahead log into the database file: its
// connection makes no checkpoints, and the store worker makes them instead (checkpoints.ts).
import { statSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { checkpointInBackground } from '../../electron/core/workers/checkpoints';
import { openCore, type Core } from '../../electron/core/core';
import { feedOf, item, noValidators } from '../support/items';
import { tempDir } from '../support/temp';

let dir: ReturnType<typeof tempDir>;
let core: Core;

beforeEach(() => {
  dir = tempDir();
  core = openCore({ dbFile: dir.file('library.db'), outbox: { run: false } });
});
afterEach(() => {
  core.close();
  dir.remove();
});

it("leaves the log of the main thread's writes for the store worker to copy into the file", async () => {
  const file = dir.file('library.db');
  const sizeBefore = statSync(file).size;
  // Well past SQLite's default of a checkpoint every 1,000 pages of log.
  const body = `<p>${'A paragraph long enough to fill pages. '.repeat(80)}</p>`;
  const feedId = core.store.feeds.add({ url: 'https://example.org/feed' });
  core.store.feeds.saveFetched(feedId, feedOf(Array.from({ length: 2000 }, (_, index) => item(`i${index}`, { content: body }))), noValidators);
  expect(statSync(`${file}-wal`).size).toBeGreaterThan(4_000 * 1024);
  expect(statSync(file).size).toBe(sizeBefore);

  const done = await core.storeThread.checkpoint();

  expect(done.busy).toBe(false);
  expect(done.log).toBeGreaterThan(1000);
  expect(done.checkpointed).toBe(done.log);
  expect(statSync(file).size).toBeGreaterThan(sizeBefore + 4_000 * 1024);
  expect(core.store.articles.list({ scope: { kind: 'all' }, unreadOnly: true, limit: 5 }).items).toHaveLength(5);
});

it('asks the store worker for a checkpoint when the main connection has written since it last asked', async () => {
  const file = dir.file('library.db');
  const sizeBefore = statSync(file).size;
  const checkpoints = checkpointInBackground(core.store, core.storeThread, 20);
  try {
    const feedId = core.store.feeds.add({ url: 'https://example.org/feed' });
    const body = `<p>${'Words to fill a page or two. '.repeat(80)}</p>`;
    core.store.feeds.saveFetched(feedId, feedOf(Array.from({ length: 300 }, (_, index) => item(`i${index}`, { content: body }))), noValidators);

    await expect.poll(() => statSync(file).size, { timeout: 5000 }).toBeGreaterThan(sizeBefore + 300 * 1024);
  } finally {
    checkpoints.stop();
  }
});
