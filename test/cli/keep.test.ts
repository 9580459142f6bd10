// `tidings star|like|note|label` and `tidings labels` through the bundled CLI, and retention in a
// `tidings refresh`, against a real feed on loopback.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedServer, rss } from '../support/feed-server';
import { tidings, tidingsJson } from '../support/cli';
import { tempDir } from '../support/temp';

describe('keeping articles from the command line', () => {
  let dir: ReturnType<typeof tempDir>;
  let server: FeedServer;
  let db: string;
  const id: Record<string, number> = {};

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
    for (const article of await json(['list', 'articles'])) id[article.title] = article.id;
  });
  afterAll(async () => {
    await server.stop();
    dir.remove();
  });

  it('stars and unstars an article and prints its kept state as JSON', async () => {
    expect(await json(['star', String(id.Bread)])).toEqual({ id: id.Bread, title: 'Bread', starred: true, liked: false, note: null, labels: [] });
    const text = await tidings(['--db', db, 'star', String(id.Soup)]);
    expect(text.stdout).toMatch(/^Starred \d+ \(Soup\)/);
    expect((await json(['star', String(id.Soup), '--off'])).starred).toBe(false);
    expect((await json(['list', 'articles', '--starred'])).map((article: { title: string }) => article.title)).toEqual(['Bread']);
  });

  it('likes, notes and labels articles, and lists each view', async () => {
    expect((await json(['like', String(id.Cake)])).liked).toBe(true);
    expect((await json(['note', String(id.Soup), 'Add', 'more', 'pepper'])).note).toBe('Add more pepper');
    expect((await json(['label', String(id.Soup), '--add', 'winter'])).labels).toEqual(['winter']);
    expect((await json(['label', String(id.Cake), '--add', 'winter'])).labels).toEqual(['winter']);

    const titles = (rows: { title: string }[]) => rows.map((row) => row.title);
    expect(titles(await json(['list', 'articles', '--liked']))).toEqual(['Cake']);
    expect(titles(await json(['list', 'articles', '--notes']))).toEqual(['Soup']);
    expect(titles(await json(['list', 'articles', '--label', 'winter']))).toEqual(['Cake', 'Soup']);
    expect(await json(['labels'])).toEqual([{ id: expect.any(Number), name: 'winter', count: 2 }]);
    expect((await tidings(['--db', db, 'note', String(id.Soup)])).stdout).toMatch(/Note on \d+ \(Soup\): Add more pepper/);
  });

  it('clears a note, removes a label and unlikes', async () => {
    expect((await json(['note', String(id.Soup), '--clear'])).note).toBeNull();
    expect((await json(['label', String(id.Cake), '--remove', 'winter'])).labels).toEqual([]);
    expect((await json(['like', String(id.Cake), '--off'])).liked).toBe(false);
  });

  it('exits 2 with usage when the article id is missing, and 1 for an unknown article', async () => {
    const missing = await tidings(['--db', db, 'star']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/usage: tidings star <article-id>/);
    const unknown = await tidings(['--db', db, 'like', '999']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/no article with id 999/);
    const both = await tidings(['--db', db, 'note', String(id.Soup), 'words', '--clear']);
    expect(both.status).toBe(2);
  });

  it('a `tidings refresh` with retention 0 days deletes read articles and keeps starred and labelled ones', async () => {
    const library = new Database(db);
    library.prepare('UPDATE article_state SET read = 1').run();
    library.prepare(`INSERT INTO settings (key, value) VALUES ('retentionDays', '0')
      ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run();
    library.close();

    await json(['refresh']);

    // Bread is starred, Soup still labelled "winter"; Cake kept nothing.
    expect((await json(['list', 'articles'])).map((article: { title: string }) => article.title)).toEqual(['Soup', 'Bread']);
  });
});
