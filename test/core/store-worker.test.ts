// The core stores refreshed feeds in its store worker (store-worker.ts), several feeds to a
// transaction: a feed that cannot be stored fails alone.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ParsePool } from '../../electron/core/workers/parse-pool';
import { StoreThread } from '../../electron/core/workers/store-thread';
import { Store, connectionOf } from '../../electron/core/store';
import { WriteLock } from '../../electron/core/workers/write-lock';
import { indexedUpTo } from '../../electron/core/store/search-index';
import { feedOf, item, noValidators } from '../support/items';
import { FeedServer, rss } from '../support/feed-server';
import { withTempCore } from '../support/temp-store';

const temp = withTempCore({ outbox: { run: false } });
let server: FeedServer;

beforeEach(async () => {
  server = await new FeedServer().start();
});
afterEach(async () => {
  await server.stop();
});

const items = (feed: number, count: number, poison = false) =>
  Array.from({ length: count }, (_, item) => ({
    guid: poison && item === count - 1 ? 'poison' : `${feed}-${item}`,
    title: `Item ${item} of feed ${feed}`,
    description: `<p>Item ${item}</p>`,
  }));

it('fails only the feed whose articles cannot be stored, and keeps none of its articles', async () => {
  // A real SQLite error on one article of one feed, raised inside the store worker's transaction.
  connectionOf(temp.store).exec(`CREATE TRIGGER poisoned BEFORE INSERT ON articles WHEN new.guid = 'poison'
    BEGIN SELECT RAISE(ABORT, 'poisoned article'); END`);
  for (let feed = 0; feed < 6; feed++) {
    server.set(`/feed-${feed}`, { body: rss(`Feed ${feed}`, items(feed, 5, feed === 2)) });
    temp.store.feeds.add({ url: server.url(`/feed-${feed}`) });
  }

  const result = await temp.core.refresher.refresh();

  expect(result).toMatchObject({ ok: 5, failed: 1, newArticles: 25 });
  const rows = temp.store.feeds.rows();
  const poisoned = rows.find((feed) => feed.url.endsWith('/feed-2'));
  expect(poisoned).toMatchObject({ error_stage: 'store', error_message: expect.stringMatching(/poisoned article/) });
  const stored = connectionOf(temp.store)
    .prepare('SELECT f.url AS url, count(a.id) AS n FROM feeds f LEFT JOIN articles a ON a.feed_id = f.id GROUP BY f.id ORDER BY f.url')
    .all() as { url: string; n: number }[];
  expect(stored.map((row) => row.n)).toEqual([5, 5, 0, 5, 5, 5]);
});

it('schedules a stored feed with its articles, and tells the refresh how many were new', async () => {
  server.set('/feed', { body: rss('Feed', items(0, 3)) });
  const id = temp.store.feeds.add({ url: server.url('/feed') });
  const before = Date.now();

  const result = await temp.core.refresher.refresh();

  expect(result).toMatchObject({ ok: 1, newArticles: 3 });
  const feed = temp.store.feeds.get(id);
  expect(feed?.next_fetch_at ?? 0).toBeGreaterThan(before);
  expect(feed?.title).toBe('Feed');
});

it('stores the other feeds of a shared transaction when one of them fails', async () => {
  const file = temp.dir.file('batched.db');
  const library = Store.open(file);
  connectionOf(library).exec(`CREATE TRIGGER poisoned BEFORE INSERT ON articles WHEN new.guid = 'poison'
    BEGIN SELECT RAISE(ABORT, 'poisoned article'); END`);
  const feedIds = Array.from({ length: 6 }, (_, feed) => library.feeds.add({ url: `https://example.org/feed-${feed}` }));
  const lock = new WriteLock();
  const storeThread = new StoreThread({ file, lock });
  const pool = new ParsePool(2, storeThread);
  try {
    // While this thread holds the write lock the store worker cannot begin, so the feeds read
    // meanwhile wait for it together and share a transaction.
    await lock.acquire();
    const outcomes = Promise.all(
      feedIds.map((feedId, feed) =>
        pool.ingest({
          feedId,
          document: { url: `https://example.org/feed-${feed}`, body: new TextEncoder().encode(rss(`Feed ${feed}`, items(feed, 4, feed === 3))), contentType: 'application/rss+xml' },
          validators: { etag: null, lastModified: null },
          movedTo: null,
          scheduleAt: null,
        }),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    lock.release();

    expect((await outcomes).map((outcome) => outcome.ok)).toEqual([true, true, true, false, true, true]);
    const stored = connectionOf(library)
      .prepare('SELECT f.id AS id, count(a.id) AS n FROM feeds f LEFT JOIN articles a ON a.feed_id = f.id GROUP BY f.id ORDER BY f.id')
      .all() as { id: number; n: number }[];
    expect(stored.map((row) => row.n)).toEqual([4, 4, 4, 0, 4, 4]);
  } finally {
    await pool.close();
    await storeThread.close();
    library.close();
  }
});

/** Polls until `done` holds, failing after `ms`. */
async function eventually(done: () => boolean, ms = 8_000): Promise<void> {
  const until = Date.now() + ms;
  while (!done()) {
    if (Date.now() > until) throw new Error('gave up waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

it('stores refreshed articles first and indexes them for search in its idle turns, within seconds', async () => {
  for (let feed = 0; feed < 3; feed++) {
    server.set(`/feed-${feed}`, { body: rss(`Feed ${feed}`, items(feed, 4)) });
    temp.store.feeds.add({ url: server.url(`/feed-${feed}`) });
  }
  const inIndex = () =>
    (connectionOf(temp.store).prepare(`SELECT count(*) AS n FROM article_search WHERE article_search MATCH 'item'`).get() as { n: number }).n;

  const result = await temp.core.refresher.refresh();

  expect(result).toMatchObject({ ok: 3, newArticles: 12 });
  // Stored and searchable at once, indexed or not yet.
  const search = () => temp.store.search.find({ query: 'item', scope: { kind: 'all' }, unreadOnly: false, limit: 50 }).items;
  expect(search()).toHaveLength(12);
  await eventually(() => inIndex() === 12);
  expect(indexedUpTo(connectionOf(temp.store))).toBe(Math.max(...search().map((hit) => hit.id)));
  expect(search()).toHaveLength(12);
});

it('indexes articles the main thread stored, when the core notices them', async () => {
  const feedId = temp.store.feeds.add({ url: 'https://example.org/added' });
  temp.store.transaction(() =>
    temp.store.feeds.writeFetched(feedId, feedOf([item('a', { title: 'Added on this thread' })]), noValidators),
  );
  expect(indexedUpTo(connectionOf(temp.store))).toBe(0);
  await eventually(() => indexedUpTo(connectionOf(temp.store)) > 0);
  const match = connectionOf(temp.store).prepare(`SELECT rowid AS id FROM article_search WHERE article_search MATCH 'added'`).all();
  expect(match).toHaveLength(1);
});
