// `tidings rules …` through the bundled CLI (#18): the command shapes scripts depend on.
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedServer, rss } from '../support/feed-server';
import { tidings, tidingsJson } from '../support/cli';
import { tempDir } from '../support/temp';

describe('rules from the command line', () => {
  let dir: ReturnType<typeof tempDir>;
  let server: FeedServer;
  let db: string;
  const json = async (args: string[]): Promise<any> => tidingsJson(db, args);
  const ruleFile = (name: string, rule: unknown): string => {
    const file = dir.file(name);
    writeFileSync(file, JSON.stringify(rule));
    return file;
  };
  const quotes = {
    name: 'quiet the quotes',
    scope: { folder: 'Tech/Web' },
    match: 'all',
    conditions: [{ field: 'title', op: 'contains', value: 'quoted' }],
    actions: ['markRead', { label: 'later' }],
    stop: false,
    enabled: true,
  };

  beforeAll(async () => {
    dir = tempDir();
    db = dir.file('library.db');
    server = await new FeedServer().start();
    server.set('/feed.xml', {
      body: rss('Web', [
        { guid: 'a', title: 'Quoted: a talk', pubDate: 'Mon, 01 Jan 2024 10:00:00 GMT' },
        { guid: 'b', title: 'Plain news', pubDate: 'Tue, 02 Jan 2024 10:00:00 GMT' },
      ]),
    });
  });
  afterAll(async () => {
    await server.stop();
    dir.remove();
  });

  it('adds a rule from the issue\'s rule file, prints {"id": n}, and the rule acts as the feed lands', async () => {
    expect(await json(['--create', 'rules', 'add', ruleFile('quotes.json', quotes)])).toEqual({ id: 1 });
    await tidings(['--db', db, 'add', server.url('/feed.xml'), '--folder', 'Tech/Web/Talks']);
    const articles = await json(['list', 'articles']);
    expect(articles.map((article: { title: string; read: boolean }) => [article.title, article.read])).toEqual([
      ['Plain news', false],
      ['Quoted: a talk', true],
    ]);
    expect(await json(['labels'])).toMatchObject([{ name: 'later', count: 1 }]);
  });

  it('lists the rules in order, as JSON and as text', async () => {
    expect(await json(['rules'])).toEqual([{ id: 1, position: 1, ...quotes }]);
    const text = await tidings(['--db', db, 'rules']);
    expect(text.stdout).toBe('  1. [1] quiet the quotes  (folder Tech/Web; all of 1) → markRead, label "later"\n');
  });

  it('tests a rule file against stored articles: {"count": n, "ids": [...]}, changing nothing', async () => {
    const before = await json(['list', 'articles']);
    const tried = await json(['rules', 'test', ruleFile('news.json', { name: 'news', conditions: [{ field: 'title', op: 'matches', value: 'news|talk' }], actions: ['delete'] })]);
    expect(tried).toEqual({ count: 2, ids: before.map((article: { id: number }) => article.id).sort((a: number, b: number) => b - a) });
    expect(await json(['list', 'articles'])).toEqual(before);
  });

  it('applies, moves and removes rules by id', async () => {
    expect(await json(['rules', 'add', ruleFile('star.json', { name: 'star news', conditions: [{ field: 'title', op: 'contains', value: 'news' }], actions: ['star'] })])).toEqual({ id: 2 });
    expect(await json(['rules', 'apply', '2'])).toEqual({ matched: 1, changed: 1 });
    expect((await json(['rules', 'move', '2', '--to', '1'])).map((rule: { id: number }) => rule.id)).toEqual([2, 1]);
    expect(await json(['rules', 'remove', '2'])).toEqual({ removed: true });
    expect((await json(['rules'])).map((rule: { id: number; position: number }) => [rule.id, rule.position])).toEqual([[1, 1]]);
    const text = await tidings(['--db', db, 'rules', 'remove', '2']);
    expect([text.status, text.stderr]).toEqual([2, 'tidings: there is no rule 2\n']);
  });

  it('refuses a bad pattern with its position, and a file that is not JSON, saving nothing', async () => {
    const bad = await tidings(['--db', db, 'rules', 'add', ruleFile('bad.json', { name: 'bad', conditions: [{ field: 'title', op: 'matches', value: '(a|b' }], actions: ['hide'] })]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/the pattern "\(a\|b" cannot be used, at character 1: missing closing \)/);
    const notJson = dir.file('not.json');
    writeFileSync(notJson, '{"name": ');
    const broken = await tidings(['--db', db, 'rules', 'test', notJson]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/not\.json is not JSON/);
    const move = await tidings(['--db', db, 'rules', 'move', '1']);
    expect([move.status, move.stderr.split('\n')[0]]).toEqual([2, 'tidings: rules move needs --to N (1 runs first)']);
    expect((await json(['rules'])).length).toBe(1);
  });
});
