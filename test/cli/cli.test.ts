import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedServer, rss } from '../support/feed-server';
import { tidings } from '../support/cli';
import { tempDir } from '../support/temp';

const bin = 'bin/tidings.mjs';

describe('tidings CLI', () => {
  let dir: ReturnType<typeof tempDir>;
  let server: FeedServer;
  let db: string;

  beforeAll(async () => {
    dir = tempDir();
    db = dir.file('library.db');
    server = await new FeedServer().start();
    server.set('/news.xml', {
      body: rss('News', [
        { guid: 'n1', title: 'Older', pubDate: 'Mon, 01 Jan 2024 10:00:00 GMT' },
        { guid: 'n2', title: 'Newer', pubDate: 'Tue, 02 Jan 2024 10:00:00 GMT' },
        { guid: 'n3', title: 'Newest', pubDate: 'Wed, 03 Jan 2024 10:00:00 GMT' },
      ]),
    });
    server.set('/broken.xml', { status: 500, body: 'no' });
  });
  afterAll(async () => {
    await server.stop();
    dir.remove();
  });

  it('adds a feed into a nested folder and lists it as JSON', async () => {
    const added = await tidings(['--db', db, 'add', server.url('/news.xml'), '--folder', 'Reading/News']);
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
    expect(added.stdout).toMatch(/Added News/);

    const listed = await tidings(['--db', db, 'list', 'feeds', '--json']);
    expect(JSON.parse(listed.stdout)).toEqual([
      // `inactive`, `retention` and `account` (1: this computer; docs/sync.md) are extensions: feeds kept only for their kept articles are listed too.
      {
        id: 1,
        url: server.url('/news.xml'),
        title: 'News',
        folder: 'Reading/News',
        unread: 3,
        error: null,
        inactive: false,
        retention: { days: null, maxArticles: null },
        account: 1,
      },
    ]);
  });

  it('prints the refresh summary object with --json and shows a broken feed as an error', async () => {
    await tidings(['--db', db, 'add', server.url('/broken.xml'), '--keep']);
    const refreshed = await tidings(['--db', db, 'refresh', '--json']);
    expect(refreshed.status).toBe(0);
    const summary = JSON.parse(refreshed.stdout);
    // The documented fields, plus `deferred` and `failures` (extensions).
    expect(Object.keys(summary).sort()).toEqual(['deferred', 'failed', 'failures', 'feeds', 'ms', 'newArticles', 'notModified', 'ok']);
    expect(summary).toMatchObject({ feeds: 2, ok: 1, failed: 1, newArticles: 0 });

    const feeds = JSON.parse((await tidings(['--db', db, 'list', 'feeds', '--json'])).stdout);
    expect(feeds[1].error).toMatch(/HTTP 500/);
  });

  it('lists articles newest first, all of them unless --limit', async () => {
    const all = JSON.parse((await tidings(['--db', db, 'list', 'articles', '--json'])).stdout);
    expect(all.map((article: { title: string }) => article.title)).toEqual(['Newest', 'Newer', 'Older']);
    // `liked` is an extension of the documented fields.
    expect(Object.keys(all[0]).sort()).toEqual(['feedId', 'id', 'liked', 'link', 'published', 'read', 'starred', 'title']);
    expect(all[0]).toMatchObject({ feedId: 1, published: '2024-01-03T10:00:00.000Z', read: false, starred: false });

    const limited = JSON.parse((await tidings(['--db', db, 'list', 'articles', '--limit', '2', '--json'])).stdout);
    expect(limited).toHaveLength(2);
    const unread = JSON.parse((await tidings(['--db', db, 'list', 'articles', '--feed', '1', '--unread', '--json'])).stdout);
    expect(unread).toHaveLength(3);
    const starred = JSON.parse((await tidings(['--db', db, 'list', 'articles', '--starred', '--json'])).stdout);
    expect(starred).toEqual([]);
  });

  it('parses a feed file to the documented JSON shape', async () => {
    const file = dir.file('feed.xml');
    writeFileSync(
      file,
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Parsed</title><link>https://example.org/</link>
      <item><title>Episode</title><link>https://example.org/e1</link><guid>e1</guid>
      <pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate><description>&lt;p&gt;Hi&lt;/p&gt;</description>
      <enclosure url="https://example.org/e1.mp3" type="audio/mpeg" length="1234"/></item></channel></rss>`,
    );
    const parsed = await tidings(['parse', file, '--json']);
    expect(parsed.status).toBe(0);
    const feed = JSON.parse(parsed.stdout);
    expect(feed).toMatchObject({ title: 'Parsed', link: 'https://example.org/' });
    expect(feed.items[0]).toMatchObject({
      id: 'e1',
      title: 'Episode',
      link: 'https://example.org/e1',
      published: '2024-01-02T10:00:00.000Z',
      enclosures: [{ url: 'https://example.org/e1.mp3', type: 'audio/mpeg', length: 1234 }],
    });
    expect(Object.keys(feed.items[0]).sort()).toEqual(
      ['author', 'content', 'enclosures', 'id', 'link', 'published', 'summary', 'title', 'updated'],
    );
  });

  it('exits non-zero with one line on bad input', async () => {
    const cases = [
      ['--db', db, 'add', 'not a url'],
      ['--db', db, 'list', 'articles', '--limit', 'many'],
      ['--db', db, 'frobnicate'],
      ['parse', dir.file('missing.xml'), '--json'],
    ];
    for (const args of cases) {
      const result = await tidings(args);
      expect(result.status, args.join(' ')).not.toBe(0);
      expect(result.stderr.trim().split('\n')[0], args.join(' ')).toMatch(/^tidings: /);
      expect(result.stdout, args.join(' ')).toBe('');
    }
  });

  it('serves on 127.0.0.1 and prints the listening URL first', async () => {
    const child = spawn(process.execPath, [bin, '--db', db, 'serve', '--port', '0', '--no-auto-refresh']);
    const firstLine = await new Promise<string>((resolve) => {
      let buffered = '';
      child.stdout.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        if (buffered.includes('\n')) resolve(buffered.split('\n')[0] ?? '');
      });
    });
    child.kill('SIGTERM');
    expect(firstLine).toMatch(/^Listening on http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('prints usage with --help', () => {
    const result = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/usage: tidings/);
  });
});

describe('tidings discover', () => {
  let server: FeedServer;
  beforeAll(async () => {
    server = await new FeedServer().start();
    server.set('/blog', {
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html><head><title>Blog</title>
        <link rel="alternate" type="application/rss+xml" title="Posts" href="/posts.xml">
        <link rel="alternate" type="application/atom+xml" title="Comments" href="comments.atom">
        </head><body>Hello</body></html>`,
    });
    server.set('/bare', { contentType: 'text/html', body: '<!doctype html><html><head></head><body>none</body></html>' });
    server.set('/feed', { body: rss('Guessed', [{ guid: 'g', title: 'G' }]) });
  });
  afterAll(() => server.stop());

  it('lists the feeds a page links to, as absolute URLs', async () => {
    const result = await tidings(['discover', server.url('/blog'), '--json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      { url: server.url('/posts.xml'), title: 'Posts', type: 'rss' },
      { url: server.url('/comments.atom'), title: 'Comments', type: 'atom' },
    ]);
  });

  it('finds a feed at a common path when the page links to none', async () => {
    const result = await tidings(['discover', server.url('/bare'), '--json']);
    expect(JSON.parse(result.stdout)).toEqual([{ url: server.url('/feed'), title: 'Guessed', type: 'rss' }]);
  });
});
