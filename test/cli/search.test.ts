// `tidings search`: the bundled CLI over a real library, as scripts would run it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedServer, rss } from '../support/feed-server';
import { tidings } from '../support/cli';
import { tempDir } from '../support/temp';


describe('tidings search', () => {
  let dir: ReturnType<typeof tempDir>;
  let server: FeedServer;
  let db: string;

  beforeAll(async () => {
    dir = tempDir();
    db = dir.file('library.db');
    server = await new FeedServer().start();
    server.set('/coast.xml', {
      body: rss('Coast', [
        { guid: 'c1', title: 'Tide tables', pubDate: 'Mon, 01 Jan 2024 10:00:00 GMT', description: '<p>Spring tides and the moon</p>' },
        { guid: 'c2', title: 'A heron at low water', pubDate: 'Tue, 02 Jan 2024 10:00:00 GMT', description: '<p>The heron waits on the mud</p>' },
      ]),
    });
    const added = await tidings(['--db', db, 'add', server.url('/coast.xml'), '--folder', 'Nature']);
    expect(added.status).toBe(0);
  });
  afterAll(async () => {
    await server.stop();
    dir.remove();
  });

  it('prints ranked hits as JSON with a snippet', async () => {
    const result = await tidings(['--db', db, 'search', 'heron', '--json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const hits = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(hits).toHaveLength(1);
    expect(Object.keys(hits[0]!).sort()).toEqual(['feedId', 'id', 'link', 'published', 'snippet', 'title']);
    expect(hits[0]).toMatchObject({
      title: 'A heron at low water',
      link: 'https://example.org/c2',
      published: '2024-01-02T10:00:00.000Z',
      snippet: 'The heron waits on the mud',
    });
  });

  it('filters by folder and date, and says when nothing matched', async () => {
    const inFolder = await tidings(['--db', db, 'search', 'tides', '--folder', 'Nature', '--json']);
    expect(JSON.parse(inFolder.stdout)).toHaveLength(1);
    const later = await tidings(['--db', db, 'search', 'tides', '--since', '2024-01-02', '--json']);
    expect(JSON.parse(later.stdout)).toEqual([]);
    const text = await tidings(['--db', db, 'search', 'nothing-like-this']);
    expect(text.stdout).toMatch(/Nothing found/);
  });

  it('is a usage error without a query', async () => {
    const result = await tidings(['--db', db, 'search']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/usage: tidings search/);
  });
});
