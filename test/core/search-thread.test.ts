// Searches run on a thread of their own (search-pool.ts): a search in progress, however slow,
// leaves every other call answered, and a newer search replaces the one in progress. The search
// thread is held still with the core's test hold, as a long query would hold it.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/core';
import { dispatch } from '../../shared/dispatch';
import { feedOf, item, noValidators } from '../support/items';
import { tempDir } from '../support/temp';

let dir: ReturnType<typeof tempDir>;
let core: Core;
let hold: Int32Array;

const pause = (): void => {
  Atomics.store(hold, 0, 1);
};
const resume = (): void => {
  Atomics.store(hold, 0, 0);
  Atomics.notify(hold, 0);
};

beforeEach(() => {
  dir = tempDir();
  const buffer = new SharedArrayBuffer(4);
  hold = new Int32Array(buffer);
  core = openCore({ dbFile: dir.file('library.db'), outbox: { run: false }, searchHold: buffer });
  const feedId = core.store.feeds.add({ url: 'https://example.org/birds' });
  core.store.feeds.saveFetched(
    feedId,
    feedOf([item('heron', { title: 'The grey heron' }), item('tern', { title: 'A tern at sea' })]),
    noValidators,
  );
});
afterEach(() => {
  resume();
  core.close();
  dir.remove();
});

it('answers other calls while a search is in progress', async () => {
  // A first search, so the search thread is up and its connection open.
  expect((await dispatch(core.handlers, 'searchArticles', { query: 'tern' })).ok).toBe(true);
  pause();
  const answered: string[] = [];
  const searching = dispatch(core.handlers, 'searchArticles', { query: 'heron' }).then((result) => {
    answered.push('searchArticles');
    return result;
  });

  const feeds = await dispatch(core.handlers, 'listFeeds', {});
  answered.push('listFeeds');
  const article = await dispatch(core.handlers, 'listArticles', { scope: { kind: 'all' } });
  answered.push('listArticles');
  expect(feeds.ok && article.ok).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(answered).toEqual(['listFeeds', 'listArticles']); // the search is still held

  resume();
  const found = await searching;
  expect(answered).toEqual(['listFeeds', 'listArticles', 'searchArticles']);
  expect(found.ok && found.value.items.map((hit) => hit.title)).toEqual(['The grey heron']);
});

it('abandons a search in progress when a newer one arrives, and answers the newer one', async () => {
  pause();
  const older = dispatch(core.handlers, 'searchArticles', { query: 'heron' });
  await new Promise((resolve) => setTimeout(resolve, 50));
  const newer = dispatch(core.handlers, 'searchArticles', { query: 'tern' });

  // The older one is answered at once, though its thread is still held.
  expect(await older).toEqual({ ok: false, error: { code: 'conflict', message: 'a newer search replaced this one' } });
  resume();
  const found = await newer;
  expect(found.ok && found.value.items.map((hit) => hit.title)).toEqual(['A tern at sea']);

  // Again, as a person typing replaces search after search: the next one runs on the spare thread.
  pause();
  const third = dispatch(core.handlers, 'searchArticles', { query: 'tern' });
  const fourth = dispatch(core.handlers, 'searchArticles', { query: 'grey' });
  expect(await third).toMatchObject({ ok: false, error: { code: 'conflict' } });
  resume();
  const last = await fourth;
  expect(last.ok && last.value.items.map((hit) => hit.title)).toEqual(['The grey heron']);
});

it('answers a third search at once while two threads still run replaced ones', async () => {
  pause();
  const first = dispatch(core.handlers, 'searchArticles', { query: 'heron' });
  const second = dispatch(core.handlers, 'searchArticles', { query: 'tern' });
  const third = dispatch(core.handlers, 'searchArticles', { query: 'grey' });
  expect(await first).toMatchObject({ ok: false, error: { code: 'conflict' } });
  expect(await second).toMatchObject({ ok: false, error: { code: 'conflict' } });
  resume();
  const found = await third;
  expect(found.ok && found.value.items.map((hit) => hit.title)).toEqual(['The grey heron']);
});

it('refuses too many prefix terms from the search thread in plain words', async () => {
  const refused = await dispatch(core.handlers, 'searchArticles', { query: 'abcd* cdef*' });
  expect(refused).toEqual({
    ok: false,
    error: { code: 'bad_input', message: 'a search can hold one word ending in *; this one has 2 (abcd* cdef*)' },
  });
  const found = await dispatch(core.handlers, 'searchArticles', { query: 'hero* grey' });
  expect(found.ok && found.value.items.map((hit) => hit.title)).toEqual(['The grey heron']);
});
