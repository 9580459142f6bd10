// Retention per feed (issues #6 and #9), against real feeds on loopback: a feed's own days override
// the global setting, "forever" keeps every article, a count limit keeps the newest N (never a kept
// or unread one), tombstones keep pruned items out, and the contract call refuses bad numbers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/core/calls/handlers';
import { Refresher } from '../../electron/core/refresh/refresher';
import { Store, connectionOf } from '../../electron/core/store';
import { dispatch } from '../../shared/dispatch';
import type { FeedSummary } from '../../shared/model';
import { FeedServer, rss, type FixtureItem } from '../support/feed-server';
import { tempDir } from '../support/temp';
import { closeRefreshWorld, openRefreshWorld } from '../support/refresh-world';

const day = 86_400_000;

describe('retention per feed', () => {
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

  /** guid "x3" is published on May 3rd: the later in the list, the newer. */
  const items = (guids: readonly string[]): FixtureItem[] =>
    guids.map((guid, index) => ({ guid, title: `Item ${guid}`, pubDate: new Date(Date.UTC(2024, 4, index + 1)).toUTCString() }));

  async function subscribe(path: string, guids: readonly string[]): Promise<number> {
    server.set(path, { body: rss(`Feed ${path}`, items(guids)) });
    const feedId = store.feeds.add({ url: server.url(path) });
    await refresher.refresh([feedId]);
    return feedId;
  }

  const guidsOf = (feedId: number): string[] =>
    (connectionOf(store).prepare('SELECT guid FROM articles WHERE feed_id = ? ORDER BY guid').all(feedId) as { guid: string }[]).map((row) => row.guid);

  const idOf = (guid: string): number => (connectionOf(store).prepare('SELECT id FROM articles WHERE guid = ?').get(guid) as { id: number }).id;

  it("a feed's own days override the global setting, both ways", async () => {
    const ownYear = await subscribe('/year', ['y1', 'y2']);
    const followsGlobal = await subscribe('/global', ['g1', 'g2']);
    store.articles.markAllRead({ kind: 'all' });
    store.feeds.setRetention(ownYear, { days: 365, maxArticles: null });
    store.settings.update({ retentionDays: 30 });
    now += 40 * day;

    await refresher.refresh();

    expect(guidsOf(ownYear)).toEqual(['y1', 'y2']);
    expect(guidsOf(followsGlobal)).toEqual([]);

    const ownZero = await subscribe('/zero', ['z1']);
    store.articles.markAllRead({ kind: 'all' });
    store.feeds.setRetention(ownZero, { days: 0, maxArticles: null });
    store.settings.update({ retentionDays: null });
    await refresher.refresh([ownZero]);
    expect(guidsOf(ownZero)).toEqual([]);
  });

  it('"forever" keeps every read article whatever the global setting', async () => {
    const feedId = await subscribe('/forever', ['a', 'b', 'c']);
    store.articles.markAllRead({ kind: 'all' });
    store.feeds.setRetention(feedId, { days: 'forever', maxArticles: null });
    store.settings.update({ retentionDays: 0 });
    now += 10_000 * day;

    await refresher.refresh();

    expect(guidsOf(feedId)).toEqual(['a', 'b', 'c']);
    expect(store.feeds.summary(feedId).retention).toEqual({ days: 'forever', maxArticles: null });
  });

  it('a count limit keeps the newest N articles and never removes a kept or unread one', async () => {
    const feedId = await subscribe('/count', ['x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'x8']);
    store.articles.markAllRead({ kind: 'all' });
    store.articles.setRead([idOf('x2')], false);
    store.articles.setStarred(idOf('x1'), true);
    store.keeping.setLiked(idOf('x3'), true);
    store.keeping.setNote(idOf('x4'), 'mine');
    store.keeping.label(idOf('x5'), ['later'], []);
    store.feeds.setRetention(feedId, { days: 'forever', maxArticles: 2 });

    await refresher.refresh([feedId]);

    // x7 and x8 are the newest two; x6 is read and unkept, so it alone goes.
    expect(guidsOf(feedId)).toEqual(['x1', 'x2', 'x3', 'x4', 'x5', 'x7', 'x8']);
    expect(connectionOf(store).prepare('SELECT guid FROM article_tombstones WHERE feed_id = ?').all(feedId)).toEqual([{ guid: 'x6' }]);
  });

  it('unread articles hold their place among the newest N', async () => {
    const feedId = await subscribe('/unread', ['u1', 'u2', 'u3', 'u4']);
    store.articles.setRead([idOf('u1'), idOf('u2')], true);
    store.feeds.setRetention(feedId, { days: null, maxArticles: 2 });

    await refresher.refresh([feedId]);

    expect(guidsOf(feedId)).toEqual(['u3', 'u4']);
  });

  it('an item removed by the count limit does not come back while the feed still lists it', async () => {
    const feedId = await subscribe('/again', ['o1', 'o2', 'o3']);
    store.articles.markAllRead({ kind: 'all' });
    store.feeds.setRetention(feedId, { days: null, maxArticles: 1 });
    await refresher.refresh([feedId]);
    expect(guidsOf(feedId)).toEqual(['o3']);

    server.set('/again', { body: rss('Feed /again', items(['o1', 'o2', 'o3', 'o4'])) });
    const again = await refresher.refresh([feedId]);

    // Only o4 is new; o3, read and no longer the newest, goes in its turn.
    expect(again).toMatchObject({ ok: 1, newArticles: 1 });
    expect(guidsOf(feedId)).toEqual(['o4']);
    expect(store.feeds.summary(feedId).unread).toBe(1);
  });

  it('following the global setting again, after a feed had its own', async () => {
    const feedId = await subscribe('/back', ['b1']);
    store.articles.markAllRead({ kind: 'all' });
    store.feeds.setRetention(feedId, { days: 'forever', maxArticles: 5 });
    store.feeds.setRetention(feedId, { days: null, maxArticles: null });
    store.settings.update({ retentionDays: 0 });

    await refresher.refresh([feedId]);

    expect(guidsOf(feedId)).toEqual([]);
    expect(store.feeds.summary(feedId).retention).toEqual({ days: null, maxArticles: null });
  });

  describe('the setFeedRetention call', () => {
    const handlers = () => createHandlers({ store, refresher });

    it('answers the feed with its retention, and listFeeds shows it', async () => {
      const feedId = await subscribe('/call', ['c1']);

      const result = await dispatch(handlers(), 'setFeedRetention', { feedId, days: 7, maxArticles: 200 });

      expect(result).toMatchObject({ ok: true, value: { id: feedId, retention: { days: 7, maxArticles: 200 } } });
      const listed = await dispatch(handlers(), 'listFeeds', {});
      expect(listed.ok && listed.value.feeds.map((feed: FeedSummary) => feed.retention)).toEqual([{ days: 7, maxArticles: 200 }]);
    });

    it.each([
      ['negative days', { days: -1, maxArticles: null }],
      ['fractional days', { days: 1.5, maxArticles: null }],
      ['days past a hundred years', { days: 36_501, maxArticles: null }],
      ['days as an unknown word', { days: 'always', maxArticles: null }],
      ['a count of zero', { days: null, maxArticles: 0 }],
      ['a negative count', { days: null, maxArticles: -3 }],
      ['a fractional count', { days: null, maxArticles: 2.5 }],
      ['a missing count', { days: 7 }],
    ])('refuses %s as bad_input and changes nothing', async (_name, input) => {
      const feedId = await subscribe('/bad', ['d1']);

      const result = await dispatch(handlers(), 'setFeedRetention', { feedId, ...input });

      expect(result).toMatchObject({ ok: false, error: { code: 'bad_input' } });
      expect(store.feeds.summary(feedId).retention).toEqual({ days: null, maxArticles: null });
    });

    it('answers not_found for an unknown feed', async () => {
      const result = await dispatch(handlers(), 'setFeedRetention', { feedId: 999, days: 7, maxArticles: null });
      expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    });
  });
});
