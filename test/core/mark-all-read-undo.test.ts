// "Mark all as read" can be taken back (issue #19): exactly the articles it changed come back
// unread, not ones read before it, not ones read by hand since; the unread counts follow; a token
// works once.
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/core/calls/handlers';
import { Refresher } from '../../electron/core/refresh/refresher';
import { connectionOf } from '../../electron/core/store';
import { dispatch } from '../../shared/dispatch';
import type { ArticleId, FeedId } from '../../shared/model';
import { feedOf, item, noValidators } from '../support/items';
import { withTempStore } from '../support/temp-store';

describe('undoing mark all as read', () => {
  let now: number;
  const temp = withTempStore({ clock: () => now });

  beforeEach(() => {
    now = Date.parse('2024-06-01T12:00:00Z');
  });

  /** A feed of `count` articles, newest first, half a day apart. */
  function feedWith(name: string, count: number): { feedId: FeedId; ids: ArticleId[] } {
    const feedId = temp.store.feeds.add({ url: `https://example.org/${name}` });
    const items = Array.from({ length: count }, (_, index) =>
      item(`${name}${index}`, { published: new Date(now - index * 43_200_000 - 1000) }),
    );
    temp.store.feeds.saveFetched(feedId, feedOf(items, name), noValidators);
    const ids = temp.store.articles.list({ scope: { kind: 'feed', feedId }, unreadOnly: false, limit: 500 }).items.map((article) => article.id);
    return { feedId, ids };
  }

  const unreadIds = (): ArticleId[] =>
    connectionOf(temp.store).prepare<[], number>('SELECT article_id FROM article_state WHERE read = 0 ORDER BY article_id').pluck().all();
  const countsKept = () => connectionOf(temp.store).prepare('SELECT feed_id, unread, starred FROM feed_counts ORDER BY feed_id').all();
  const countsActual = () =>
    connectionOf(temp.store)
      .prepare('SELECT feed_id, sum(read = 0) AS unread, sum(starred) AS starred FROM article_state GROUP BY feed_id ORDER BY feed_id')
      .all();
  const sorted = (ids: readonly ArticleId[]) => [...ids].sort((a, b) => a - b);

  it('puts back exactly the articles it marked, and the unread counts with them', () => {
    const a = feedWith('a', 30);
    const b = feedWith('b', 12);
    temp.store.articles.setRead(a.ids.slice(0, 5), true); // read before: stay read
    const unreadBefore = unreadIds();
    expect(unreadBefore).toHaveLength(37);

    const marks = temp.store.articles.markAllReadUndoable({ kind: 'all' });
    expect(marks.count).toBe(37);
    expect(sorted(JSON.parse(marks.articleIds) as ArticleId[])).toEqual(unreadBefore);
    expect(temp.store.library.summary().totals.unread).toBe(0);

    expect(temp.store.articles.markUnreadAgain(marks)).toBe(37);
    expect(unreadIds()).toEqual(unreadBefore);
    expect(countsKept()).toEqual(countsActual());
    expect(temp.store.library.summary().feeds.map((feed) => [feed.id, feed.unread])).toEqual([
      [a.feedId, 25],
      [b.feedId, 12],
    ]);
    // The count trigger is back in place: a single change still counts.
    temp.store.articles.setRead([b.ids[0]!], true);
    expect(temp.store.library.summary().totals.unread).toBe(36);
  });

  it('leaves read what was read by hand since, and unread what was marked unread since', () => {
    const a = feedWith('a', 30);
    const marks = temp.store.articles.markAllReadUndoable({ kind: 'feed', feedId: a.feedId });
    expect(marks.count).toBe(30);
    const [openedSince, unreadSince, toggledTwice] = a.ids;
    now += 60_000;
    temp.store.articles.setRead([openedSince!], true); // already read: nothing changes, read_at stays unset…
    temp.store.articles.setRead([unreadSince!], false);
    temp.store.articles.setRead([toggledTwice!], false);
    temp.store.articles.setRead([toggledTwice!], true); // …but this one was read by hand after the mark

    expect(temp.store.articles.markUnreadAgain(marks)).toBe(28);
    const unread = new Set(unreadIds());
    expect(unread.has(toggledTwice!)).toBe(false);
    expect(unread.has(unreadSince!)).toBe(true);
    expect(unread.size).toBe(29);
    expect(countsKept()).toEqual(countsActual());
  });

  it('with an age limit and in a folder, only what that mark took', () => {
    const a = feedWith('a', 10);
    const b = feedWith('b', 10);
    temp.store.feeds.moveToFolder(b.feedId, ['News']);
    const folder = temp.store.library.summary().folders.find((candidate) => candidate.name === 'News')!;
    const old = temp.store.articles.markAllReadUndoable({ kind: 'all' }, 1); // articles 3.. of each feed are older than a day
    expect(old.count).toBe(16);
    const rest = temp.store.articles.markAllReadUndoable({ kind: 'folder', folderId: folder.id });
    expect(rest.count).toBe(2);
    expect(temp.store.articles.markUnreadAgain(rest)).toBe(2);
    expect(sorted(unreadIds())).toEqual(sorted([...a.ids.slice(0, 2), ...b.ids.slice(0, 2)]));
    expect(temp.store.articles.markUnreadAgain(old)).toBe(16);
    expect(unreadIds()).toHaveLength(20);
    expect(countsKept()).toEqual(countsActual());
  });

  it('through the calls: the token undoes once, and an unknown one is refused in plain words', async () => {
    const a = feedWith('a', 30);
    const handlers = createHandlers({ store: temp.store, refresher: new Refresher(temp.store) });
    const marked = await dispatch(handlers, 'markAllRead', { scope: { kind: 'all' } });
    expect(marked.ok && marked.value.changed).toBe(30);
    const undoToken = marked.ok ? marked.value.undoToken : undefined;
    expect(undoToken).toEqual(expect.any(String));

    expect(await dispatch(handlers, 'undoMarkAllRead', { undoToken: undoToken! })).toEqual({ ok: true, value: { changed: 30 } });
    expect(temp.store.library.summary().feeds.find((feed) => feed.id === a.feedId)?.unread).toBe(30);
    const again = await dispatch(handlers, 'undoMarkAllRead', { undoToken: undoToken! });
    expect(again).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/can no longer be undone/) } });

    // Nothing to mark: nothing to undo.
    temp.store.articles.markAllRead({ kind: 'all' });
    expect(await dispatch(handlers, 'markAllRead', { scope: { kind: 'all' } })).toEqual({ ok: true, value: { changed: 0 } });
  });
});
