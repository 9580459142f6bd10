// Likes, notes and labels on articles, their views, and what unsubscribing does to kept articles.
import { beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/dispatch';
import { importLibrary } from '../../electron/core/library/import';
import type { Store } from '../../electron/core/store';
import type { ArticleScope } from '../../shared/model';
import { feedOf, item, noValidators } from '../support/items';
import { withTempCore } from '../support/temp-store';
import { connectionOf } from '../../electron/core/store';

describe('keeping articles', () => {
  const temp = withTempCore();
  let store: Store;

  beforeEach(() => {
    store = temp.store;
  });

  /** A feed with articles a, b, c (a oldest); answers their ids by guid. */
  function feedWithArticles(url = 'https://example.org/feed', guids = ['a', 'b', 'c']): { feedId: number; ids: Record<string, number> } {
    const feedId = store.feeds.add({ url });
    store.feeds.saveFetched(
      feedId,
      feedOf(guids.map((guid, index) => item(guid, { published: new Date(Date.UTC(2024, 0, index + 1)) }))),
      noValidators,
    );
    const rows = connectionOf(store).prepare('SELECT id, guid FROM articles WHERE feed_id = ?').all(feedId) as { id: number; guid: string }[];
    return { feedId, ids: Object.fromEntries(rows.map((row) => [row.guid, row.id])) };
  }

  const ids = (scope: ArticleScope) =>
    store.articles.list({ scope, unreadOnly: false, limit: 50 }).items.map((article) => article.id);

  const call = async <T>(promise: Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }>) => {
    const result = await promise;
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value;
  };

  it('likes and unlikes an article, and lists liked articles newest like first', async () => {
    const { ids: article } = feedWithArticles();
    await call(dispatch(temp.core.handlers, 'setLiked', { articleId: article.a!, liked: true }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await call(dispatch(temp.core.handlers, 'setLiked', { articleId: article.c!, liked: true }));
    expect(ids({ kind: 'liked' })).toEqual([article.c, article.a]);
    expect(store.articles.get(article.a!)).toMatchObject({ liked: true, likedAt: expect.any(String) });
    expect(store.library.summary().totals.liked).toBe(2);

    expect(await call(dispatch(temp.core.handlers, 'setLiked', { articleId: article.a!, liked: false }))).toEqual({ changed: 1 });
    expect(ids({ kind: 'liked' })).toEqual([article.c]);
    expect(store.articles.get(article.a!)).toMatchObject({ liked: false, likedAt: null });
  });

  it('keeps a note on an article, lists noted articles newest note first, and clears a blank note', async () => {
    const { ids: article } = feedWithArticles();
    await call(dispatch(temp.core.handlers, 'setNote', { articleId: article.c!, note: 'first thought' }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await call(dispatch(temp.core.handlers, 'setNote', { articleId: article.a!, note: '  try this recipe  ' }));
    expect(store.articles.get(article.a!)).toMatchObject({ note: 'try this recipe', noteAt: expect.any(String) });
    expect(ids({ kind: 'notes' })).toEqual([article.a, article.c]);
    expect(store.library.summary().totals.notes).toBe(2);

    expect(await call(dispatch(temp.core.handlers, 'setNote', { articleId: article.a!, note: '   ' }))).toEqual({ changed: 1 });
    expect(store.articles.get(article.a!)).toMatchObject({ note: null, noteAt: null });
    await call(dispatch(temp.core.handlers, 'setNote', { articleId: article.c!, note: null }));
    expect(ids({ kind: 'notes' })).toEqual([]);
  });

  it('answers not_found for a like or a note on an article that does not exist', async () => {
    expect(await dispatch(temp.core.handlers, 'setLiked', { articleId: 999, liked: true })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await dispatch(temp.core.handlers, 'setNote', { articleId: 999, note: 'x' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await dispatch(temp.core.handlers, 'labelArticle', { articleId: 999, add: ['x'] })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('labels articles by name, counts them per label, and lists a label in article order', async () => {
    const { ids: article } = feedWithArticles();
    const labels = await call(dispatch(temp.core.handlers, 'labelArticle', { articleId: article.a!, add: ['recipes', 'to try'] }));
    expect(labels.labels.map((label) => label.name)).toEqual(['recipes', 'to try']);
    await call(dispatch(temp.core.handlers, 'labelArticle', { articleId: article.c!, add: ['recipes', 'recipes'] }));

    const library = store.library.summary();
    expect(library.labels.map(({ name, count }) => ({ name, count }))).toEqual([
      { name: 'recipes', count: 2 },
      { name: 'to try', count: 1 },
    ]);
    const recipes = library.labels.find((label) => label.name === 'recipes')!;
    expect(ids({ kind: 'label', labelId: recipes.id })).toEqual([article.c, article.a]);
    expect(store.articles.get(article.a!).labels.map((label) => label.name)).toEqual(['recipes', 'to try']);

    await call(dispatch(temp.core.handlers, 'labelArticle', { articleId: article.a!, remove: ['to try'] }));
    // A label that loses its last article goes.
    expect(store.library.summary().labels.map((label) => label.name)).toEqual(['recipes']);
  });

  it('renames a label, refuses a name another label has, and deletes a label without its articles', async () => {
    const { ids: article } = feedWithArticles();
    await call(dispatch(temp.core.handlers, 'labelArticle', { articleId: article.a!, add: ['cooking', 'later'] }));
    const [cooking, later] = store.library.summary().labels;
    expect(await call(dispatch(temp.core.handlers, 'renameLabel', { labelId: cooking!.id, name: 'Kitchen' }))).toMatchObject({ name: 'Kitchen', count: 1 });
    expect(await dispatch(temp.core.handlers, 'renameLabel', { labelId: later!.id, name: 'Kitchen' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await dispatch(temp.core.handlers, 'labelArticle', { articleId: article.a!, add: [' '] })).toMatchObject({ ok: false, error: { code: 'bad_input' } });

    expect(await call(dispatch(temp.core.handlers, 'deleteLabel', { labelId: later!.id }))).toEqual({ deleted: true });
    expect(store.articles.get(article.a!).labels.map((label) => label.name)).toEqual(['Kitchen']);
    expect(ids({ kind: 'all' })).toHaveLength(3);
  });

  it('marks a kept view read without touching articles outside it', () => {
    const { ids: article } = feedWithArticles();
    store.keeping.setLiked(article.b!, true);
    expect(store.articles.markAllRead({ kind: 'liked' })).toBe(1);
    expect(store.articles.list({ scope: { kind: 'all' }, unreadOnly: true, limit: 10 }).items.map((a) => a.id).sort()).toEqual(
      [article.a, article.c].sort(),
    );
  });

  it('searches only the noted articles when asked to search Notes', () => {
    const { ids: article } = feedWithArticles();
    store.keeping.setNote(article.b!, 'mine');
    const hits = store.search.find({ query: 'Content', scope: { kind: 'notes' }, unreadOnly: false, limit: 10 });
    expect(hits.items.map((hit) => hit.id)).toEqual([article.b]);
  });

  describe('unsubscribing', () => {
    it('deletes a feed outright when nothing of it was kept', async () => {
      const { feedId } = feedWithArticles();
      expect(await call(dispatch(temp.core.handlers, 'removeFeed', { feedId }))).toEqual({ removed: true, keptArticles: 0 });
      expect(store.feeds.get(feedId)).toBeUndefined();
      expect(store.library.summary().inactiveFeeds).toEqual([]);
    });

    it('keeps starred, shared, liked, noted and labelled articles under an inactive feed that is never refreshed', async () => {
      const { feedId, ids: article } = feedWithArticles('https://example.org/feed', ['s', 'h', 'l', 'n', 't', 'plain', 'read']);
      store.articles.setStarred(article.s!, true);
      connectionOf(store).prepare('UPDATE article_state SET shared = 1, shared_at = 1 WHERE article_id = ?').run(article.h);
      store.keeping.setLiked(article.l!, true);
      store.keeping.setNote(article.n!, 'note');
      store.keeping.label(article.t!, ['tagged'], []);
      store.articles.setRead([article.read!], true);

      expect(await call(dispatch(temp.core.handlers, 'removeFeed', { feedId }))).toEqual({ removed: true, keptArticles: 5 });

      const remaining = ids({ kind: 'all' }).sort();
      expect(remaining).toEqual([article.s, article.h, article.l, article.n, article.t].sort());
      const library = store.library.summary();
      expect(library.feeds).toEqual([]);
      expect(library.inactiveFeeds).toEqual([expect.objectContaining({ id: feedId, title: 'A feed', unread: 5 })]);
      expect(library.totals.unread).toBe(5);
      expect(store.articles.list({ scope: { kind: 'all' }, unreadOnly: false, limit: 1 }).items[0]?.feedTitle).toBe('A feed');
      expect(store.feeds.get(feedId)).toMatchObject({ active: 0, folder_id: null });
      expect(connectionOf(store).prepare('SELECT unsubscribed_at FROM feeds WHERE id = ?').get(feedId)).toEqual({ unsubscribed_at: expect.any(Number) });
      expect(store.feeds.due()).toEqual([]);
      expect(await temp.core.refresher.refresh([feedId])).toMatchObject({ feeds: 0 });
      // The counts the sidebar reads still match the rows.
      expect(connectionOf(store).prepare('SELECT unread, starred FROM feed_counts WHERE feed_id = ?').get(feedId)).toEqual({ unread: 5, starred: 1 });
      // Search forgot the deleted articles.
      expect(store.search.find({ query: 'plain', scope: { kind: 'all' }, unreadOnly: false, limit: 10 }).items).toEqual([]);
    });

    it('subscribes to an inactive feed again when its URL is added, keeping what was kept', async () => {
      const { feedId, ids: article } = feedWithArticles();
      store.articles.setStarred(article.a!, true);
      store.feeds.remove(feedId);

      expect(store.feeds.add({ url: 'https://example.org/feed', folderPath: ['Back'] })).toBe(feedId);
      const library = store.library.summary();
      expect(library.inactiveFeeds).toEqual([]);
      expect(library.feeds).toEqual([expect.objectContaining({ id: feedId, folderId: library.folders[0]!.id })]);
      expect(store.feeds.get(feedId)).toMatchObject({ active: 1, etag: null, last_modified: null });
      expect(store.articles.get(article.a!).starred).toBe(true);
      expect(() => store.feeds.add({ url: 'https://example.org/feed' })).toThrow(/already subscribed/);
    });

    it('subscribes to an inactive feed again when an OPML import lists it', async () => {
      const { feedId, ids: article } = feedWithArticles();
      store.keeping.setLiked(article.b!, true);
      store.feeds.remove(feedId);
      const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>s</title></head><body>
        <outline text="Reading"><outline type="rss" text="A feed" xmlUrl="https://example.org/feed"/></outline></body></opml>`;

      const summary = await importLibrary(store, { fileName: 'subs.opml', bytes: Buffer.from(opml) });

      expect(summary).toMatchObject({ feedsAdded: 1 });
      const library = store.library.summary();
      expect(library.inactiveFeeds).toEqual([]);
      expect(library.feeds).toEqual([expect.objectContaining({ id: feedId, folderId: library.folders[0]!.id })]);
    });

    it('brings back an item retention removed when an import carries it', async () => {
      const { feedId } = feedWithArticles('https://example.org/feed', ['a']);
      store.articles.markAllRead({ kind: 'all' });
      store.settings.update({ retentionDays: 0 });
      store.feeds.saveFetched(feedId, feedOf([item('a')]), noValidators);
      expect(ids({ kind: 'all' })).toEqual([]);

      store.library.import({ entries: [], holders: [], groups: [{ feedUrl: 'https://example.org/feed', items: [
        { item: item('a'), marks: { read: true, starredAt: 1, sharedAt: null, likedAt: null, note: null, noteAt: null, labels: [] } },
      ] }] });

      expect(store.articles.list({ scope: { kind: 'starred' }, unreadOnly: false, limit: 5 }).items.map((row) => row.title)).toEqual(['Title a']);
    });
  });
});
