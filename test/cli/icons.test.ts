// The CLI keeps subscriptions' icons too: `tidings add` finishes the lookup it starts before it
// exits; `tidings refresh` leaves icons to the app (it exits once the feeds are stored), and the
// feeds stay due for a look.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IconStore, Store, connectionOf } from '../../electron/core/store';
import { FeedServer, rss } from '../support/feed-server';
import { tidings } from '../support/cli';
import { tempDir } from '../support/temp';
import { iconFixture } from '../core/icons/helpers';

describe('tidings and icons', () => {
  let dir: ReturnType<typeof tempDir>;
  let server: FeedServer;

  beforeEach(async () => {
    dir = tempDir();
    server = await new FeedServer().start();
    server.set('/feed.xml', { body: rss('Harbour Notes', [{ guid: 'a', title: 'A' }], server.url('/')) });
    server.set('/second.xml', { body: rss('Second', [{ guid: 'b', title: 'B' }], server.url('/')) });
    server.set('/favicon.ico', { body: iconFixture('favicon.ico'), contentType: 'image/x-icon' });
  });
  afterEach(async () => {
    await server.stop();
    dir.remove();
  });

  const keptIcons = (db: string) => {
    const store = Store.open(db);
    try {
      return connectionOf(store).prepare('SELECT feed_id, content_type, length(data) AS bytes FROM feed_icons ORDER BY feed_id').all();
    } finally {
      store.close();
    }
  };

  it('refresh leaves icons for later: none is fetched, and the feed stays due for a look', async () => {
    const db = dir.file('library.db');
    const store = Store.open(db);
    store.feeds.add({ url: server.url('/feed.xml') });
    store.close();

    const refreshed = await tidings(['--db', db, 'refresh']);

    expect(refreshed.status).toBe(0);
    expect(keptIcons(db)).toEqual([]);
    expect(server.requestsFor('/favicon.ico')).toEqual([]);
    const reopened = Store.open(db);
    try {
      expect(new IconStore(connectionOf(reopened), () => reopened.now()).isDue(1)).toBe(true);
    } finally {
      reopened.close();
    }
  });

  it('add keeps the new feed’s icon', async () => {
    const db = dir.file('library.db');

    const added = await tidings(['--db', db, 'add', server.url('/second.xml')]);

    expect(added.status).toBe(0);
    expect(keptIcons(db)).toEqual([{ feed_id: 1, content_type: 'image/x-icon', bytes: iconFixture('favicon.ico').length }]);
  });
});
