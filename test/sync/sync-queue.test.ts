// The sync queue is written by the library itself, in the transaction of each change: whatever path
// changes a sync account's article or subscription, the change waits in the queue for the server;
// what the server itself changed (a pull) is never sent back; a local article never queues anything.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../electron/core/store';
import { item } from '../support/items';
import { tempDir } from '../support/temp';
import type { ParsedItem } from '../../electron/core/feed-types';

const longId = (n: number): string => `tag:google.com,2005:reader/item/${n.toString(16).padStart(16, '0')}`;

describe('sync queue', () => {
  let dir: ReturnType<typeof tempDir>;
  let store: Store;
  let account: number;
  let feedId: number;
  let articleIds: number[];

  beforeEach(() => {
    dir = tempDir();
    store = Store.open(dir.file('library.db'));
    account = store.accounts.add({ kind: 'greader', url: 'http://127.0.0.1:1', user: 'me', token: 'secret' });
    const items: ParsedItem[] = [1, 2, 3].map((n) => ({ ...item(`x${n}`), id: longId(n) }));
    feedId = store.syncMirror.apply(account, () => {
      const id = store.syncMirror.insertFeed(account, { remoteId: 'feed/7', url: 'https://example.org/feed', title: 'Seven', siteUrl: null, folder: 'Tech' });
      store.syncMirror.storeItems(id, items);
      return id;
    });
    articleIds = store.articles.list({ scope: { kind: 'feed', feedId }, unreadOnly: false, limit: 10 }).items.map((a) => a.id);
  });
  afterEach(() => {
    store.close();
    dir.remove();
  });

  const queued = () => store.syncQueue.pending(account).map((row) => [row.action, row.item]);

  it('stores what the server brought without queueing any of it', () => {
    expect(articleIds).toHaveLength(3);
    expect(store.syncQueue.count()).toBe(0);
    store.syncMirror.apply(account, () => store.syncMirror.applyState(account, [], [longId(2)], []));
    expect(store.syncQueue.count()).toBe(0);
    expect(store.articles.get(articleIds[0] as number).read).toBe(true);
  });

  it('queues read, unread, star and unstar of a sync account\'s article, only real changes', () => {
    const [a, b] = articleIds as [number, number];
    store.articles.setRead([a], true);
    store.articles.setRead([a], true);
    store.articles.setStarred(b, true);
    store.articles.setStarred(b, false);
    store.articles.setRead([a], false);
    expect(queued()).toEqual([
      ['read', store.articles.get(a).id && expect.stringMatching(/^tag:google.com/)],
      ['star', expect.stringMatching(/^tag:google.com/)],
      ['unstar', expect.stringMatching(/^tag:google.com/)],
      ['unread', expect.stringMatching(/^tag:google.com/)],
    ]);
  });

  it('queues a mark-all-read and its undo, article by article', () => {
    const marks = store.articles.markAllReadUndoable({ kind: 'feed', feedId });
    expect(queued().map(([action]) => action)).toEqual(['read', 'read', 'read']);
    store.articles.markUnreadAgain(marks);
    expect(queued().map(([action]) => action)).toEqual(['read', 'read', 'read', 'unread', 'unread', 'unread']);
  });

  it('queues renaming, moving and unsubscribing a sync feed', () => {
    store.feeds.rename(feedId, 'Mine');
    store.feeds.moveToFolder(feedId, ['News']);
    store.feeds.remove(feedId);
    expect(store.syncQueue.pending(account).map((row) => [row.action, row.item, JSON.parse(row.payload)])).toEqual([
      ['rename', 'feed/7', { feed: feedId, title: 'Mine' }],
      ['move', 'feed/7', { feed: feedId, from: 'Tech', to: 'News' }],
      ['unsubscribe', 'feed/7', { feed: feedId, url: 'https://example.org/feed' }],
    ]);
  });

  it('queues nothing for the local account', () => {
    const local = store.feeds.add({ url: 'https://example.org/local' });
    store.feeds.saveFetched(local, { format: 'rss', title: 'L', link: null, ttlMinutes: null, items: [item('l1')] }, { etag: null, lastModified: null });
    const [article] = store.articles.list({ scope: { kind: 'feed', feedId: local }, unreadOnly: false, limit: 10 }).items;
    store.articles.setRead([article?.id as number], true);
    store.articles.markAllRead({ kind: 'feed', feedId: local });
    store.feeds.rename(local, 'x');
    store.feeds.remove(local);
    expect(store.syncQueue.count()).toBe(0);
  });

  it('keeps the queue across closing and opening the library', () => {
    store.articles.setStarred(articleIds[0] as number, true);
    store.close();
    store = Store.open(dir.file('library.db'));
    expect(store.syncQueue.count(account)).toBe(1);
  });

  it('removing an account moves its kept articles to the local account and deletes the rest', () => {
    store.articles.setStarred(articleIds[0] as number, true);
    expect(store.accounts.remove(account)).toEqual({ feedsRemoved: 0, articlesKept: 1 });
    expect(store.accounts.list().map((a) => a.kind)).toEqual(['local']);
    expect(store.syncQueue.count()).toBe(0);
    expect(store.articles.list({ scope: { kind: 'starred' }, unreadOnly: false, limit: 10 }).items.map((a) => a.id)).toEqual([articleIds[0]]);
    expect(store.accounts.ofFeed(feedId)).toBe(1);
    expect(store.feeds.get(feedId)?.active).toBe(0);
  });

  it('a local subscription to a sync feed\'s URL takes the plain URL; the sync feed steps aside, unqueued', () => {
    const local = store.feeds.add({ url: 'https://example.org/feed' });
    expect(store.feeds.get(local)?.url).toBe('https://example.org/feed');
    expect(store.feeds.get(feedId)?.url).toBe(`https://example.org/feed#tidings-account-${account}`);
    expect(store.syncQueue.count()).toBe(0);
  });

  it('read, unkept articles of a sync feed past retention go after a sync, as after a refresh, unqueued', () => {
    store.close();
    let now = Date.now();
    store = Store.open(dir.file('library.db'), { clock: () => now });
    store.articles.setStarred(articleIds[0] as number, true);
    const queuedBefore = store.syncQueue.count();
    now += 100 * 86_400_000;
    const removed = store.syncMirror.apply(account, () => {
      store.syncMirror.applyState(account, [], [longId(1)], []);
      return store.syncMirror.applyRetention(account, 30);
    });
    expect(removed).toBe(2);
    expect(store.articles.list({ scope: { kind: 'feed', feedId }, unreadOnly: false, limit: 10 }).items.map((a) => a.id)).toEqual([articleIds[0]]);
    expect(store.syncQueue.count()).toBe(queuedBefore);
  });
});
