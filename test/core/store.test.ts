import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../electron/core/store/migrations';
import { Store, connectionOf } from '../../electron/core/store';
import { feedOf, item, noValidators } from '../support/items';
import { tempDir } from '../support/temp';
import { defaultSettings } from '../../shared/settings';

describe('store', () => {
  let dir: ReturnType<typeof tempDir>;
  let store: Store;
  let now: number;

  beforeEach(() => {
    dir = tempDir();
    now = Date.parse('2024-06-01T12:00:00Z');
    store = Store.open(dir.file('library.db'), { clock: () => now });
  });
  afterEach(() => {
    store.close();
    dir.remove();
  });

  it('records the schema version as the number of migrations and reopens without migrating again', () => {
    expect(connectionOf(store).pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(connectionOf(store).pragma('journal_mode', { simple: true })).toBe('wal');
    expect(connectionOf(store).pragma('foreign_keys', { simple: true })).toBe(1);
    store.close();
    store = Store.open(dir.file('library.db'));
    expect(connectionOf(store).pragma('user_version', { simple: true })).toBe(migrations.length);
  });

  it('adds nothing when the same items are stored twice', () => {
    const feedId = store.feeds.add({ url: 'https://example.org/feed' });
    const feed = feedOf([item('a'), item('b')]);
    expect(store.feeds.saveFetched(feedId, feed, noValidators)).toEqual({ added: 2, updated: 0 });
    expect(store.feeds.saveFetched(feedId, feed, noValidators)).toEqual({ added: 0, updated: 0 });
    expect(store.articles.list({ scope: { kind: 'all' }, unreadOnly: false, limit: 50 }).items).toHaveLength(2);
  });

  it('keeps read and star state when an article changes on a later refresh', () => {
    const feedId = store.feeds.add({ url: 'https://example.org/feed' });
    store.feeds.saveFetched(feedId, feedOf([item('a')]), noValidators);
    const [article] = store.articles.list({ scope: { kind: 'all' }, unreadOnly: false, limit: 10 }).items;
    store.articles.setRead([article!.id], true);
    store.articles.setStarred(article!.id, true);

    const result = store.feeds.saveFetched(feedId, feedOf([item('a', { content: '<p>Corrected</p>' })]), noValidators);

    expect(result).toEqual({ added: 0, updated: 1 });
    const after = store.articles.get(article!.id);
    expect(after.contentHtml).toBe('<p>Corrected</p>');
    expect(after.read).toBe(true);
    expect(after.starred).toBe(true);
    expect(after.starredAt).toBe(new Date(now).toISOString());
  });

  it('pages a list with a cursor without repeating or skipping an article', () => {
    const feedId = store.feeds.add({ url: 'https://example.org/feed' });
    // Many items share a timestamp, so the cursor must break ties by id.
    const items = Array.from({ length: 250 }, (_, index) =>
      item(`i${index}`, { published: new Date(Date.UTC(2024, 0, 1 + Math.floor(index / 10))) }),
    );
    store.feeds.saveFetched(feedId, feedOf(items), noValidators);

    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = store.articles.list({ scope: { kind: 'feed', feedId }, unreadOnly: false, cursor, limit: 100 });
      seen.push(...page.items.map((article) => article.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);

    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(250);
    const dates = seen.map((id) => store.articles.get(id).published ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('lists only unread articles when asked and counts unread per feed', () => {
    const a = store.feeds.add({ url: 'https://example.org/a' });
    const b = store.feeds.add({ url: 'https://example.org/b' });
    store.feeds.saveFetched(a, feedOf([item('1'), item('2'), item('3')]), noValidators);
    store.feeds.saveFetched(b, feedOf([item('1')]), noValidators);
    const first = store.articles.list({ scope: { kind: 'feed', feedId: a }, unreadOnly: false, limit: 10 }).items[0]!;
    store.articles.setRead([first.id], true);

    const unread = store.articles.list({ scope: { kind: 'feed', feedId: a }, unreadOnly: true, limit: 10 }).items;
    expect(unread.map((article) => article.id)).not.toContain(first.id);
    expect(unread).toHaveLength(2);
    const library = store.library.summary();
    expect(library.feeds.map((feed) => feed.unread)).toEqual([2, 1]);
    expect(library.totals.unread).toBe(3);
  });

  it('keeps per-feed unread and starred counts equal to a recount through every kind of change', () => {
    const a = store.feeds.add({ url: 'https://example.org/a' });
    const b = store.feeds.add({ url: 'https://example.org/b' });
    store.feeds.saveFetched(a, feedOf(Array.from({ length: 30 }, (_, index) => item(`a${index}`))), noValidators);
    store.feeds.saveFetched(b, feedOf(Array.from({ length: 10 }, (_, index) => item(`b${index}`))), noValidators);
    const ids = store.articles.list({ scope: { kind: 'all' }, unreadOnly: false, limit: 100 }).items.map((article) => article.id);
    const recount = () =>
      connectionOf(store)
        .prepare('SELECT feed_id, sum(read = 0) AS unread, sum(starred) AS starred FROM article_state GROUP BY feed_id ORDER BY feed_id')
        .all();
    const kept = () => connectionOf(store).prepare('SELECT feed_id, unread, starred FROM feed_counts ORDER BY feed_id').all();

    store.articles.setRead(ids.slice(0, 12), true);
    store.articles.setRead(ids.slice(5, 8), true); // already read: no change
    store.articles.setRead(ids.slice(0, 3), false);
    ids.slice(10, 16).forEach((id) => store.articles.setStarred(id, true));
    store.articles.setStarred(ids[10]!, false);
    store.articles.markAllRead({ kind: 'feed', feedId: b });
    expect(kept()).toEqual(recount());
    // Feed b's ten articles list first (same date, higher ids): two of a's were read, all of b's.
    expect(store.library.summary().totals).toEqual({ unread: 28, starred: 5, liked: 0, notes: 0, filtered: 0 });

    store.feeds.remove(a);
    expect(kept()).toEqual(recount());
  });

  it('counts a feed\'s new articles once per store, and not the ones it stored before or only updated', () => {
    const a = store.feeds.add({ url: 'https://example.org/a' });
    store.feeds.saveFetched(a, feedOf([item('1'), item('2'), item('3')]), noValidators);
    const [newest] = store.articles.list({ scope: { kind: 'feed', feedId: a }, unreadOnly: false, limit: 1 }).items;
    store.articles.setRead([newest!.id], true);
    // Again with one changed, one new: only the new one adds to the count.
    store.feeds.saveFetched(a, feedOf([item('1'), item('2', { content: '<p>changed</p>' }), item('3'), item('4')]), noValidators);
    const counted = connectionOf(store).prepare('SELECT unread, starred FROM feed_counts WHERE feed_id = ?').get(a);
    const actual = connectionOf(store).prepare('SELECT sum(read = 0) AS unread, sum(starred) AS starred FROM article_state WHERE feed_id = ?').get(a);
    expect(counted).toEqual({ unread: 3, starred: 0 });
    expect(counted).toEqual(actual);
    expect(connectionOf(store).prepare("SELECT name FROM sqlite_master WHERE name = 'feed_counts_insert'").get()).toBeUndefined();
  });

  it('keeps counts exact when a whole folder, everything older than a day, or the starred list is marked read at once', () => {
    const day = 86_400_000;
    const dated = (prefix: string, count: number) =>
      Array.from({ length: count }, (_, index) => item(`${prefix}${index}`, { published: new Date(now - index * day * 0.5) }));
    const a = store.feeds.add({ url: 'https://example.org/a', folderPath: ['News'] });
    const b = store.feeds.add({ url: 'https://example.org/b', folderPath: ['News'] });
    const c = store.feeds.add({ url: 'https://example.org/c' });
    store.feeds.saveFetched(a, feedOf(dated('a', 20)), noValidators);
    store.feeds.saveFetched(b, feedOf(dated('b', 8)), noValidators);
    store.feeds.saveFetched(c, feedOf(dated('c', 12)), noValidators);
    const recount = () =>
      connectionOf(store)
        .prepare('SELECT feed_id, sum(read = 0) AS unread, sum(starred) AS starred FROM article_state GROUP BY feed_id ORDER BY feed_id')
        .all();
    const kept = () => connectionOf(store).prepare('SELECT feed_id, unread, starred FROM feed_counts ORDER BY feed_id').all();
    const ids = store.articles.list({ scope: { kind: 'feed', feedId: c }, unreadOnly: false, limit: 100 }).items.map((article) => article.id);
    store.articles.setRead(ids.slice(0, 2), true);
    ids.slice(1, 4).forEach((id) => store.articles.setStarred(id, true));

    // Half a day apart, newest now: the fourth onwards is older than a day. c's first two are read.
    expect(store.articles.markAllRead({ kind: 'all' }, 1)).toBe(17 + 5 + 9);
    expect(kept()).toEqual(recount());
    const folder = store.library.summary().folders.find((candidate) => candidate.name === 'News')!;
    expect(store.articles.markAllRead({ kind: 'folder', folderId: folder.id })).toBe(3 + 3);
    expect(kept()).toEqual(recount());
    expect(store.articles.markAllRead({ kind: 'starred' })).toBe(1); // of c's starred second, third and fourth, only the third was unread
    expect(kept()).toEqual(recount());
    expect(store.library.summary().totals).toMatchObject({ unread: 0, starred: 3 });

    // read_at is when the person read that article: c's first two, marked one by one. A mark of
    // everything at once reads none of them.
    const stamped = connectionOf(store).prepare('SELECT article_id AS id FROM article_state WHERE read_at IS NOT NULL ORDER BY article_id').all();
    expect(stamped).toEqual([...ids.slice(0, 2)].sort((x, y) => x - y).map((id) => ({ id })));
    store.articles.setRead(ids.slice(0, 3), false);
    expect(kept()).toEqual(recount());
    expect(store.library.summary().totals.unread).toBe(3);
  });

  it('leaves articles and counts as they were when a mark-all-read is rolled back', () => {
    const a = store.feeds.add({ url: 'https://example.org/a' });
    store.feeds.saveFetched(a, feedOf([item('1'), item('2'), item('3')]), noValidators);
    const before = connectionOf(store).prepare('SELECT * FROM feed_counts').all();
    expect(() =>
      connectionOf(store).transaction(() => {
        store.articles.markAllRead({ kind: 'all' });
        throw new Error('the caller gave up');
      })(),
    ).toThrow('the caller gave up');
    expect(connectionOf(store).prepare('SELECT * FROM feed_counts').all()).toEqual(before);
    expect(store.library.summary().totals.unread).toBe(3);
    // Marking in bulk sets the count trigger aside for its transaction: rolled back, it is there again.
    expect(connectionOf(store).prepare("SELECT name FROM sqlite_master WHERE name = 'feed_counts_update'").get()).toEqual({ name: 'feed_counts_update' });
    const [first] = store.articles.list({ scope: { kind: 'all' }, unreadOnly: false, limit: 1 }).items;
    store.articles.setRead([first!.id], true);
    expect(store.library.summary().totals.unread).toBe(2);
  });

  it('reads unread counts from the kept counts, not by counting articles', () => {
    const plan = connectionOf(store).prepare('EXPLAIN QUERY PLAN SELECT feed_id, unread FROM feed_counts').all() as { detail: string }[];
    expect(plan.map((row) => row.detail).join(' | ')).not.toMatch(/article_state/);
  });

  it('pulls a date in the future back to when the item was first seen', () => {
    const feedId = store.feeds.add({ url: 'https://example.org/feed' });
    store.feeds.saveFetched(
      feedId,
      feedOf([item('future', { published: new Date('2099-01-01T00:00:00Z') }), item('past')]),
      noValidators,
    );
    store.feeds.saveFetched(feedId, feedOf([item('later', { published: new Date('2024-05-01T00:00:00Z') })]), noValidators);
    const titles = store
      .articles.list({ scope: { kind: 'all' }, unreadOnly: false, limit: 10 })
      .items.map((article) => article.title);
    // The future-dated item sorts at "now", above real dates, but not pinned forever in 2099.
    expect(titles).toEqual(['Title future', 'Title later', 'Title past']);
    expect(connectionOf(store).prepare('SELECT max(sort_at) AS m FROM article_state').get()).toEqual({ m: now });
  });

  it('lists a folder with the articles of its subfolders', () => {
    const tech = store.feeds.add({ url: 'https://example.org/tech', folderPath: ['Tech'] });
    const linux = store.feeds.add({ url: 'https://example.org/linux', folderPath: ['Tech', 'Linux'] });
    const other = store.feeds.add({ url: 'https://example.org/other', folderPath: ['Other'] });
    for (const feedId of [tech, linux, other]) store.feeds.saveFetched(feedId, feedOf([item(`x${feedId}`)]), noValidators);
    const techFolder = store.library.summary().folders.find((folder) => folder.path.join('/') === 'Tech')!;

    const articles = store.articles.list({ scope: { kind: 'folder', folderId: techFolder.id }, unreadOnly: false, limit: 10 });

    expect(articles.items.map((article) => article.feedId).sort()).toEqual([tech, linux].sort());
    expect(store.library.summary().folders.map((folder) => folder.path.join('/'))).toEqual(['Tech', 'Tech/Linux', 'Other']);
  });

  it('lists starred articles newest star first', () => {
    const feedId = store.feeds.add({ url: 'https://example.org/feed' });
    store.feeds.saveFetched(feedId, feedOf([item('a'), item('b'), item('c')]), noValidators);
    const [c, b, a] = store.articles.list({ scope: { kind: 'all' }, unreadOnly: false, limit: 10 }).items;
    store.articles.setStarred(a!.id, true);
    now += 1000;
    store.articles.setStarred(c!.id, true);
    expect(b).toBeDefined();
    const starred = store.articles.list({ scope: { kind: 'starred' }, unreadOnly: false, limit: 10 }).items;
    expect(starred.map((article) => article.id)).toEqual([c!.id, a!.id]);
    expect(store.library.summary().totals.starred).toBe(2);
  });

  it('marks everything in a scope read in one statement', () => {
    const a = store.feeds.add({ url: 'https://example.org/a' });
    const b = store.feeds.add({ url: 'https://example.org/b' });
    store.feeds.saveFetched(a, feedOf([item('1'), item('2')]), noValidators);
    store.feeds.saveFetched(b, feedOf([item('1')]), noValidators);
    expect(store.articles.markAllRead({ kind: 'feed', feedId: a })).toBe(2);
    expect(store.library.summary().feeds.map((feed) => feed.unread)).toEqual([0, 1]);
  });

  it('refuses a second subscription to the same URL', () => {
    store.feeds.add({ url: 'https://example.org/feed' });
    expect(() => store.feeds.add({ url: 'https://example.org/feed' })).toThrow(/already subscribed/);
  });

  it('removes a feed with its articles and their state', () => {
    const feedId = store.feeds.add({ url: 'https://example.org/feed' });
    store.feeds.saveFetched(feedId, feedOf([item('a')]), noValidators);
    expect(store.feeds.remove(feedId)).toEqual({ removed: true, keptArticles: 0 });
    const counts = connectionOf(store)
      .prepare('SELECT (SELECT count(*) FROM articles) AS a, (SELECT count(*) FROM article_state) AS s, (SELECT count(*) FROM article_content) AS c')
      .get();
    expect(counts).toEqual({ a: 0, s: 0, c: 0 });
  });
});

describe('settings', () => {
  it('changes only the settings named and keeps the rest across a reopen', () => {
    const dir = tempDir();
    try {
      let store = Store.open(dir.file('library.db'));
      expect(store.settings.get()).toEqual(defaultSettings);
      store.settings.update({ theme: 'dark', refreshIntervalMinutes: 60 });
      store.settings.update({ fontSize: 20 });
      store.close();
      store = Store.open(dir.file('library.db'));
      expect(store.settings.get()).toEqual({ ...defaultSettings, theme: 'dark', refreshIntervalMinutes: 60, fontSize: 20 });
      store.close();
    } finally {
      dir.remove();
    }
  });

  it('keeps its checked settings when another connection commits something else (a refresh\'s store worker)', () => {
    const dir = tempDir();
    try {
      const store = Store.open(dir.file('library.db'));
      const before = store.settings.get();
      const other = new Database(dir.file('library.db'));
      other.prepare('INSERT INTO folders (name) VALUES (?)').run('Elsewhere');
      expect(store.settings.get()).toBe(before);
      other.prepare(`INSERT INTO settings (key, value) VALUES ('theme', '"dark"')`).run();
      other.close();
      expect(store.settings.get()).not.toBe(before);
      expect(store.settings.get().theme).toBe('dark');
      store.close();
    } finally {
      dir.remove();
    }
  });

  it('sees settings another connection wrote, though it keeps them between reads', () => {
    const dir = tempDir();
    try {
      const store = Store.open(dir.file('library.db'));
      expect(store.settings.get().theme).toBe('system');
      const other = new Database(dir.file('library.db'));
      other.prepare(`INSERT INTO settings (key, value) VALUES ('theme', '"dark"')`).run();
      other.close();
      expect(store.settings.get().theme).toBe('dark');
      expect(store.settings.update({ theme: 'light' }).theme).toBe('light');
      expect(store.settings.get().theme).toBe('light');
      store.close();
    } finally {
      dir.remove();
    }
  });

  it('falls back to the default for a stored value that no longer fits', () => {
    const dir = tempDir();
    try {
      const store = Store.open(dir.file('library.db'));
      connectionOf(store).prepare("INSERT INTO settings (key, value) VALUES ('theme', '\"purple\"'), ('fontSize', 'not json')").run();
      expect(store.settings.get()).toMatchObject({ theme: 'system', fontSize: 17 });
      store.close();
    } finally {
      dir.remove();
    }
  });
});
