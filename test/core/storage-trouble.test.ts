// When the library cannot be written, the machine is to blame, not a feed: a full disk stops the
// refresh with a notice, marks no feed broken, loses nothing, and the next refresh carries on.
// SQLite's max_page_count makes the file "full" for real: writes fail with SQLITE_FULL exactly as
// on a full disk.
import { mkdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/core';
import { dispatch } from '../../shared/dispatch';
import { FeedServer, rss } from '../support/feed-server';
import { tempDir } from '../support/temp';
import { withTempCore } from '../support/temp-store';
import { connectionOf } from '../../electron/core/store';

const longText = (seed: number) => `<p>${`Tide table ${seed} for the estuary. `.repeat(200)}</p>`;

describe('a library that cannot be written', () => {
  const temp = withTempCore();
  let server: FeedServer;

  beforeEach(async () => {
    server = await new FeedServer().start();
    for (let feed = 0; feed < 6; feed++) {
      const items = Array.from({ length: 30 }, (_, item) => ({
        guid: `${feed}-${item}`,
        title: `Item ${item} of feed ${feed}`,
        description: longText(item),
      }));
      server.set(`/feed-${feed}`, { body: rss(`Feed ${feed}`, items) });
    }
    for (let feed = 0; feed < 6; feed++) temp.store.feeds.add({ url: server.url(`/feed-${feed}`) });
  });
  afterEach(async () => {
    await server.stop();
  });

  /**
   * No room for one more page: the next write that grows the file fails as on a full disk, on this
   * thread's connection and on the store worker's, which writes what a refresh reads.
   */
  const onEveryConnection = (sql: string) => {
    connectionOf(temp.store).pragma(sql);
    temp.core.storeThread.pragma(sql);
  };
  const fillTheDisk = () => onEveryConnection(`max_page_count = ${connectionOf(temp.store).pragma('page_count', { simple: true }) as number}`);
  const makeRoom = () => onEveryConnection('max_page_count = 1073741823');
  const articleCount = () => (connectionOf(temp.store).prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;

  it('stops a refresh on a full disk, blames no feed, and says what to do', async () => {
    fillTheDisk();

    const result = await temp.core.refresher.refresh();

    expect(result.stopped).toMatch(/disk .* is full/);
    expect(result.ok).toBe(0);
    expect(articleCount()).toBe(0);
    expect(temp.store.feeds.rows().map((feed) => feed.error_message)).toEqual(Array(6).fill(null));
    const notices = await dispatch(temp.core.handlers, 'getNotices', {});
    expect(notices.ok && notices.value.notices).toEqual([expect.objectContaining({ kind: 'cannot-save', message: result.stopped })]);
    // It stopped asking: at most the feeds already in flight were fetched, not every one again and again.
    expect(server.requests.length).toBeLessThanOrEqual(6);
  });

  it('carries on once there is room, and the notice goes', async () => {
    fillTheDisk();
    await temp.core.refresher.refresh();
    makeRoom();

    const result = await temp.core.refresher.refresh();

    expect(result.stopped).toBeUndefined();
    expect(result.ok).toBe(6);
    expect(articleCount()).toBe(180);
    const notices = await dispatch(temp.core.handlers, 'getNotices', {});
    expect(notices.ok && notices.value.notices).toEqual([]);
  });

  it('answers a call that cannot save with "unavailable" and words a person can act on, changing nothing', async () => {
    const opml = `<?xml version="1.0"?><opml version="2.0"><body>${Array.from(
      { length: 400 },
      (_, index) => `<outline type="rss" text="Feed ${index}" xmlUrl="https://example.org/${index}/${'long-path-'.repeat(20)}"/>`,
    ).join('')}</body></opml>`;
    fillTheDisk();

    const answer = await dispatch(temp.core.handlers, 'importLibrary', {
      fileName: 'subscriptions.opml',
      contentBase64: Buffer.from(opml).toString('base64'),
    });

    expect(answer).toEqual({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/disk .* is full.*Nothing was lost/) } });
    expect(temp.store.feeds.rows()).toHaveLength(6);
  });
});

describe('a library file that cannot be opened', () => {
  it('is reported, not set aside as if it were damaged', () => {
    const dir = tempDir();
    try {
      // Something that is not a database file SQLite can open, and not damage either.
      const file = dir.file('library.db');
      mkdirSync(file);
      expect(() => openCore({ dbFile: file })).toThrow();
      expect(() => mkdirSync(file)).toThrow(/EEXIST/); // still where it was, not renamed aside
    } finally {
      dir.remove();
    }
  });
});
