// `tidings searches`: the saved searches with their unread counts, through the bundled CLI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../electron/core/store';
import { FeedServer, rss } from '../support/feed-server';
import { tidings } from '../support/cli';
import { tempDir } from '../support/temp';

describe('tidings searches', () => {
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
        { guid: 'c2', title: 'A heron at low water', pubDate: 'Tue, 02 Jan 2024 10:00:00 GMT', description: '<p>The heron waits</p>' },
      ]),
    });
    expect((await tidings(['--db', db, 'add', server.url('/coast.xml')])).status).toBe(0);
  });
  afterAll(async () => {
    await server.stop();
    dir.remove();
  });

  it('says there are none, then lists each with its unread count, as text and as JSON', async () => {
    expect((await tidings(['--db', db, 'searches'])).stdout).toBe('No saved searches yet\n');
    const store = Store.open(db);
    store.search.catchUp();
    store.savedSearches.save({ name: 'Herons', query: 'heron', scope: { kind: 'all' }, period: 'any' });
    store.savedSearches.save({ name: 'Tides this week', query: 'tide', scope: { kind: 'all' }, period: 'week' });
    store.close();

    const json = await tidings(['--db', db, 'searches', '--json']);
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout)).toEqual([
      { id: expect.any(Number), name: 'Herons', query: 'heron', scope: { kind: 'all' }, period: 'any', unread: 1 },
      { id: expect.any(Number), name: 'Tides this week', query: 'tide', scope: { kind: 'all' }, period: 'week', unread: 0 },
    ]);
    expect((await tidings(['--db', db, 'searches'])).stdout).toMatch(/^\s+id\s+unread\s+name: search\n\s+\d+\s+1\s+Herons: heron\n/);
  });

  it('refuses a flag it does not know', async () => {
    const result = await tidings(['--db', db, 'searches', '--all']);
    expect(result.status).toBe(2);
  });
});
