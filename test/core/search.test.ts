// The store's reading queries added for the reading experience: full-text search (ranking, marks,
// staying in step with updates and deletes), oldest-first paging, "older than" mark-read, and
// arranging subscriptions.
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { Store, connectionOf } from '../../electron/core/store';
import { migrations } from '../../electron/core/store/migrations';
import { matchExpression, parseMarks, rankedWindow } from '../../electron/core/store/search';
import type { ArticleScope } from '../../shared/model';
import { feedOf, item, noValidators } from '../support/items';
import { withTempStore } from '../support/temp-store';

const day = 86_400_000;

describe('search and reading queries', () => {
  let now: number;
  const temp = withTempStore({ clock: () => now });

  beforeEach(() => {
    now = Date.parse('2024-06-01T12:00:00Z');
  });

  const all: ArticleScope = { kind: 'all' };
  const search = (query: string, extra: { scope?: ArticleScope; since?: string; unreadOnly?: boolean } = {}) =>
    temp.store.search.find({ query, scope: extra.scope ?? all, unreadOnly: extra.unreadOnly ?? false, since: extra.since, limit: 50 });
  /** FTS5's own check that the index matches the rows it was built from. */
  const indexIsSound = () =>
    expect(() => connectionOf(temp.store).exec("INSERT INTO article_search (article_search, rank) VALUES ('integrity-check', 1)")).not.toThrow();

  it('is built into this SQLite', () => {
    expect(connectionOf(temp.store).prepare("SELECT sqlite_compileoption_used('ENABLE_FTS5') AS on_").get()).toEqual({ on_: 1 });
  });

  it('ranks a match in the title above matches in the text, and marks the words found', () => {
    const feedId = temp.store.feeds.add({ url: 'https://example.org/birds' });
    temp.store.feeds.saveFetched(
      feedId,
      feedOf([
        item('body', { title: 'Notes from the estuary', content: '<p>A heron stood in the shallows. The heron waited.</p>' }),
        item('title', { title: 'The grey heron', content: '<p>Long legs, patient hunter.</p>' }),
        item('none', { title: 'Tide tables', content: '<p>Spring tides.</p>' }),
      ]),
      noValidators,
    );

    const { items } = search('heron');

    expect(items.map((hit) => hit.title)).toEqual(['The grey heron', 'Notes from the estuary']);
    const [titleHit, bodyHit] = items;
    expect(titleHit!.titleMarked).toEqual({ text: 'The grey heron', marks: [[9, 14]] });
    const { text, marks } = bodyHit!.snippetMarked;
    expect(marks.length).toBe(2);
    expect(marks.map(([start, end]) => text.slice(start, end))).toEqual(['heron', 'heron']);
    expect(bodyHit!.snippet).toBe(text);
    expect(bodyHit!.score).toBeGreaterThan(titleHit!.score); // bm25: lower is better
  });

  it('searches the plain text, not the markup, and finds other forms of a word', () => {
    const feedId = temp.store.feeds.add({ url: 'https://example.org/a' });
    temp.store.feeds.saveFetched(
      feedId,
      feedOf([item('a', { title: 'Markup', content: '<p class="herons">Watching <b>egrets</b> fly</p>' })]),
      noValidators,
    );
    expect(search('herons').items).toHaveLength(0); // an attribute value is not text
    expect(search('egret').items.map((hit) => hit.title)).toEqual(['Markup']); // "egrets" is a form of "egret"
    expect(search('watch*').items).toHaveLength(1);
  });

  it('finds an author, and takes odd input literally instead of failing', () => {
    const feedId = temp.store.feeds.add({ url: 'https://example.org/a' });
    temp.store.feeds.saveFetched(feedId, feedOf([item('a', { author: 'Ada Lovelace', content: '<p>Engines</p>' })]), noValidators);
    expect(search('author:lovelace').items).toHaveLength(1);
    expect(search('title:lovelace').items).toHaveLength(0);
    for (const odd of ['"unbalanced', 'AND OR NOT', 'a:b:c', '(((', '*', '-', 'NEAR(', "l'ove"]) {
      expect(() => search(odd)).not.toThrow();
    }
    expect(search('engines -lovelace').items).toHaveLength(0);
    expect(search('engines -babbage').items).toHaveLength(1);
  });

  it('follows updates and deletes: new words are found, old ones and removed feeds are gone', () => {
    const feedId = temp.store.feeds.add({ url: 'https://example.org/a' });
    const other = temp.store.feeds.add({ url: 'https://example.org/b' });
    temp.store.feeds.saveFetched(feedId, feedOf([item('a', { title: 'Original title', content: '<p>first words</p>' })]), noValidators);
    temp.store.feeds.saveFetched(other, feedOf([item('b', { title: 'Other feed', content: '<p>first words too</p>' })]), noValidators);
    expect(search('first').items).toHaveLength(2);

    temp.store.feeds.saveFetched(feedId, feedOf([item('a', { title: 'Corrected title', content: '<p>second words</p>' })]), noValidators);
    indexIsSound();
    expect(search('original').items).toHaveLength(0);
    expect(search('corrected').items).toHaveLength(1);
    expect(search('second').items).toHaveLength(1);
    expect(search('first').items.map((hit) => hit.title)).toEqual(['Other feed']);

    temp.store.feeds.remove(other);
    indexIsSound();
    expect(search('first').items).toHaveLength(0);
    expect(search('words').items.map((hit) => hit.title)).toEqual(['Corrected title']);
  });

  it('filters by feed, folder, starred, unread and date', () => {
    const a = temp.store.feeds.add({ url: 'https://example.org/a', folderPath: ['Nature', 'Birds'] });
    const b = temp.store.feeds.add({ url: 'https://example.org/b' });
    temp.store.feeds.saveFetched(a, feedOf([item('old', { published: new Date(now - 30 * day) }), item('new', { published: new Date(now - day) })]), noValidators);
    temp.store.feeds.saveFetched(b, feedOf([item('elsewhere', { published: new Date(now - day) })]), noValidators);
    const nature = temp.store.library.summary().folders.find((folder) => folder.name === 'Nature')!;
    const titles = (result: ReturnType<typeof search>) => result.items.map((hit) => hit.title).sort();

    expect(titles(search('content'))).toEqual(['Title elsewhere', 'Title new', 'Title old']);
    expect(titles(search('content', { scope: { kind: 'feed', feedId: b } }))).toEqual(['Title elsewhere']);
    expect(titles(search('content', { scope: { kind: 'folder', folderId: nature.id } }))).toEqual(['Title new', 'Title old']);
    expect(titles(search('content', { since: new Date(now - 7 * day).toISOString() }))).toEqual(['Title elsewhere', 'Title new']);

    const newest = search('content', { scope: { kind: 'feed', feedId: a } }).items.find((hit) => hit.title === 'Title new')!;
    temp.store.articles.setStarred(newest.id, true);
    temp.store.articles.setRead([newest.id], true);
    expect(titles(search('content', { scope: { kind: 'starred' } }))).toEqual(['Title new']);
    expect(titles(search('content', { unreadOnly: true }))).toEqual(['Title elsewhere', 'Title old']);
  });

  it('indexes the articles a library already had when it is upgraded', () => {
    const file = temp.dir.file('old.db');
    const old = new Database(file);
    for (const sql of migrations.slice(0, 2)) old.exec(sql);
    old.pragma('user_version = 2');
    old.exec(`INSERT INTO feeds (id, url, title, created_at) VALUES (1, 'https://example.org/', 'Old feed', 0);
      INSERT INTO articles (id, feed_id, guid, title, first_seen_at, summary, content_hash)
        VALUES (1, 1, 'g', 'Written before search', 0, '', 'h');
      INSERT INTO article_content (article_id, html, text) VALUES (1, '<p>lighthouse</p>', 'lighthouse keepers');
      INSERT INTO article_state (article_id, feed_id, sort_at) VALUES (1, 1, 0);`);
    old.close();

    const upgraded = Store.open(file);
    try {
      const found = upgraded.search.find({ query: 'lighthouse', scope: all, unreadOnly: false, limit: 10 });
      expect(found.items.map((hit) => hit.title)).toEqual(['Written before search']);
    } finally {
      upgraded.close();
    }
  });

  it('pages oldest first with a cursor, without repeating or skipping, ties broken by id', () => {
    const feedId = temp.store.feeds.add({ url: 'https://example.org/feed' });
    const items = Array.from({ length: 230 }, (_, index) =>
      item(`i${index}`, { published: new Date(Date.UTC(2024, 0, 1 + Math.floor(index / 10))) }),
    );
    temp.store.feeds.saveFetched(feedId, feedOf(items), noValidators);

    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page = temp.store.articles.list({ scope: { kind: 'feed', feedId }, unreadOnly: false, order: 'oldest', cursor, limit: 100 });
      seen.push(...page.items.map((article) => article.id));
      cursor = page.nextCursor;
    } while (cursor);

    expect(new Set(seen).size).toBe(230);
    const dates = seen.map((id) => temp.store.articles.get(id).published ?? '');
    expect([...dates].sort()).toEqual(dates);
    const newestFirst = temp.store.articles.list({ scope: { kind: 'feed', feedId }, unreadOnly: false, limit: 500 }).items;
    expect(newestFirst.map((article) => article.id)).toEqual([...seen].reverse());
  });

  it('pages unread articles merged across feeds, newest or oldest first, ties broken by id, skipping read ones', () => {
    // Three feeds whose dates interleave, with ties inside a feed and across feeds.
    const feedIds = [0, 1, 2].map((feed) => temp.store.feeds.add({ url: `https://example.org/${feed}`, folderPath: feed < 2 ? ['Pair'] : [] }));
    feedIds.forEach((feedId, feed) =>
      temp.store.feeds.saveFetched(
        feedId,
        feedOf(Array.from({ length: 12 + feed * 5 }, (_, index) =>
          item(`${feed}-${index}`, { published: new Date(Date.UTC(2024, 0, 1 + Math.floor((index * (feed + 2)) / 3))) }),
        )),
        noValidators,
      ),
    );
    const everyId = temp.store.articles.list({ scope: all, unreadOnly: false, limit: 500 }).items.map((article) => article.id);
    temp.store.articles.setRead(everyId.filter((_, index) => index % 4 === 1), true);
    const expected = (feeds: readonly number[], order: 'ASC' | 'DESC') =>
      (connectionOf(temp.store)
        .prepare(`SELECT article_id AS id FROM article_state WHERE read = 0 AND feed_id IN (${feeds.join(',')})
                  ORDER BY sort_at ${order}, article_id ${order}`)
        .all() as { id: number }[]).map((row) => row.id);
    const walk = (scope: ArticleScope, order: 'newest' | 'oldest') => {
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const page = temp.store.articles.list({ scope, unreadOnly: true, order, cursor, limit: 7 });
        expect(page.items.every((article) => !article.read)).toBe(true);
        seen.push(...page.items.map((article) => article.id));
        cursor = page.nextCursor;
      } while (cursor);
      return seen;
    };

    expect(walk(all, 'newest')).toEqual(expected(feedIds, 'DESC'));
    expect(walk({ kind: 'unread' }, 'oldest')).toEqual(expected(feedIds, 'ASC'));
    const pair = temp.store.library.summary().folders.find((folder) => folder.name === 'Pair')!;
    expect(walk({ kind: 'folder', folderId: pair.id }, 'newest')).toEqual(expected(feedIds.slice(0, 2), 'DESC'));
    expect(walk({ kind: 'feed', feedId: feedIds[2]! }, 'oldest')).toEqual(expected(feedIds.slice(2), 'ASC'));
    expect(expected(feedIds, 'DESC').length).toBeGreaterThan(30);
  });

  it('marks read only what is older than the days given', () => {
    const feedId = temp.store.feeds.add({ url: 'https://example.org/feed' });
    temp.store.feeds.saveFetched(
      feedId,
      feedOf([
        item('hour', { published: new Date(now - 3_600_000) }),
        item('two-days', { published: new Date(now - 2 * day) }),
        item('month', { published: new Date(now - 30 * day) }),
      ]),
      noValidators,
    );

    expect(temp.store.articles.markAllRead({ kind: 'all' }, 1)).toBe(2);
    const unread = temp.store.articles.list({ scope: { kind: 'unread' }, unreadOnly: false, limit: 10 }).items;
    expect(unread.map((article) => article.title)).toEqual(['Title hour']);
    expect(temp.store.articles.markAllRead({ kind: 'feed', feedId }, 7)).toBe(0);
    expect(temp.store.articles.markAllRead({ kind: 'feed', feedId })).toBe(1);
  });

  it('carries the thumbnail in list rows', () => {
    const feedId = temp.store.feeds.add({ url: 'https://example.org/feed' });
    temp.store.feeds.saveFetched(feedId, feedOf([item('pic', { thumbnail: 'https://example.org/pic.jpg' }), item('plain')]), noValidators);
    const rows = temp.store.articles.list({ scope: all, unreadOnly: false, limit: 10 }).items;
    expect(rows.map((row) => row.thumbnail).sort()).toEqual(['https://example.org/pic.jpg', null]);
  });

  it('keeps a name the person chose across refreshes, in the library, lists and search', () => {
    const feedId = temp.store.feeds.add({ url: 'https://example.org/feed' });
    temp.store.feeds.saveFetched(feedId, feedOf([item('a')], 'Publisher title'), noValidators);
    expect(temp.store.feeds.rename(feedId, '  My name  ').title).toBe('My name');
    temp.store.feeds.saveFetched(feedId, feedOf([item('b')], 'Publisher title'), noValidators);

    expect(temp.store.library.summary().feeds[0]!.title).toBe('My name');
    expect(temp.store.articles.list({ scope: all, unreadOnly: false, limit: 10 }).items[0]!.feedTitle).toBe('My name');
    expect(search('content').items[0]!.feedTitle).toBe('My name');
    expect(temp.store.feeds.rename(feedId, '').title).toBe('Publisher title');
  });

  it('moves a feed into a folder path, making folders, and back to the top level', () => {
    const feedId = temp.store.feeds.add({ url: 'https://example.org/feed' });
    const moved = temp.store.feeds.moveToFolder(feedId, ['Tech', 'Linux']);
    const library = temp.store.library.summary();
    const linux = library.folders.find((folder) => folder.path.join('/') === 'Tech/Linux');
    expect(moved.folderId).toBe(linux?.id);
    expect(temp.store.feeds.moveToFolder(feedId, []).folderId).toBeNull();
    expect(() => temp.store.feeds.moveToFolder(9999, ['X'])).toThrow(/no feed/);
  });

  it('ranks only the newest matches of a broad query, and more words reach further back', () => {
    const feedId = temp.store.feeds.add({ url: 'https://example.org/many' });
    // The oldest article is the best match for "heron" (in its title), then a window's worth of newer ones.
    const oldest = item('oldest', { title: 'Heron heron heron', content: '<p>The heron of the salt marsh.</p>' });
    temp.store.feeds.saveFetched(feedId, feedOf([oldest]), noValidators);
    const newer = Array.from({ length: rankedWindow }, (_, index) =>
      item(`newer-${index}`, { title: `Note ${index}`, content: '<p>A heron, in passing.</p>' }),
    );
    temp.store.feeds.saveFetched(feedId, feedOf(newer), noValidators);

    expect(search('heron').items.map((hit) => hit.title)).not.toContain('Heron heron heron');
    expect(search('heron marsh').items.map((hit) => hit.title)).toEqual(['Heron heron heron']);
  });

  it('lists the newest matches first when every word is in most of the library, and ranks by the rarer words otherwise', () => {
    const feedId = temp.store.feeds.add({ url: 'https://example.org/tides' });
    // "tide" and "harbour" are in every article. A feed lists newest first, so common[0] is the newest.
    const common = Array.from({ length: 2 * rankedWindow }, (_, index) =>
      item(`common-${index}`, { title: `Note ${index}`, content: '<p>The tide at the harbour.</p>' }),
    );
    // The fourth newest says them most often; two older ones also name a heron, one in its title.
    common[3] = item('wordy', { title: 'Tide harbour', content: '<p>Tide, harbour, tide, harbour, tide.</p>' });
    common[10] = item('in-passing', { title: 'Note 10', content: '<p>The tide at the harbour, and a heron.</p>' });
    common[50] = item('in-title', { title: 'Heron at the harbour', content: '<p>The tide went out.</p>' });
    temp.store.feeds.saveFetched(feedId, feedOf(common), noValidators);

    // bm25 gives words this common no weight: the newest matches come first, not the wordiest.
    expect(search('tide harbour').items.map((hit) => hit.title).slice(0, 5)).toEqual(['Note 0', 'Note 1', 'Note 2', 'Tide harbour', 'Note 4']);
    // A rarer word still ranks: its match in a title first, though that article is older.
    expect(search('tide heron').items.map((hit) => hit.title)).toEqual(['Heron at the harbour', 'Note 10']);
  });

  /** As a refresh stores a feed (the store worker's writeFetchedFeed): the index is left to catch up later. */
  const storeAsRefresh = (feedId: number, items: Parameters<typeof feedOf>[0]) =>
    temp.store.transaction(() => temp.store.feeds.writeFetched(feedId, feedOf(items), noValidators));
  const searchIndexed = (query: string) =>
    connectionOf(temp.store).prepare('SELECT rowid AS id FROM article_search WHERE article_search MATCH ?').all(matchExpression(query)) as { id: number }[];

  it('finds an article stored before the indexer ran, and finds it once after the indexer ran', () => {
    const feedId = temp.store.feeds.add({ url: 'https://example.org/a' });
    storeAsRefresh(feedId, [item('late', { title: 'Herons at dusk', content: '<p>A lighthouse keeper counts herons.</p>' })]);
    expect(searchIndexed('lighthouse')).toHaveLength(0); // not in the index yet

    const before = search('lighthouse').items;
    expect(before.map((hit) => hit.title)).toEqual(['Herons at dusk']);
    expect(search('heron').items[0]!.titleMarked).toEqual({ text: 'Herons at dusk', marks: [[0, 5]] });
    expect(search('title:lighthouse').items).toHaveLength(0);
    expect(search('lighthouse -keeper').items).toHaveLength(0);

    expect(temp.store.search.catchUp()).toBe(1);
    indexIsSound();
    expect(searchIndexed('lighthouse')).toHaveLength(1);
    expect(search('lighthouse').items.map((hit) => hit.id)).toEqual([before[0]!.id]);
    expect(temp.store.search.catchUp()).toBe(0);
  });

  it('finds an updated article by its new words and not its old ones, whether the indexer had reached it or not', () => {
    const feedId = temp.store.feeds.add({ url: 'https://example.org/a' });
    storeAsRefresh(feedId, [item('a', { title: 'Original title', content: '<p>first words</p>' })]);
    storeAsRefresh(feedId, [item('a', { title: 'Corrected title', content: '<p>second words</p>' })]);
    expect(search('original').items).toHaveLength(0);
    expect(search('first').items).toHaveLength(0);
    expect(search('corrected second').items).toHaveLength(1);

    temp.store.search.catchUp();
    storeAsRefresh(feedId, [item('a', { title: 'Third title', content: '<p>third words</p>' })]);
    indexIsSound();
    expect(search('corrected').items).toHaveLength(0);
    expect(search('second').items).toHaveLength(0);
    expect(search('third words').items.map((hit) => hit.title)).toEqual(['Third title']);
    expect(searchIndexed('third')).toHaveLength(1); // updated in the index at once, not left to the indexer
  });

  it('does not find a deleted article, whether the indexer had reached it or not', () => {
    const indexed = temp.store.feeds.add({ url: 'https://example.org/indexed' });
    const waiting = temp.store.feeds.add({ url: 'https://example.org/waiting' });
    storeAsRefresh(indexed, [item('i', { title: 'Indexed heron' })]);
    temp.store.search.catchUp();
    storeAsRefresh(waiting, [item('w', { title: 'Waiting heron' })]);
    expect(search('heron').items.map((hit) => hit.title).sort()).toEqual(['Indexed heron', 'Waiting heron']);

    temp.store.feeds.remove(indexed);
    temp.store.feeds.remove(waiting);
    indexIsSound();
    expect(search('heron').items).toHaveLength(0);
    temp.store.search.catchUp();
    expect(search('heron').items).toHaveLength(0);
    indexIsSound();
  });

  it('indexes at once an article whose id the indexer has already passed', () => {
    const feedId = temp.store.feeds.add({ url: 'https://example.org/a' });
    storeAsRefresh(feedId, [item('first', { title: 'First kestrel' })]);
    temp.store.search.catchUp();
    // The newest article goes, and SQLite gives its id to the next one: below the indexer's mark.
    const [gone] = search('kestrel').items;
    connectionOf(temp.store).prepare('DELETE FROM articles WHERE id = ?').run(gone!.id);
    storeAsRefresh(feedId, [item('second', { title: 'Second kestrel' })]);
    const [again] = search('kestrel').items;
    expect(again!.id).toBe(gone!.id);
    expect(searchIndexed('kestrel').map((row) => row.id)).toEqual([again!.id]);
    indexIsSound();
  });

  it('finds articles by a prefix of four letters or more, merging the words so beginning', () => {
    const feedId = temp.store.feeds.add({ url: 'https://example.org/a' });
    temp.store.feeds.saveFetched(
      feedId,
      feedOf([
        item('tide', { title: 'Tide tables', content: '<p>Spring.</p>' }),
        item('tiller', { title: 'A new tiller', content: '<p>Oak.</p>' }),
        item('tillage', { title: 'Tillage', content: '<p>Fields.</p>' }),
        item('stilt', { title: 'Stilts', content: '<p>Legs.</p>' }),
      ]),
      noValidators,
    );
    const titles = (query: string) => search(query).items.map((hit) => hit.title).sort();
    expect(titles('till*')).toEqual(['A new tiller', 'Tillage']);
    expect(titles('tille*')).toEqual(['A new tiller']);
    expect(titles('tide*')).toEqual(['Tide tables']);
    expect(titles('till* -fields')).toEqual(['A new tiller']);
    expect(titles('-till* tide')).toEqual(['Tide tables']);
    expect(titles('till* title:new')).toEqual(['A new tiller']);
    expect(search('tille*').items[0]!.titleMarked.marks).toEqual([[6, 12]]);
    expect(search('fiel*').items[0]!.snippetMarked).toEqual({ text: 'Fields.', marks: [[0, 6]] });
    // No prefix entries, no stemmer (migration 15).
    const shape = connectionOf(temp.store).prepare("SELECT sql FROM sqlite_schema WHERE name = 'article_search'").get() as { sql: string };
    expect(shape.sql).not.toMatch(/prefix|porter/);
  });

  it('refuses, in plain words, a prefix of fewer than four letters and a second prefix', () => {
    expect(() => search('til*')).toThrow(/"til\*": a word ending in \* needs at least 4 letters before the \*/);
    expect(() => search('t* h* l* g* f* c* d* e* s* b* p* k* j*')).toThrow(/at least 4 letters/);
    expect(() => search('tide* harb*')).toThrow(/a search can hold one word ending in \*; this one has 2 \(tide\* harb\*\)/);
    expect(() => search('tide* -harbour')).not.toThrow();
    expect(() => search('tide* -harb*')).toThrow(/one word ending in/);
    expect(() => search('"ti" *')).not.toThrow(); // a lone * is no prefix
  });

  it('renames a folder, refusing a name its sibling already has', () => {
    temp.store.feeds.add({ url: 'https://example.org/a', folderPath: ['News'] });
    temp.store.feeds.add({ url: 'https://example.org/b', folderPath: ['Tech'] });
    const [news, tech] = temp.store.library.summary().folders;
    temp.store.folders.rename(news!.id, 'World news');
    expect(temp.store.library.summary().folders.map((folder) => folder.name)).toEqual(['World news', 'Tech']);
    expect(() => temp.store.folders.rename(tech!.id, 'World news')).toThrow(/already a folder/);
    expect(() => temp.store.folders.rename(tech!.id, 'a/b')).toThrow(/cannot/);
  });
});

describe('search input', () => {
  it('quotes every word so nothing typed is an FTS5 operator, a bare word with its other forms', () => {
    expect(matchExpression('heron tide')).toBe('("heron" OR "herons" OR "heroned" OR "heroning") AND ("tide" OR "tides" OR "tided" OR "tiding")');
    expect(matchExpression('"grey heron" moon*')).toBe('"grey heron" AND "moon" *');
    expect(matchExpression('title:"heron" -"egret"')).toBe('(title : "heron") NOT ("egret")');
    expect(matchExpression('title:herons')).toBe('title : ("herons" OR "heron" OR "heroned" OR "heroning")');
    expect(matchExpression('AND OR NEAR')).toBe('("and" OR "ands" OR "anded" OR "anding") AND "OR" AND ("near" OR "nears" OR "neared" OR "nearing")');
    expect(matchExpression('  ** -- ')).toBeNull();
    expect(matchExpression('author:adam* -"tide"')).toBe('(author : "adam" *) NOT ("tide")');
  });

  it('turns marked snippets into text and ranges', () => {
    expect(parseMarks('a \u0002bc\u0003 d \u0002e\u0003')).toEqual({ text: 'a bc d e', marks: [[2, 4], [7, 8]] });
  });
});
