import { createServer } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Refresher } from '../../electron/core/refresh/refresher';
import { Store, connectionOf } from '../../electron/core/store';
import { FeedServer, rss } from '../support/feed-server';
import { tempDir } from '../support/temp';
import { closeRefreshWorld, openRefreshWorld } from '../support/refresh-world';

describe('refresh', () => {
  let dir: ReturnType<typeof tempDir>;
  let store: Store;
  let server: FeedServer;
  let refresher: Refresher;

  beforeEach(async () => {
    ({ dir, store, server, refresher } = await openRefreshWorld());
  });
  afterEach(() => closeRefreshWorld({ dir, store, server, refresher }));

  const twoItems = rss('Two items', [
    { guid: 'one', title: 'First', pubDate: 'Mon, 01 Jan 2024 10:00:00 GMT' },
    { guid: 'two', title: 'Second', pubDate: 'Tue, 02 Jan 2024 10:00:00 GMT' },
  ]);

  it('stores new articles once however often a feed is refreshed', async () => {
    server.set('/feed', { body: twoItems });
    store.feeds.add({ url: server.url('/feed') });

    const first = await refresher.refresh();
    const second = await refresher.refresh();

    expect(first).toMatchObject({ feeds: 1, ok: 1, failed: 0, newArticles: 2 });
    expect(second).toMatchObject({ feeds: 1, ok: 1, newArticles: 0 });
    expect(store.library.summary().feeds[0]).toMatchObject({ title: 'Two items', unread: 2, error: null });
  });

  it('keeps the whole plain text of an article for search, not only its summary', async () => {
    const long = `<p>${'word '.repeat(200)}</p><p>needle-at-the-end</p>`;
    server.set('/feed', { body: rss('Long', [{ guid: 'long', title: 'Long one', description: long }]) });
    store.feeds.add({ url: server.url('/feed') });
    await refresher.refresh();
    const row = connectionOf(store).prepare('SELECT a.summary, c.text FROM articles a JOIN article_content c ON c.article_id = a.id').get() as {
      summary: string;
      text: string;
    };
    expect(row.summary.length).toBeLessThanOrEqual(301);
    expect(row.summary).not.toContain('needle-at-the-end');
    expect(row.text).toContain('needle-at-the-end');
    expect(row.text).not.toContain('<p>');
  });

  it('sends ETag and Last-Modified back exactly as received and stores nothing on 304', async () => {
    const etag = 'W/"odd etag, with comma"';
    const lastModified = 'Tue, 02 Jan 2024 10:00:00 GMT';
    server.set('/feed', { body: twoItems, etag, lastModified });
    const feedId = store.feeds.add({ url: server.url('/feed') });
    await refresher.refresh();
    const changesBefore = connectionOf(store).prepare('SELECT total_changes() AS n').get();

    const result = await refresher.refresh();

    const [, second] = server.requestsFor('/feed');
    expect(second?.headers['if-none-match']).toBe(etag);
    expect(second?.headers['if-modified-since']).toBe(lastModified);
    expect(result).toMatchObject({ notModified: 1, ok: 0, newArticles: 0 });
    expect(store.feeds.get(feedId)?.etag).toBe(etag);
    // Only the feed's own row was written (when it was fetched, when it is next due); no article row.
    const changesAfter = connectionOf(store).prepare('SELECT total_changes() AS n').get() as { n: number };
    expect(changesAfter.n - (changesBefore as { n: number }).n).toBe(2);
  });

  it('marks a broken feed and still refreshes the others', async () => {
    server.set('/good', { body: twoItems });
    server.set('/server-error', { status: 500, body: 'oops' });
    server.set('/not-a-feed', { body: '<html><body>Hello</body></html>', contentType: 'text/html' });
    store.feeds.add({ url: server.url('/server-error') });
    store.feeds.add({ url: server.url('/good') });
    store.feeds.add({ url: server.url('/not-a-feed') });
    store.feeds.add({ url: 'http://127.0.0.1:9/closed-port' });

    const result = await refresher.refresh();

    expect(result).toMatchObject({ feeds: 4, ok: 1, failed: 3, newArticles: 2 });
    const byUrl = new Map(store.library.summary().feeds.map((feed) => [feed.url, feed]));
    expect(byUrl.get(server.url('/server-error'))?.error).toMatchObject({ stage: 'fetch', message: expect.stringMatching(/HTTP 500/) });
    expect(byUrl.get(server.url('/not-a-feed'))?.error).toMatchObject({ stage: 'parse' });
    expect(byUrl.get('http://127.0.0.1:9/closed-port')?.error?.stage).toBe('fetch');
    expect(byUrl.get(server.url('/good'))?.error).toBeNull();
  });

  it('keeps the validators of the last good fetch when a new document fails to parse', async () => {
    // Truncated XML now parses as what it holds, so the broken document is one that is no feed at all.
    server.set('/feed', { body: 'Fatal error: feed generator crashed', etag: '"v2"' });
    const feedId = store.feeds.add({ url: server.url('/feed') });
    await refresher.refresh();
    await refresher.refresh();
    // Had the ETag been saved with the failure, the second request would have been answered 304 and the feed
    // would never be parsed again.
    expect(server.requestsFor('/feed')[1]?.headers['if-none-match']).toBeUndefined();
    expect(store.feeds.get(feedId)?.etag).toBeNull();
    expect(store.feeds.get(feedId)?.error_count).toBe(2);
  });

  it('clears a feed error once the feed answers again', async () => {
    server.set('/feed', { status: 503, body: 'down' });
    store.feeds.add({ url: server.url('/feed') });
    await refresher.refresh();
    expect(store.library.summary().feeds[0]?.error?.message).toMatch(/503/);
    server.set('/feed', { body: twoItems });
    await refresher.refresh();
    expect(store.library.summary().feeds[0]?.error).toBeNull();
  });

  it('never changes read or star state on refresh', async () => {
    server.set('/feed', { body: twoItems });
    store.feeds.add({ url: server.url('/feed') });
    await refresher.refresh();
    const [article] = store.articles.list({ scope: { kind: 'all' }, unreadOnly: false, limit: 10 }).items;
    store.articles.setRead([article!.id], true);
    store.articles.setStarred(article!.id, true);
    server.set('/feed', {
      body: rss('Two items', [
        { guid: 'one', title: 'First (edited)', pubDate: 'Mon, 01 Jan 2024 10:00:00 GMT' },
        { guid: 'two', title: 'Second (edited)', pubDate: 'Tue, 02 Jan 2024 10:00:00 GMT' },
      ]),
    });
    await refresher.refresh();
    const after = store.articles.get(article!.id);
    expect(after.title).toMatch(/edited/);
    expect(after).toMatchObject({ read: true, starred: true });
  });

  it('follows a permanent redirect and moves the subscription to the new URL', async () => {
    server.set('/old', { status: 301, headers: { location: '/new' } });
    server.set('/new', { body: twoItems });
    const feedId = store.feeds.add({ url: server.url('/old') });
    await refresher.refresh();
    expect(store.feeds.get(feedId)?.url).toBe(server.url('/new'));
    expect(store.library.summary().feeds[0]?.unread).toBe(2);
  });

  it('follows a temporary redirect without moving the subscription', async () => {
    server.set('/old', { status: 302, headers: { location: '/new' } });
    server.set('/new', { body: twoItems });
    const feedId = store.feeds.add({ url: server.url('/old') });
    await refresher.refresh();
    expect(store.feeds.get(feedId)?.url).toBe(server.url('/old'));
  });

  it('reports a redirect loop as an error of that feed', async () => {
    server.set('/a', { status: 301, headers: { location: '/b' } });
    server.set('/b', { status: 301, headers: { location: '/a' } });
    store.feeds.add({ url: server.url('/a') });
    await refresher.refresh();
    expect(store.library.summary().feeds[0]?.error?.message).toMatch(/redirect loop/);
  });

  it('joins a refresh already running instead of starting a second one', async () => {
    server.set('/feed', { body: twoItems });
    store.feeds.add({ url: server.url('/feed') });
    const [a, b] = await Promise.all([refresher.refresh(), refresher.refresh()]);
    expect(a).toBe(b);
    expect(server.requestsFor('/feed')).toHaveLength(1);
    expect(refresher.currentStatus()).toMatchObject({ running: false, done: 1, total: 1, last: a });
  });

  it('asks at most two feeds of one host at a time', async () => {
    let inFlight = 0;
    let most = 0;
    // Count overlapping requests on one host with a server that answers after a pause.
    const counting = createServer((_request, response) => {
      inFlight++;
      most = Math.max(most, inFlight);
      setTimeout(() => {
        inFlight--;
        response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(twoItems);
      }, 40);
    });
    await new Promise<void>((resolve) => counting.listen(0, '127.0.0.1', resolve));
    const port = (counting.address() as { port: number }).port;
    for (let index = 0; index < 6; index++) store.feeds.add({ url: `http://127.0.0.1:${port}/feed${index}` });

    const result = await refresher.refresh();

    counting.closeAllConnections();
    await new Promise<void>((resolve) => counting.close(() => resolve()));
    expect(result.ok).toBe(6);
    expect(most).toBe(2);
  });

  it('stops polling a feed that answers 410 Gone', async () => {
    server.set('/gone', { status: 410, body: 'gone' });
    server.set('/live', { body: twoItems });
    const gone = store.feeds.add({ url: server.url('/gone') });
    store.feeds.add({ url: server.url('/live') });
    await refresher.refresh();
    expect(store.feeds.get(gone)?.gone_at).not.toBeNull();
    expect(store.feeds.summary(gone).error?.message).toMatch(/410.*gone/);

    const again = await refresher.refresh();
    connectionOf(store).prepare('UPDATE feeds SET next_fetch_at = 0').run();
    await refresher.refreshDue();

    expect(again.feeds).toBe(1);
    expect(server.requestsFor('/gone')).toHaveLength(1);
    // Asked for by name, it is tried again: the person may know better.
    await refresher.refresh([gone]);
    expect(server.requestsFor('/gone')).toHaveLength(2);
  });

  it("leaves a host alone until its Retry-After and defers that host's other feeds", async () => {
    const oneAtATime = new Refresher(store, { perHost: 1 });
    server.set('/busy', { status: 429, body: 'slow down', headers: { 'retry-after': '120' } });
    server.set('/next', { body: twoItems });
    store.feeds.add({ url: server.url('/busy') });
    const next = store.feeds.add({ url: server.url('/next') });
    const before = Date.now();

    const result = await oneAtATime.refresh();

    expect(result).toMatchObject({ feeds: 2, failed: 1, deferred: 1, ok: 0 });
    expect(server.requestsFor('/next')).toHaveLength(0);
    expect(store.feeds.get(next)?.next_fetch_at).toBeGreaterThanOrEqual(before + 120_000);
    await oneAtATime.refresh();
    expect(server.requests).toHaveLength(1);
  });

  it('refreshes on its own only the feeds that are due', async () => {
    server.set('/feed', { body: twoItems });
    const feedId = store.feeds.add({ url: server.url('/feed') });
    expect((await refresher.refreshDue()).feeds).toBe(1);
    expect((await refresher.refreshDue()).feeds).toBe(0);
    store.feeds.schedule(feedId, Date.now() - 1);
    expect((await refresher.refreshDue()).feeds).toBe(1);
    expect(server.requestsFor('/feed')).toHaveLength(2);
  });

  it('waits longer after each failure in a row', async () => {
    server.set('/down', { status: 500, body: 'down' });
    const feedId = store.feeds.add({ url: server.url('/down') });
    const waits: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const before = Date.now();
      await refresher.refresh();
      waits.push((store.feeds.get(feedId)?.next_fetch_at ?? 0) - before);
    }
    expect(waits[1]).toBeGreaterThan(waits[0]! * 1.5);
    expect(waits[2]).toBeGreaterThan(waits[1]! * 1.5);
  });
});
