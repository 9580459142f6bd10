// Sync with a loopback stand-in for FreshRSS (test/support/freshrss-standin.ts), for what differs
// from Miniflux: the API under /api/greader.php, 16-digit ids, items with a summary only, one tag per
// edit-tag, quickadd refusals answered 200. The engine runs through the core, as the app runs it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch, unwrap } from '../../shared/dispatch';
import type { CallInput, CallName, CallOutput } from '../../shared/contract';
import { FreshRssStandin } from '../support/freshrss-standin';
import { withTempCore } from '../support/temp-store';

describe('sync with a FreshRSS stand-in', () => {
  let server: FreshRssStandin;
  const temp = withTempCore({ outbox: { run: false }, icons: false });
  let account: number;

  const call = async <K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> => unwrap(await dispatch(temp.core.handlers, name, input));
  const articles = async () => (await call('listArticles', { scope: { kind: 'all' }, limit: 100 })).items;
  const article = async (title: string) => (await articles()).find((a) => a.title === title);

  beforeEach(async () => {
    server = await new FreshRssStandin().start();
    const tech = server.addFeed('Tech news', 'https://example.org/tech.xml', 'Tech');
    server.addItem(tech, 'one');
    server.addItem(tech, 'two');
    server.addItem(tech, 'three');
    account = (await call('addAccount', { kind: 'greader', url: server.base, user: 'alice', password: 'secret-pass' })).id;
  });
  afterEach(async () => {
    await server.stop();
  });

  it('brings feeds, labels as folders and summary-only items under /api/greader.php, sanitized, with exact 16-digit ids', async () => {
    expect(await call('syncNow', {})).toMatchObject({ newArticles: 3, failed: 0 });
    const library = await call('listFeeds', {});
    expect(library.feeds.map((feed) => feed.title)).toEqual(['Tech news']);
    expect(library.folders.map((folder) => folder.name)).toEqual(['Tech']);
    const one = await article('one');
    const full = await call('getArticle', { articleId: one?.id as number });
    expect(full.contentHtml).toContain('one');
    expect(full.contentHtml).not.toContain('script');
    // Read there: the id sent back must be the server's own, to the last digit.
    await call('setRead', { articleIds: [one?.id as number], read: true });
    await call('setStarred', { articleId: one?.id as number, starred: true });
    expect(await call('syncNow', {})).toMatchObject({ pushed: 2, queued: 0 });
    expect(server.item('one')).toMatchObject({ read: true, starred: true });
    expect(server.item('two')).toMatchObject({ read: false, starred: false });
  });

  it('sends many items read in one call with one tag, which FreshRSS honours', async () => {
    await call('syncNow', {});
    await call('markAllRead', { scope: { kind: 'all' } });
    const result = await call('syncNow', {});
    expect(result).toMatchObject({ pushed: 3, queued: 0 });
    expect(server.items.every((item) => item.read)).toBe(true);
    expect(server.requests.filter((path) => path.endsWith('edit-tag'))).toHaveLength(1);
  });

  it('a feed the server will not take leaves the queue and the library, and the sync says why', async () => {
    await call('syncNow', {});
    const added = await call('addAccountFeed', { accountId: account, url: 'https://example.org/not-a-feed', folder: 'News' });
    expect(added.sync.errors.map((error) => error.message)).toEqual([expect.stringMatching(/could not subscribe to https:\/\/example.org\/not-a-feed: could not find a feed there/)]);
    expect(added.sync.queued).toBe(0);
    expect((await call('listFeeds', {})).feeds.map((feed) => feed.url)).toEqual(['https://example.org/tech.xml']);
    const good = await call('addAccountFeed', { accountId: account, url: 'https://example.org/good.xml', folder: 'News' });
    expect(good.sync).toMatchObject({ queued: 0, failed: 0 });
    expect(server.feeds.find((feed) => feed.url === 'https://example.org/good.xml')).toMatchObject({ label: 'News' });
  });

  it('renames and moves a feed here, and the server hears of both', async () => {
    await call('syncNow', {});
    const [feed] = (await call('listFeeds', {})).feeds;
    await call('renameFeed', { feedId: feed?.id as number, title: 'My tech' });
    await call('moveFeed', { feedId: feed?.id as number, folder: 'Reading' });
    expect(await call('syncNow', {})).toMatchObject({ pushed: 2, queued: 0 });
    expect(server.feeds[0]).toMatchObject({ title: 'My tech', label: 'Reading' });
    const after = await call('listFeeds', {});
    expect(after.feeds[0]?.title).toBe('My tech');
    expect(after.folders.map((folder) => folder.name)).toEqual(['Reading']);
  });

  it('syncs with every refresh, and a refused sign-in keeps the queue and shows the account\'s error', async () => {
    expect((await call('refresh', {})).feeds).toBe(0); // a sync account's feeds are the server's to fetch
    expect((await articles()).map((a) => a.title).sort()).toEqual(['one', 'three', 'two']);
    await call('setRead', { articleIds: [(await article('two'))?.id as number], read: true });
    server.revokeSignIn();
    const failed = await call('syncNow', {});
    expect(failed).toMatchObject({ failed: 1, queued: 1, pushed: 0 });
    expect(failed.errors[0]?.message).toMatch(/sign in again/);
    const [, listed] = (await call('listAccounts', {})).accounts;
    expect(listed).toMatchObject({ queued: 1, error: expect.stringMatching(/sign in again/) });
    expect(server.item('two').read).toBe(false);
  });

  it('sends labels put on and taken off articles, which FreshRSS keeps', async () => {
    await call('syncNow', {});
    const one = (await article('one'))?.id as number;
    await call('labelArticle', { articleId: one, add: ['Later', 'Work'] });
    await call('labelArticle', { articleId: one, remove: ['Work'] });
    expect(await call('syncNow', {})).toMatchObject({ queued: 0, failed: 0 });
    expect(server.item('one').labels).toEqual(['Later']);
    await call('labelArticle', { articleId: one, remove: ['Later'] });
    await call('syncNow', {});
    expect(server.item('one').labels).toEqual([]);
  });
});
