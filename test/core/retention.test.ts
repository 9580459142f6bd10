// Retention runs after each refresh of a feed, against a real feed on loopback: read articles past
// the setting go, kept ones never do, and what went does not come back while the feed still lists it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Refresher } from '../../electron/core/refresh/refresher';
import { Store, connectionOf } from '../../electron/core/store';
import { FeedServer, rss, type FixtureItem } from '../support/feed-server';
import { tempDir } from '../support/temp';
import { closeRefreshWorld, openRefreshWorld } from '../support/refresh-world';

const day = 86_400_000;

describe('retention', () => {
  let dir: ReturnType<typeof tempDir>;
  let store: Store;
  let server: FeedServer;
  let refresher: Refresher;
  let now: number;

  beforeEach(async () => {
    now = Date.parse('2024-06-01T12:00:00Z');
    ({ dir, store, server, refresher } = await openRefreshWorld(() => now));
  });
  afterEach(() => closeRefreshWorld({ dir, store, server, refresher }));

  const items = (guids: readonly string[]): FixtureItem[] =>
    guids.map((guid, index) => ({ guid, title: `Item ${guid}`, pubDate: new Date(Date.UTC(2024, 4, index + 1)).toUTCString() }));

  const byGuid = (): Map<string, number> =>
    new Map((connectionOf(store).prepare('SELECT guid, id FROM articles').all() as { guid: string; id: number }[]).map((row) => [row.guid, row.id]));

  const guids = (): string[] => [...byGuid().keys()].sort();

  async function subscribe(guidList: readonly string[]): Promise<Map<string, number>> {
    server.set('/feed', { body: rss('Kept things', items(guidList)) });
    store.feeds.add({ url: server.url('/feed') });
    await refresher.refresh();
    return byGuid();
  }

  it('a refresh with retention 0 days keeps starred, shared, noted, liked and labelled articles', async () => {
    const id = await subscribe(['starred', 'shared', 'noted', 'liked', 'labelled', 'read', 'unread']);
    store.articles.markAllRead({ kind: 'all' });
    store.articles.setRead([id.get('unread')!], false);
    store.articles.setStarred(id.get('starred')!, true);
    connectionOf(store).prepare('UPDATE article_state SET shared = 1, shared_at = ? WHERE article_id = ?').run(now, id.get('shared'));
    store.keeping.setNote(id.get('noted')!, 'worth keeping');
    store.keeping.setLiked(id.get('liked')!, true);
    store.keeping.label(id.get('labelled')!, ['keep'], []);
    store.settings.update({ retentionDays: 0 });

    const result = await refresher.refresh();

    expect(result).toMatchObject({ ok: 1, failed: 0 });
    expect(guids()).toEqual(['labelled', 'liked', 'noted', 'shared', 'starred', 'unread']);
    expect(connectionOf(store).prepare('SELECT guid FROM article_tombstones').all()).toEqual([{ guid: 'read' }]);
    expect(store.library.summary().feeds[0]?.unread).toBe(1);
  });

  it('does not store a removed item again while the feed still serves it', async () => {
    await subscribe(['old', 'older']);
    store.articles.markAllRead({ kind: 'all' });
    store.settings.update({ retentionDays: 0 });
    await refresher.refresh();
    expect(guids()).toEqual([]);

    server.set('/feed', { body: rss('Kept things', items(['old', 'older', 'new'])) });
    const again = await refresher.refresh();

    expect(again).toMatchObject({ ok: 1, newArticles: 1 });
    expect(guids()).toEqual(['new']);
    expect(store.library.summary().feeds[0]?.unread).toBe(1);
  });

  it('removes only read articles first seen longer ago than the setting', async () => {
    const first = await subscribe(['seen-long-ago', 'unread-long-ago']);
    store.articles.setRead([first.get('seen-long-ago')!], true);
    now += 31 * day;
    server.set('/feed', { body: rss('Kept things', items(['seen-long-ago', 'unread-long-ago', 'recent'])) });
    await refresher.refresh();
    store.articles.setRead([byGuid().get('recent')!], true);
    store.settings.update({ retentionDays: 30 });

    await refresher.refresh();

    expect(guids()).toEqual(['recent', 'unread-long-ago']);
  });

  it('keeps everything when retention is off', async () => {
    await subscribe(['a', 'b']);
    store.articles.markAllRead({ kind: 'all' });
    store.settings.update({ retentionDays: null });
    now += 10_000 * day;
    await refresher.refresh();
    expect(guids()).toEqual(['a', 'b']);
  });

  it('applies retention when the feed answers 304 Not Modified too', async () => {
    server.set('/feed', { body: rss('Kept things', items(['a'])), etag: '"v1"' });
    store.feeds.add({ url: server.url('/feed') });
    await refresher.refresh();
    store.articles.markAllRead({ kind: 'all' });
    store.settings.update({ retentionDays: 0 });

    expect(await refresher.refresh()).toMatchObject({ notModified: 1 });
    expect(guids()).toEqual([]);
  });

  it('defaults to keeping read articles for 90 days', () => {
    expect(store.settings.get().retentionDays).toBe(90);
  });
});
