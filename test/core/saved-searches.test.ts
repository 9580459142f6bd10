// Saved searches (issue #18): kept under a name with their scope and period, listed with the unread
// articles each finds, renamed and deleted; on a real library file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/core/calls/handlers';
import { Refresher } from '../../electron/core/refresh/refresher';
import { connectionOf, Store } from '../../electron/core/store';
import { dispatch, unwrap } from '../../shared/dispatch';
import { unreadCap } from '../../shared/saved-searches';
import { feedOf, item, noValidators } from '../support/items';
import { tempDir } from '../support/temp';

const day = 86_400_000;

describe('saved searches', () => {
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

  const handlers = () => createHandlers({ store, refresher: new Refresher(store) });
  const idsOf = (feedId: number) => store.articles.list({ scope: { kind: 'feed', feedId }, unreadOnly: false, order: 'newest', cursor: null, limit: 100 }).items;

  function birds(): number {
    const feedId = store.feeds.add({ url: 'https://example.org/birds' });
    store.feeds.saveFetched(
      feedId,
      feedOf([
        item('h1', { title: 'The grey heron', content: '<p>Long legs.</p>' }),
        item('h2', { title: 'Estuary notes', content: '<p>A heron waited.</p>' }),
        item('t1', { title: 'Tide tables', content: '<p>Spring tides.</p>' }),
      ]),
      noValidators,
    );
    return feedId;
  }

  it('lists a saved search with the unread articles it finds, and the count drops when one is read', () => {
    const feedId = birds();
    const saved = store.savedSearches.save({ name: 'Herons', query: 'heron', scope: { kind: 'all' }, period: 'any' });
    expect(saved).toMatchObject({ name: 'Herons', query: 'heron', scope: { kind: 'all' }, period: 'any', unread: 2 });

    const heron = idsOf(feedId).find((article) => article.title === 'The grey heron')!;
    store.articles.setRead([heron.id], true);

    expect(store.savedSearches.list()).toEqual([{ ...saved, unread: 1 }]);
  });

  it('counts articles the search index has not reached yet', () => {
    const feedId = birds();
    store.savedSearches.save({ name: 'Herons', query: 'heron', scope: { kind: 'all' }, period: 'any' });
    // A refresh stores through writeFetchedFeed and leaves indexing to the store worker's idle turns.
    store.transaction(() =>
      store.feeds.writeFetched(feedId, feedOf([item('h3', { title: 'Night heron', content: '<p>Late.</p>' })]), noValidators),
    );

    expect(store.savedSearches.list()[0]!.unread).toBe(3);
  });

  it('keeps its scope and period: another feed and older articles are not counted', () => {
    const feedId = birds();
    const other = store.feeds.add({ url: 'https://example.org/other' });
    store.feeds.saveFetched(
      other,
      feedOf([
        item('o1', { title: 'A heron elsewhere', published: new Date(now - day) }),
        item('o2', { title: 'An old heron', published: new Date(now - 30 * day) }),
      ]),
      noValidators,
    );
    const inFeed = store.savedSearches.save({ name: 'Birds feed', query: 'heron', scope: { kind: 'feed', feedId }, period: 'any' });
    const thisWeek = store.savedSearches.save({ name: 'This week', query: 'heron', scope: { kind: 'feed', feedId: other }, period: 'week' });
    const everywhere = store.savedSearches.save({ name: 'All', query: 'heron -grey', scope: { kind: 'all' }, period: 'any' });

    expect(store.savedSearches.list().map((saved) => [saved.id, saved.unread])).toEqual([
      [inFeed.id, 2],
      [thisWeek.id, 1],
      [everywhere.id, 3],
    ]);
  });

  it('counts within a kept view: only the starred unread articles it finds', () => {
    const feedId = birds();
    const [first, second] = idsOf(feedId).filter((article) => /heron/i.test(article.title) || article.title === 'Estuary notes');
    const starred = store.savedSearches.save({ name: 'Starred herons', query: 'heron', scope: { kind: 'starred' }, period: 'any' });
    expect(starred.unread).toBe(0);
    store.articles.setStarred(second!.id, true);
    expect(store.savedSearches.get(starred.id).unread).toBe(1);
    store.articles.setStarred(first!.id, true);
    store.articles.setRead([second!.id], true);
    expect(store.savedSearches.get(starred.id).unread).toBe(1);
  });

  it(`stops counting at ${unreadCap}`, () => {
    const feedId = store.feeds.add({ url: 'https://example.org/many' });
    const many = Array.from({ length: unreadCap + 5 }, (_, n) => item(`m${n}`, { title: `Heron number ${n}` }));
    store.feeds.saveFetched(feedId, feedOf(many), noValidators);

    expect(store.savedSearches.save({ name: 'Many', query: 'heron', scope: { kind: 'all' }, period: 'any' }).unread).toBe(unreadCap);
  });

  it('renames and deletes; a name already taken, in any case, is refused in words and changes nothing', async () => {
    birds();
    const herons = store.savedSearches.save({ name: 'Herons', query: 'heron', scope: { kind: 'all' }, period: 'any' });
    const tides = store.savedSearches.save({ name: 'Tides', query: 'tide', scope: { kind: 'all' }, period: 'any' });

    const taken = await dispatch(handlers(), 'renameSavedSearch', { savedSearchId: tides.id, name: 'herons' });
    expect(taken).toEqual({ ok: false, error: { code: 'conflict', message: 'there is already a saved search named "herons"' } });
    const again = await dispatch(handlers(), 'saveSearch', { name: ' HERONS ', query: 'egret' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });

    expect(unwrap(await dispatch(handlers(), 'renameSavedSearch', { savedSearchId: tides.id, name: 'Tide times' }))).toMatchObject({
      id: tides.id,
      name: 'Tide times',
      unread: 1,
    });
    expect(unwrap(await dispatch(handlers(), 'deleteSavedSearch', { savedSearchId: herons.id }))).toEqual({ deleted: true });
    expect(unwrap(await dispatch(handlers(), 'deleteSavedSearch', { savedSearchId: herons.id }))).toEqual({ deleted: false });
    expect(unwrap(await dispatch(handlers(), 'listSavedSearches', {})).searches.map((saved) => saved.name)).toEqual(['Tide times']);
  });

  it('refuses a search with no words, or with a prefix too short, in plain words', async () => {
    const noWords = await dispatch(handlers(), 'saveSearch', { name: 'Dashes', query: '-- !!' });
    expect(noWords).toEqual({ ok: false, error: { code: 'bad_input', message: '"-- !!" has no words to search for' } });
    const shortPrefix = await dispatch(handlers(), 'saveSearch', { name: 'Short', query: 'her*' });
    expect(shortPrefix).toMatchObject({ ok: false, error: { code: 'bad_input', message: expect.stringContaining('at least 4 letters') } });
    const noName = await dispatch(handlers(), 'saveSearch', { name: '  ', query: 'heron' });
    expect(noName).toMatchObject({ ok: false, error: { code: 'bad_input', message: expect.stringContaining('a saved search needs a name') } });
    expect(store.savedSearches.list()).toEqual([]);
  });

  it('a search saved before prefixes needed four letters lists with no unread, and says why when opened', async () => {
    birds();
    const kept = store.savedSearches.save({ name: 'Herons', query: 'heron', scope: { kind: 'all' }, period: 'any' });
    const old = store.savedSearches.save({ name: 'Tides', query: 'tide', scope: { kind: 'all' }, period: 'any' });
    connectionOf(store).prepare('UPDATE saved_searches SET query = ? WHERE id = ?').run('ti*', old.id);
    expect(store.savedSearches.list().map((saved) => [saved.name, saved.query, saved.unread])).toEqual([
      ['Herons', 'heron', 2],
      ['Tides', 'ti*', 0],
    ]);
    expect(kept.unread).toBe(2);
    const opened = await dispatch(handlers(), 'searchArticles', { query: 'ti*' });
    expect(opened).toMatchObject({ ok: false, error: { code: 'bad_input', message: expect.stringContaining('at least 4 letters') } });
  });

  it('a saved search in a folder that is deleted finds nothing, and still lists', () => {
    const feedId = store.feeds.add({ url: 'https://example.org/birds', folderPath: ['Nature'] });
    store.feeds.saveFetched(feedId, feedOf([item('h1', { title: 'Heron' })]), noValidators);
    const folderId = store.feeds.get(feedId)!.folder_id!;
    const saved = store.savedSearches.save({ name: 'Nature herons', query: 'heron', scope: { kind: 'folder', folderId }, period: 'any' });
    expect(saved.unread).toBe(1);
    connectionOf(store).prepare('DELETE FROM folders WHERE id = ?').run(folderId);

    expect(store.savedSearches.list()).toEqual([{ ...saved, unread: 0 }]);
  });
});
