// Saved searches (issue #18): kept under a name with their scope and period, listed with the unread
// articles each finds, renamed and deleted; on a real library file.
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/core/calls/handlers';
import { Refresher } from '../../electron/core/refresh/refresher';
import { connectionOf } from '../../electron/core/store';
import { dispatch, unwrap } from '../../shared/dispatch';
import { unreadCap } from '../../shared/saved-searches';
import { feedOf, item, noValidators } from '../support/items';
import { withTempStore } from '../support/temp-store';

const day = 86_400_000;

describe('saved searches', () => {
  let now: number;
  const temp = withTempStore({ clock: () => now });

  beforeEach(() => {
    now = Date.parse('2024-06-01T12:00:00Z');
  });

  const handlers = () => createHandlers({ store: temp.store, refresher: new Refresher(temp.store) });
  const idsOf = (feedId: number) => temp.store.articles.list({ scope: { kind: 'feed', feedId }, unreadOnly: false, order: 'newest', cursor: null, limit: 100 }).items;

  function birds(): number {
    const feedId = temp.store.feeds.add({ url: 'https://example.org/birds' });
    temp.store.feeds.saveFetched(
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
    const saved = temp.store.savedSearches.save({ name: 'Herons', query: 'heron', scope: { kind: 'all' }, period: 'any' });
    expect(saved).toMatchObject({ name: 'Herons', query: 'heron', scope: { kind: 'all' }, period: 'any', unread: 2 });

    const heron = idsOf(feedId).find((article) => article.title === 'The grey heron')!;
    temp.store.articles.setRead([heron.id], true);

    expect(temp.store.savedSearches.list()).toEqual([{ ...saved, unread: 1 }]);
  });

  it('counts articles the search index has not reached yet', () => {
    const feedId = birds();
    temp.store.savedSearches.save({ name: 'Herons', query: 'heron', scope: { kind: 'all' }, period: 'any' });
    // A refresh stores through writeFetchedFeed and leaves indexing to the store worker's idle turns.
    temp.store.transaction(() =>
      temp.store.feeds.writeFetched(feedId, feedOf([item('h3', { title: 'Night heron', content: '<p>Late.</p>' })]), noValidators),
    );

    expect(temp.store.savedSearches.list()[0]!.unread).toBe(3);
  });

  it('keeps its scope and period: another feed and older articles are not counted', () => {
    const feedId = birds();
    const other = temp.store.feeds.add({ url: 'https://example.org/other' });
    temp.store.feeds.saveFetched(
      other,
      feedOf([
        item('o1', { title: 'A heron elsewhere', published: new Date(now - day) }),
        item('o2', { title: 'An old heron', published: new Date(now - 30 * day) }),
      ]),
      noValidators,
    );
    const inFeed = temp.store.savedSearches.save({ name: 'Birds feed', query: 'heron', scope: { kind: 'feed', feedId }, period: 'any' });
    const thisWeek = temp.store.savedSearches.save({ name: 'This week', query: 'heron', scope: { kind: 'feed', feedId: other }, period: 'week' });
    const everywhere = temp.store.savedSearches.save({ name: 'All', query: 'heron -grey', scope: { kind: 'all' }, period: 'any' });

    expect(temp.store.savedSearches.list().map((saved) => [saved.id, saved.unread])).toEqual([
      [inFeed.id, 2],
      [thisWeek.id, 1],
      [everywhere.id, 3],
    ]);
  });

  it('counts within a kept view: only the starred unread articles it finds', () => {
    const feedId = birds();
    const [first, second] = idsOf(feedId).filter((article) => /heron/i.test(article.title) || article.title === 'Estuary notes');
    const starred = temp.store.savedSearches.save({ name: 'Starred herons', query: 'heron', scope: { kind: 'starred' }, period: 'any' });
    expect(starred.unread).toBe(0);
    temp.store.articles.setStarred(second!.id, true);
    expect(temp.store.savedSearches.get(starred.id).unread).toBe(1);
    temp.store.articles.setStarred(first!.id, true);
    temp.store.articles.setRead([second!.id], true);
    expect(temp.store.savedSearches.get(starred.id).unread).toBe(1);
  });

  it(`stops counting at ${unreadCap}`, () => {
    const feedId = temp.store.feeds.add({ url: 'https://example.org/many' });
    const many = Array.from({ length: unreadCap + 5 }, (_, n) => item(`m${n}`, { title: `Heron number ${n}` }));
    temp.store.feeds.saveFetched(feedId, feedOf(many), noValidators);

    expect(temp.store.savedSearches.save({ name: 'Many', query: 'heron', scope: { kind: 'all' }, period: 'any' }).unread).toBe(unreadCap);
  });

  it('renames and deletes; a name already taken, in any case, is refused in words and changes nothing', async () => {
    birds();
    const herons = temp.store.savedSearches.save({ name: 'Herons', query: 'heron', scope: { kind: 'all' }, period: 'any' });
    const tides = temp.store.savedSearches.save({ name: 'Tides', query: 'tide', scope: { kind: 'all' }, period: 'any' });

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
    expect(temp.store.savedSearches.list()).toEqual([]);
  });

  it('a search saved before prefixes needed four letters lists with no unread, and says why when opened', async () => {
    birds();
    const kept = temp.store.savedSearches.save({ name: 'Herons', query: 'heron', scope: { kind: 'all' }, period: 'any' });
    const old = temp.store.savedSearches.save({ name: 'Tides', query: 'tide', scope: { kind: 'all' }, period: 'any' });
    connectionOf(temp.store).prepare('UPDATE saved_searches SET query = ? WHERE id = ?').run('ti*', old.id);
    expect(temp.store.savedSearches.list().map((saved) => [saved.name, saved.query, saved.unread])).toEqual([
      ['Herons', 'heron', 2],
      ['Tides', 'ti*', 0],
    ]);
    expect(kept.unread).toBe(2);
    const opened = await dispatch(handlers(), 'searchArticles', { query: 'ti*' });
    expect(opened).toMatchObject({ ok: false, error: { code: 'bad_input', message: expect.stringContaining('at least 4 letters') } });
  });

  it('a saved search in a folder that is deleted finds nothing, and still lists', () => {
    const feedId = temp.store.feeds.add({ url: 'https://example.org/birds', folderPath: ['Nature'] });
    temp.store.feeds.saveFetched(feedId, feedOf([item('h1', { title: 'Heron' })]), noValidators);
    const folderId = temp.store.feeds.get(feedId)!.folder_id!;
    const saved = temp.store.savedSearches.save({ name: 'Nature herons', query: 'heron', scope: { kind: 'folder', folderId }, period: 'any' });
    expect(saved.unread).toBe(1);
    connectionOf(temp.store).prepare('DELETE FROM folders WHERE id = ?').run(folderId);

    expect(temp.store.savedSearches.list()).toEqual([{ ...saved, unread: 0 }]);
  });
});
