// `tidings add` refuses an address that yields no feed (exit 1, the reason in plain words) unless
// --keep; accepts a bare host; `tidings refresh` names the feeds that failed and exits as soon as
// the feeds are stored, without waiting for icons.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../electron/core/store';
import { FeedServer, rss } from '../support/feed-server';
import { tidings, tidingsJson } from '../support/cli';
import { tempDir } from '../support/temp';
import { iconFixture } from '../core/icons/helpers';

/** A port on loopback that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 9;
}

describe('tidings add', () => {
  let dir: ReturnType<typeof tempDir>;
  let server: FeedServer;
  let db: string;

  beforeEach(async () => {
    dir = tempDir();
    db = dir.file('library.db');
    server = await new FeedServer().start();
    server.set('/posts.xml', { body: rss('Posts', [{ guid: 'p1', title: 'Hello' }]) });
    server.set('/logo.png', { body: iconFixture('icon-32.png'), contentType: 'image/png' });
    server.set('/blog', {
      contentType: 'text/html',
      body: '<html><head><link rel="alternate" type="application/rss+xml" href="/posts.xml"></head></html>',
    });
  });
  afterEach(async () => {
    await server.stop();
    dir.remove();
  });

  const subscribed = async () => ((await tidingsJson(db, ['list', 'feeds'])) as { url: string }[]).map((feed) => feed.url);

  it('refuses a 404 with the reason and exit 1, and subscribes to nothing', async () => {
    const result = await tidings(['--db', db, 'add', server.url('/missing.xml')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `tidings: no feed at ${server.url('/missing.xml')}: the server says the feed is gone (404); ` +
        'nothing was added (to subscribe anyway, add --keep)\n',
    );
    expect(await subscribed()).toEqual([]);
  });

  it('refuses an image, saying it is an image', async () => {
    const result = await tidings(['--db', db, 'add', server.url('/logo.png')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/: this is an image, not a feed; nothing was added/);
    expect(await subscribed()).toEqual([]);
  });

  it('refuses a closed port, saying nothing listens there', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/feed.xml`;
    const result = await tidings(['--db', db, 'add', url]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/the server refused the connection/);
    expect(await subscribed()).toEqual([]);
  });

  it('keeps a 404 with --keep, exit 0, the failure on the feed', async () => {
    const result = await tidings(['--db', db, 'add', server.url('/missing.xml'), '--keep']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Added .* as feed 1 \(kept, though it failed: the server says the feed is gone \(404\)\)\n$/);
    const feeds = (await tidingsJson(db, ['list', 'feeds'])) as { url: string; error: string | null }[];
    expect(feeds).toMatchObject([{ url: server.url('/missing.xml'), error: expect.stringMatching(/HTTP 404/) }]);
  });

  it('subscribes to a bare host/path without a scheme: https fails on a plain HTTP server, then http works', async () => {
    const bare = server.url('/blog').replace(/^http:\/\//, '');
    const result = await tidings(['--db', db, 'add', bare]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Added Posts </);
    expect(await subscribed()).toEqual([server.url('/posts.xml')]);
  });

  it('leaves nothing behind when Ctrl-C ends an add while the feed a page declares is on its way', async () => {
    server.set('/slow-site', {
      contentType: 'text/html',
      body: '<html><head><link rel="alternate" type="application/rss+xml" href="/slow.xml"></head></html>',
    });
    server.set('/slow.xml', { body: rss('Slow', [{ guid: 's', title: 'S' }]), delayMs: 20_000 });
    const child = spawn(process.execPath, ['bin/tidings.mjs', '--db', db, 'add', server.url('/slow-site')], {
      env: { ...process.env, TIDINGS_HOME: '/nonexistent-home' },
    });
    const closed = new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
    while (server.requestsFor('/slow.xml').length === 0) await new Promise((resolve) => setTimeout(resolve, 10));

    child.kill('SIGINT');

    expect(await closed).not.toBe(0);
    expect(await subscribed()).toEqual([]);
  });
});

describe('tidings refresh', () => {
  let dir: ReturnType<typeof tempDir>;
  let server: FeedServer;
  let db: string;

  beforeEach(async () => {
    dir = tempDir();
    db = dir.file('library.db');
    server = await new FeedServer().start();
    server.set('/news.xml', { body: rss('News', [{ guid: 'n1', title: 'One' }], server.url('/')) });
    const store = Store.open(db);
    store.feeds.add({ url: server.url('/news.xml') });
    store.feeds.add({ url: server.url('/gone.xml') });
    store.feeds.add({ url: server.url('/logo.png') });
    store.close();
    server.set('/logo.png', { body: iconFixture('icon-32.png'), contentType: 'image/png' });
  });
  afterEach(async () => {
    await server.stop();
    dir.remove();
  });

  it('lists the feeds that failed, with the reason in plain words', async () => {
    const result = await tidings(['--db', db, 'refresh']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/2 failed, 1 new articles\n/);
    expect(result.stdout).toContain(
      `Failed:\n  2  ${server.url('/gone.xml')}: the server says the feed is gone (404)  <${server.url('/gone.xml')}>\n` +
        `  3  ${server.url('/logo.png')}: this is an image, not a feed  <${server.url('/logo.png')}>\n`,
    );
  });

  it('gives the failures in --json with their stage, beside every earlier field', async () => {
    const summary = (await tidingsJson(db, ['refresh'])) as Record<string, unknown>;
    expect(Object.keys(summary).sort()).toEqual(['deferred', 'failed', 'failures', 'feeds', 'ms', 'newArticles', 'notModified', 'ok']);
    expect(summary.failures).toEqual([
      {
        feedId: 2,
        title: server.url('/gone.xml'),
        url: server.url('/gone.xml'),
        stage: 'fetch',
        reason: 'the server says the feed is gone (404)',
      },
      { feedId: 3, title: server.url('/logo.png'), url: server.url('/logo.png'), stage: 'parse', reason: 'this is an image, not a feed' },
    ]);
  });

  it('exits once the feeds are stored, before any icon is answered', async () => {
    server.set('/favicon.ico', { body: iconFixture('favicon.ico'), contentType: 'image/x-icon', delayMs: 10_000 });

    const result = await tidings(['--db', db, 'refresh', '--json']);
    const answeredAtExit = [...server.answered];

    expect(result.status).toBe(0);
    expect(answeredAtExit).toContain('/news.xml');
    expect(answeredAtExit).not.toContain('/favicon.ico');
    expect((await tidingsJson(db, ['list', 'articles'])) as unknown[]).toHaveLength(1);
  });
});
