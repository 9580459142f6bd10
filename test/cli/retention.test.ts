// `tidings retention <feed-id>` through the bundled CLI against a real feed on loopback: it shows
// and changes a feed's own retention, `list feeds --json` carries it, and a refresh applies it.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedServer, rss } from '../support/feed-server';
import { tidings, tidingsJson } from '../support/cli';
import { tempDir } from '../support/temp';

describe('tidings retention', () => {
  let dir: ReturnType<typeof tempDir>;
  let server: FeedServer;
  let db: string;

  // The CLI's JSON, as each test reads it; the assertions are the check on its shape.
  const json = async (args: string[]): Promise<any> => tidingsJson(db, args);

  beforeAll(async () => {
    dir = tempDir();
    db = dir.file('library.db');
    server = await new FeedServer().start();
    server.set('/feed.xml', {
      body: rss('Recipes', [
        { guid: 'bread', title: 'Bread', pubDate: 'Mon, 01 Jan 2024 10:00:00 GMT' },
        { guid: 'soup', title: 'Soup', pubDate: 'Tue, 02 Jan 2024 10:00:00 GMT' },
        { guid: 'cake', title: 'Cake', pubDate: 'Wed, 03 Jan 2024 10:00:00 GMT' },
      ]),
    });
    await tidings(['--db', db, 'add', server.url('/feed.xml')]);
  });
  afterAll(async () => {
    await server.stop();
    dir.remove();
  });

  it('shows, sets and resets a feed\'s retention, one limit at a time', async () => {
    expect(await json(['retention', '1'])).toEqual({ id: 1, title: 'Recipes', retention: { days: null, maxArticles: null } });
    expect((await json(['retention', '1', '--days', '7'])).retention).toEqual({ days: 7, maxArticles: null });
    expect((await json(['retention', '1', '--max', '50'])).retention).toEqual({ days: 7, maxArticles: 50 });
    expect((await json(['retention', '1', '--forever'])).retention).toEqual({ days: 'forever', maxArticles: 50 });
    expect((await json(['retention', '1', '--default', '--no-max'])).retention).toEqual({ days: null, maxArticles: null });

    const text = await tidings(['--db', db, 'retention', '1', '--days', '1']);
    expect(text.stdout).toBe('Feed 1 (Recipes) keeps read articles 1 day, no article limit\n');
    expect((await json(['list', 'feeds']))[0].retention).toEqual({ days: 1, maxArticles: null });
  });

  it('refuses contradictory or malformed flags with a usage error and changes nothing', async () => {
    await json(['retention', '1', '--default', '--no-max']);
    for (const args of [
      ['--days', '7', '--forever'],
      ['--max', '0'],
      ['--max', '5', '--no-max'],
      ['--days', 'week'],
    ]) {
      const result = await tidings(['--db', db, 'retention', '1', ...args]);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^tidings: /);
    }
    const tooLong = await tidings(['--db', db, 'retention', '1', '--days', '99999']);
    expect(tooLong.status).toBe(1);
    expect(tooLong.stderr).toMatch(/days/);
    expect((await tidings(['--db', db, 'retention', '42'])).stderr).toMatch(/no feed with id 42/);
    expect((await json(['retention', '1'])).retention).toEqual({ days: null, maxArticles: null });
  });

  it('a refresh keeps the newest read article the count limit allows, and the starred one', async () => {
    const titles = async () => (await json(['list', 'articles'])).map((article: { title: string }) => article.title);
    expect(await titles()).toEqual(['Cake', 'Soup', 'Bread']);
    await json(['star', String((await json(['list', 'articles'])).find((article: { title: string }) => article.title === 'Bread').id)]);
    await json(['retention', '1', '--max', '1']);
    await json(['refresh']);
    expect(await titles()).toEqual(['Cake', 'Soup', 'Bread']); // unread ones stay, whatever the limit

    const library = new Database(db);
    library.prepare('UPDATE article_state SET read = 1').run();
    library.close();
    await json(['refresh']);

    expect(await titles()).toEqual(['Cake', 'Bread']);
  });
});
