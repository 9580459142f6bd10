// Sync with a real Miniflux 2.2 on loopback, through the CLI as a person or a script runs it: each
// `tidings` command is a fresh start of Tidings on the same library. The server's side is looked
// at, and changed, through Miniflux's own REST API; the feeds it fetches are served by this test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tidings, tidingsJson } from '../support/cli';
import { FeedServer } from '../support/feed-server';
import { startMiniflux, type Miniflux } from '../support/miniflux';
import { tempDir } from '../support/temp';

const started = await startMiniflux();
const miniflux: Miniflux | null = typeof started === 'string' ? null : started;
if (typeof started === 'string') console.warn(`Skipping the sync tests against Miniflux: ${started}`);

function rss(title: string, count: number): string {
  const items = Array.from({ length: count }, (_, i) =>
    `<item><title>${title} ${i + 1}</title><link>https://example.org/${title}/${i + 1}</link><guid>https://example.org/${title}/${i + 1}</guid>` +
    `<description>&lt;p&gt;Body ${i + 1}&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description></item>`,
  ).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>https://example.org/${title}</link>${items}</channel></rss>`;
}

interface Entry { id: number; title: string; status: 'read' | 'unread' | 'removed'; starred: boolean; feed_id: number }
interface ServerFeed { id: number; feed_url: string; title: string; category: { title: string } }
interface ListedFeed { id: number; url: string; title: string; folder: string | null; account: number; inactive: boolean }
interface ListedArticle { id: number; title: string; read: boolean; starred: boolean; feedId: number }
interface SyncJson { accounts: number; feeds: number; newArticles: number; pulled: number; pushed: number; queued: number; failed: number; ms: number; requests: number }

