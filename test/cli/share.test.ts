// `tidings share`, `tidings outbox` and `tidings publish`, run as a person or a script would.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../electron/core/store';
import { tidings } from '../support/cli';
import { FeedServer, rss } from '../support/feed-server';
import { tempDir } from '../support/temp';
import { WebhookServer } from '../support/webhook-server';

describe('tidings share, outbox, publish', () => {
  let dir: ReturnType<typeof tempDir>;
  let feeds: FeedServer;
  let hook: WebhookServer;
  let db: string;
  let folder: string;
  let articleIds: number[];

  beforeAll(async () => {
    dir = tempDir();
    db = dir.file('library.db');
    folder = dir.file('shared');
    feeds = await new FeedServer().start();
    feeds.set('/news.xml', { body: rss('News', [{ guid: 'n1', title: 'Older' }, { guid: 'n2', title: 'Newer' }]) });
    hook = new WebhookServer();
    const port = await hook.start();
    expect((await tidings(['--db', db, 'add', feeds.url('/news.xml')])).status).toBe(0);
    // Settings are the UI's to change; the test writes them into the library directly.
    const store = Store.open(db);
    store.settings.update({ sharedFolder: folder, shareTargets: [{ id: 'hook', kind: 'webhook', name: 'Hook', url: `http://127.0.0.1:${port}/in` }] });
    store.close();
    const listed = JSON.parse((await tidings(['--db', db, 'list', 'articles', '--json'])).stdout) as { id: number; title: string }[];
    articleIds = ['Newer', 'Older'].map((title) => listed.find((article) => article.title === title)?.id ?? 0);
  });
  afterAll(async () => {
    await feeds.stop();
    await hook.stop();
    dir.remove();
  });

  it('shares with a note to a webhook: the outbox holds it, the folder is written, nothing is sent yet', async () => {
    const shared = await tidings(['--db', db, 'share', String(articleIds[0]), '--note', 'Read this', '--target', 'hook', '--json']);
    expect(shared.stderr).toBe('');
    expect(shared.status).toBe(0);
    expect(JSON.parse(shared.stdout)).toMatchObject({
      articleId: articleIds[0],
      sharedAt: expect.any(String),
      note: 'Read this',
      outbox: [{ targetId: 'hook', state: 'pending', attempts: 0 }],
    });
    expect(readdirSync(folder).sort()).toEqual(['.tidings-shared-folder', 'index.html', 'shared.atom', 'shared.json']);
    expect(readFileSync(join(folder, 'shared.atom'), 'utf8')).toContain('Read this');
    expect(hook.received).toHaveLength(0);

    const listed = await tidings(['--db', db, 'outbox', '--json']);
    expect(JSON.parse(listed.stdout)).toMatchObject([{ targetName: 'Hook', articleTitle: 'Newer', state: 'pending' }]);
  });

  it('delivers what is due with outbox --deliver, once', async () => {
    const delivered = await tidings(['--db', db, 'outbox', '--deliver', '--json']);
    expect(delivered.status).toBe(0);
    expect(JSON.parse(delivered.stdout)).toMatchObject([{ state: 'delivered', attempts: 1, deliveredAt: expect.any(String) }]);
    await tidings(['--db', db, 'outbox', '--deliver']);
    expect(hook.received).toHaveLength(1);
    expect(JSON.parse(hook.received[0]?.body ?? '{}')).toMatchObject({ note: 'Read this', article: { title: 'Newer', feed: 'News' } });
  });

  it('publishes into the shared folder or the one given, and says when there is none', async () => {
    const published = await tidings(['--db', db, 'publish', '--json']);
    expect(JSON.parse(published.stdout)).toEqual({ folder, files: ['shared.atom', 'shared.json', 'index.html'].map((name) => join(folder, name)), items: 1 });
    const elsewhere = dir.file('elsewhere');
    expect((await tidings(['--db', db, 'publish', '--out', elsewhere])).stdout).toMatch(/^Published 1 shared item to /);
    expect(existsSync(join(elsewhere, 'shared.json'))).toBe(true);

    const empty = await tidings(['--db', dir.file('empty.db'), 'publish']);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toBe('tidings: no shared folder is set: choose one in settings, or give one with --out DIR\n');
  });

  it('refuses a share of an article that is not there, or not a number', async () => {
    const missing = await tidings(['--db', db, 'share', '99999']);
    expect([missing.status, missing.stderr]).toEqual([1, 'tidings: no article with id 99999\n']);
    expect((await tidings(['--db', db, 'share', 'abc'])).status).toBe(2);
  });
});
