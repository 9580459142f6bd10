// What the CLI says when something is wrong or counted: plain words a person can act on, one line,
// never Node's messages or the internal name of a call; every id and flag either used or refused.
import { createServer } from 'node:net';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedServer, rss } from '../support/feed-server';
import { tidings, tidingsJson, type CliResult } from '../support/cli';
import { tempDir } from '../support/temp';

describe('words a person can act on', () => {
  let dir: ReturnType<typeof tempDir>;
  let server: FeedServer;
  let db: string;
  const id: Record<string, number> = {};

  beforeAll(async () => {
    dir = tempDir();
    db = dir.file('library.db');
    server = await new FeedServer().start();
    server.set('/feed.xml', {
      body: rss('Recipes', [
        { guid: 'bread', title: 'Bread', pubDate: 'Mon, 01 Jan 2024 10:00:00 GMT' },
        { guid: 'soup', title: 'Soup', pubDate: 'Tue, 02 Jan 2024 10:00:00 GMT' },
      ]),
    });
    await tidings(['--db', db, 'add', server.url('/feed.xml')]);
    for (const article of (await tidingsJson(db, ['list', 'articles'])) as { id: number; title: string }[]) id[article.title] = article.id;
  });
  afterAll(async () => {
    await server.stop();
    dir.remove();
  });

  /** Failed with exactly one line on stderr, nothing on stdout: that line. */
  const refusal = (result: CliResult, status: number): string => {
    expect(result.stdout).toBe('');
    expect(result.stderr.endsWith('\n') && result.stderr.split('\n').length).toBe(2);
    expect(result.status).toBe(status);
    return result.stderr.trim();
  };

  it('stars every id given, not only the first', async () => {
    const starred = await tidings(['--db', db, 'star', String(id.Bread), String(id.Soup)]);
    expect(starred.stderr).toBe('');
    expect(starred.stdout).toBe(`Starred ${id.Bread} (Bread)\nStarred ${id.Soup} (Soup)\n`);
    const both = (await tidingsJson(db, ['list', 'articles', '--starred'])) as { title: string }[];
    expect(both.map((article) => article.title).sort()).toEqual(['Bread', 'Soup']);
  });

  it('changes nothing when one of several ids is not an article', async () => {
    const result = await tidings(['--db', db, 'like', String(id.Bread), '999999']);
    expect(refusal(result, 1)).toBe('tidings: no article with id 999999');
    expect(((await tidingsJson(db, ['list', 'articles', '--liked'])) as unknown[]).length).toBe(0);
  });

  it('refuses a flag the command does not take instead of ignoring it', async () => {
    expect(refusal(await tidings(['--db', db, 'list', 'feeds', '--starred']), 2)).toBe('tidings: list feeds does not take --starred (it takes --json)');
    expect(refusal(await tidings(['--db', db, 'labels', '--off']), 2)).toBe('tidings: labels does not take --off (it takes --json)');
    expect(refusal(await tidings(['--db', db, 'frob', '--x']), 2)).toBe('tidings: unknown flag --x (tidings --help lists them)');
  });

  it('says there is no such feed for list articles --feed 999', async () => {
    expect(refusal(await tidings(['--db', db, 'list', 'articles', '--feed', '999']), 1)).toBe(
      'tidings: there is no feed 999; tidings list feeds shows their ids',
    );
  });

  it('says in one line what --limit and --port take', async () => {
    expect(refusal(await tidings(['--db', db, 'list', 'articles', '--limit', '-3']), 2)).toBe('tidings: --limit takes a positive whole number, not "-3"');
    expect(refusal(await tidings(['--db', db, 'serve', '--port', '99999']), 2)).toBe(
      'tidings: --port takes a number from 1 to 65535 (or 0: any free port), not "99999"',
    );
  });

  it('says a port is taken and how to pick another', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      expect(refusal(await tidings(['--db', db, 'serve', '--port', String(port)]), 1)).toBe(
        `tidings: port ${port} is taken by another program; pick another with --port N, or leave --port out to use any free port`,
      );
    } finally {
      taken.close();
    }
  });

  it('names no internal call and no Node error code', async () => {
    const badUrl = refusal(await tidings(['--db', db, 'add', 'not a url']), 1);
    expect(badUrl).not.toMatch(/addFeed/);
    expect(badUrl).toMatch(/^tidings: url: /);
    expect(refusal(await tidings(['--db', db, 'export', 'opml', '--out', dir.file('no/such/folder/x.opml')]), 1)).toBe(
      `tidings: ${dir.file('no/such/folder/x.opml')}: no such file or folder`,
    );
    expect(refusal(await tidings(['parse', dir.file('missing.xml')]), 2)).toBe(`tidings: cannot read ${dir.file('missing.xml')}: no such file`);
  });

  it('counts one thing in the singular: 1 new folder, 1 new article, Wrote 1 item', async () => {
    const opml = dir.file('one.opml');
    writeFileSync(
      opml,
      `<?xml version="1.0"?><opml version="1.0"><body><outline text="Cooking">` +
        `<outline type="rss" text="More" xmlUrl="http://127.0.0.1:9/more.xml"/></outline></body></opml>`,
    );
    const imported = await tidings(['--db', db, 'import', opml]);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toMatch(new RegExp(`^Imported ${opml.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(opml\\) in \\d+ ms: 1 feed \\(1 new\\), 1 new folder, 0 new articles\\n`));

    const reader = dir.file('one.json');
    writeFileSync(
      reader,
      JSON.stringify({
        id: 'user/1/state/com.google/starred',
        title: 'Starred',
        items: [
          {
            id: 'tag:google.com,2005:reader/item/1',
            title: 'Fog',
            published: 1700000000,
            alternate: [{ href: 'https://example.org/fog' }],
            summary: { content: '<p>fog</p>' },
            origin: { streamId: 'feed/https://example.org/feed.xml', title: 'Harbour' },
          },
        ],
      }),
    );
    expect((await tidings(['--db', db, 'import', reader])).stdout).toMatch(/: 0 feeds \(0 new\), 0 new folders, 1 new article, 1 inactive feed for them\n/);

    // Starred now: Bread and Soup (starred above) and Fog; one left after unstarring two.
    await tidings(['--db', db, 'star', String(id.Soup), String(id.Bread), '--off']);
    const out = dir.file('starred.json');
    const wrote = await tidings(['--db', db, 'export', 'starred', '--out', out]);
    expect(wrote.stdout).toBe(`Wrote 1 item to ${out}\n`);
  });

  it('prints a header over the labels', async () => {
    await tidings(['--db', db, 'label', String(id.Bread), '--add', 'baking']);
    const labels = await tidings(['--db', db, 'labels']);
    expect(labels.stdout.split('\n').slice(0, 2)).toEqual(['   id  count  label', expect.stringMatching(/^\s+\d+\s+1  baking$/)]);
  });

  it('answers --version and help', async () => {
    expect((await tidings(['--version'])).stdout).toMatch(/^tidings \d+\.\d+\.\d+\n$/);
    const help = await tidings(['help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: tidings .*\n.*--create/s);
  });
});