describe.skipIf(miniflux === null)('sync with Miniflux, through the CLI', () => {
  const server = miniflux as Miniflux;
  const feeds = new FeedServer();
  const dir = tempDir();
  const db = dir.file('library.db');
  let account = 0;

  const entries = async (): Promise<Entry[]> => (await server.rest<{ entries: Entry[] }>('GET', '/entries?limit=1000&order=id')).entries;
  const entry = async (title: string): Promise<Entry> => (await entries()).find((e) => e.title === title) as Entry;
  const serverFeeds = () => server.rest<ServerFeed[]>('GET', '/feeds');
  const sync = () => tidingsJson(db, ['sync']) as Promise<SyncJson>;
  const articles = () => tidingsJson(db, ['list', 'articles', '--account', String(account)]) as Promise<ListedArticle[]>;
  const article = async (title: string): Promise<ListedArticle> => (await articles()).find((a) => a.title === title) as ListedArticle;
  const accountFeeds = async () => ((await tidingsJson(db, ['list', 'feeds'])) as ListedFeed[]).filter((f) => f.account === account && !f.inactive);

  beforeAll(async () => {
    feeds.set('/alpha.xml', { body: rss('alpha', 3), contentType: 'application/rss+xml' });
    feeds.set('/beta.xml', { body: rss('beta', 2), contentType: 'application/rss+xml' });
    feeds.set('/gamma.xml', { body: rss('gamma', 2), contentType: 'application/rss+xml' });
    feeds.set('/delta.xml', { body: rss('delta', 1), contentType: 'application/rss+xml' });
    await feeds.start();
    const tech = await server.rest<{ id: number }>('POST', '/categories', { title: 'Tech' });
    await server.rest('POST', '/feeds', { feed_url: feeds.url('/alpha.xml'), category_id: tech.id });
    await server.rest('POST', '/feeds', { feed_url: feeds.url('/beta.xml'), category_id: tech.id });
    await server.rest('PUT', '/entries', { entry_ids: [(await entry('beta 2')).id], status: 'read' });
  }, 60_000);

  afterAll(async () => {
    await feeds.stop();
    server.stop();
    dir.remove();
  });

  it('adds an account with the password from standard input, and never prints or keeps the password', async () => {
    const added = await tidings(['--db', db, '--create', 'account', 'add', 'greader', server.url, '--user', server.user, '--password-stdin', '--json'], `${server.password}\n`);
    expect(added.stderr).toBe('');
    const shape = JSON.parse(added.stdout) as { id: number };
    expect(shape).toEqual({ id: expect.any(Number), kind: 'greader', url: server.url, user: server.user });
    account = shape.id;
    const listed = await tidings(['--db', db, 'account', 'list', '--json']);
    expect(JSON.parse(listed.stdout)).toEqual([
      { id: 1, kind: 'local', url: null, user: null, lastSync: null, error: null, feeds: 0, queued: 0 },
      { id: account, kind: 'greader', url: server.url, user: server.user, lastSync: null, error: null, feeds: 0, queued: 0 },
    ]);
    expect(`${added.stdout}${listed.stdout}`).not.toContain(server.password);
    expect(`${added.stdout}${listed.stdout}`).not.toMatch(/auth|token/i);
    const wrong = await tidings(['--db', db, 'account', 'add', 'greader', server.url, '--user', server.user, '--password-stdin'], 'wrong\n');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('first sync brings the server\'s feeds, folders and unread articles, sanitized', async () => {
    const result = await sync();
    expect(result).toMatchObject({ accounts: 1, feeds: 2, newArticles: 4, pulled: 4, pushed: 0, queued: 0, failed: 0 });
    const listed = await accountFeeds();
    expect(listed.map((f) => [f.url, f.folder]).sort()).toEqual([[feeds.url('/alpha.xml'), 'Tech'], [feeds.url('/beta.xml'), 'Tech']]);
    expect((await articles()).map((a) => a.title).sort()).toEqual(['alpha 1', 'alpha 2', 'alpha 3', 'beta 1']);
    // Through the refresh's normalize and sanitize stages: the server's HTML is not trusted.
    const { Store } = await import('../../electron/core/store');
    const store = Store.open(db);
    try {
      const html = store.articles.get((await article('alpha 1')).id).contentHtml;
      expect(html).toContain('Body 1');
      expect(html).not.toContain('script');
    } finally {
      store.close();
    }
    // Tidings did not fetch the feeds itself: the server did.
    expect(feeds.requests.every((request) => request.headers['user-agent']?.includes('Miniflux'))).toBe(true);
  });

  it('read and star here reach the server', async () => {
    await tidingsJson(db, ['read', String((await article('alpha 1')).id)]);
    await tidingsJson(db, ['star', String((await article('alpha 2')).id)]);
    expect((await sync()).pushed).toBe(2);
    expect(await entry('alpha 1')).toMatchObject({ status: 'read', starred: false });
    expect(await entry('alpha 2')).toMatchObject({ status: 'unread', starred: true });
  });

  it('read and star there reach Tidings', async () => {
    await server.rest('PUT', '/entries', { entry_ids: [(await entry('alpha 3')).id], status: 'read' });
    await server.rest('PUT', `/entries/${(await entry('beta 1')).id}/bookmark`);
    await server.rest('PUT', '/entries', { entry_ids: [(await entry('alpha 1')).id], status: 'unread' });
    await sync();
    expect(await article('alpha 3')).toMatchObject({ read: true, starred: false });
    expect(await article('beta 1')).toMatchObject({ read: false, starred: true });
    expect(await article('alpha 1')).toMatchObject({ read: false });
  });

  it('a second sync with nothing new changes nothing and costs three requests', async () => {
    await sync();
    const before = await articles();
    const again = await sync();
    expect(again).toMatchObject({ newArticles: 0, pulled: 0, pushed: 0, queued: 0, failed: 0 });
    expect(again.requests).toBeLessThanOrEqual(3);
    expect(await articles()).toEqual(before);
  });

  it('subscribes here and there, and unsubscribes both ways', async () => {
    const added = await tidingsJson(db, ['add', feeds.url('/gamma.xml'), '--account', String(account), '--folder', 'News']) as { id: number; queued: number };
    expect(added.queued).toBe(0);
    const gamma = (await serverFeeds()).find((f) => f.feed_url === feeds.url('/gamma.xml'));
    expect(gamma?.category.title).toBe('News');
    expect((await articles()).filter((a) => a.title.startsWith('gamma'))).toHaveLength(2);

    await server.rest('POST', '/feeds', { feed_url: feeds.url('/delta.xml'), category_id: (await server.rest<{ id: number }[]>('GET', '/categories'))[0]?.id });
    await server.rest('DELETE', `/feeds/${(await serverFeeds()).find((f) => f.feed_url === feeds.url('/alpha.xml'))?.id}`);
    await sync();
    const urls = (await accountFeeds()).map((f) => f.url).sort();
    expect(urls).toEqual([feeds.url('/beta.xml'), feeds.url('/delta.xml'), feeds.url('/gamma.xml')]);

    const { Store } = await import('../../electron/core/store');
    const store = Store.open(db);
    store.feeds.remove(added.id);
    store.close();
    expect((await sync()).pushed).toBe(1);
    expect((await serverFeeds()).map((f) => f.feed_url)).not.toContain(feeds.url('/gamma.xml'));
  });

  it('a change made while the server is down is sent once when it is back, by a later start of Tidings', async () => {
    const beta1 = await article('beta 1');
    server.pause();
    try {
      await tidingsJson(db, ['read', String(beta1.id)]);
      const failed = await tidings(['--db', db, 'sync', '--json']);
      expect(failed.status).toBe(1);
      expect(failed.stderr.trim().split('\n')).toHaveLength(1);
      expect(failed.stderr).toMatch(/could not be reached/);
      expect(JSON.parse(failed.stdout)).toMatchObject({ failed: 1, queued: 1 });
      const [, listed] = (await tidingsJson(db, ['account', 'list'])) as { error: string | null; queued: number }[];
      expect(listed).toMatchObject({ queued: 1, error: expect.stringMatching(/could not be reached/) });
    } finally {
      server.resume();
    }
    expect(await sync()).toMatchObject({ pushed: 1, queued: 0, failed: 0 });
    // Sent twice, Miniflux 2.2 would have toggled it back to unread.
    expect(await sync()).toMatchObject({ pushed: 0, queued: 0 });
    expect(await entry('beta 1')).toMatchObject({ status: 'read' });
    expect(await article('beta 1')).toMatchObject({ read: true });
  }, 60_000);

  it('Miniflux 2.2\'s toggling cannot flip a state: told nothing it already knows', async () => {
    const beta1 = String((await article('beta 1')).id);
    // Read, unread, read again here: one change in the end, sent once.
    await tidingsJson(db, ['read', beta1, '--off']);
    await tidingsJson(db, ['read', beta1]);
    await tidingsJson(db, ['read', beta1, '--off']);
    await tidingsJson(db, ['read', beta1]);
    expect((await tidingsJson(db, ['account', 'list']) as { queued: number }[])[1]?.queued).toBe(4);
    expect(await sync()).toMatchObject({ pushed: 0, queued: 0 });
    expect(await entry('beta 1')).toMatchObject({ status: 'read' });
    // Read there and here before a sync: the server is not told again.
    const gammaLess = await article('delta 1');
    await server.rest('PUT', '/entries', { entry_ids: [(await entry('delta 1')).id], status: 'read' });
    await tidingsJson(db, ['read', String(gammaLess.id)]);
    expect(await sync()).toMatchObject({ pushed: 0, queued: 0 });
    expect(await entry('delta 1')).toMatchObject({ status: 'read' });
  });

  it('a label on an article, which Miniflux has no place for, neither fails the sync nor stays queued', async () => {
    await tidingsJson(db, ['label', String((await article('beta 1')).id), '--add', 'Later']);
    expect(await sync()).toMatchObject({ failed: 0, queued: 0 });
  });
});
