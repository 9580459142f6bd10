// The thread that serves the UI never copies the write-ahead log into the database file: its
// connection makes no checkpoints, and the store worker makes them instead (checkpoints.ts).
import { statSync } from 'node:fs';
import { expect, it } from 'vitest';
import { checkpointInBackground } from '../../electron/core/workers/checkpoints';
import { feedOf, item, noValidators } from '../support/items';
import { withTempCore } from '../support/temp-store';

const temp = withTempCore({ outbox: { run: false } });

it("leaves the log of the main thread's writes for the store worker to copy into the file", async () => {
  const file = temp.file;
  const sizeBefore = statSync(file).size;
  // Well past SQLite's default of a checkpoint every 1,000 pages of log.
  const body = `<p>${'A paragraph long enough to fill pages. '.repeat(80)}</p>`;
  const feedId = temp.store.feeds.add({ url: 'https://example.org/feed' });
  temp.store.feeds.saveFetched(feedId, feedOf(Array.from({ length: 2000 }, (_, index) => item(`i${index}`, { content: body }))), noValidators);
  expect(statSync(`${file}-wal`).size).toBeGreaterThan(4_000 * 1024);
  expect(statSync(file).size).toBe(sizeBefore);

  const done = await temp.core.storeThread.checkpoint();

  expect(done.busy).toBe(false);
  expect(done.log).toBeGreaterThan(1000);
  expect(done.checkpointed).toBe(done.log);
  expect(statSync(file).size).toBeGreaterThan(sizeBefore + 4_000 * 1024);
  expect(temp.store.articles.list({ scope: { kind: 'all' }, unreadOnly: true, limit: 5 }).items).toHaveLength(5);
});

it('asks the store worker for a checkpoint when the main connection has written since it last asked', async () => {
  const file = temp.file;
  const sizeBefore = statSync(file).size;
  const checkpoints = checkpointInBackground(temp.store, temp.core.storeThread, 20);
  try {
    const feedId = temp.store.feeds.add({ url: 'https://example.org/feed' });
    const body = `<p>${'Words to fill a page or two. '.repeat(80)}</p>`;
    temp.store.feeds.saveFetched(feedId, feedOf(Array.from({ length: 300 }, (_, index) => item(`i${index}`, { content: body }))), noValidators);

    await expect.poll(() => statSync(file).size, { timeout: 5000 }).toBeGreaterThan(sizeBefore + 300 * 1024);
  } finally {
    checkpoints.stop();
  }
});
