// The Filtered view's count (#18): every article rules hid, in the library summary the sidebar
// loads, and in the counts each libraryChanged carries, so a refresh whose rules hide articles
// moves it without the window asking for the library again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectionOf } from '../../../electron/core/store';
import type { EventPayload, LiveEvent } from '../../../shared/contract';
import type { RuleDefinition } from '../../../shared/rules';
import { FeedServer, rss } from '../../support/feed-server';
import { withTempCore } from '../../support/temp-store';

const hideTitles = (name: string, word: string): RuleDefinition => ({
  name,
  match: 'all',
  conditions: [{ field: 'title', op: 'contains', value: word }],
  actions: ['hide'],
  stop: false,
  enabled: true,
});

async function until<T>(find: () => T | undefined, ms = 3_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error('not seen in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the Filtered count', () => {
  const temp = withTempCore({ prefix: 'tidings-filtered-', outbox: { run: false }, icons: false });
  let server: FeedServer;
  let heard: LiveEvent[];
  beforeEach(async () => {
    server = await new FeedServer().start();
    heard = [];
    temp.core.events.subscribe((event) => heard.push(event));
  });
  afterEach(async () => {
    await server.stop();
  });

  const filtered = async () => (await temp.core.handlers.listFeeds({})).totals.filtered;
  const changes = (): EventPayload<'libraryChanged'>[] =>
    heard.flatMap((event) => (event.name === 'libraryChanged' ? [event.payload] : []));

  it('counts every hidden article: hidden at ingest, by a rule applied to stored articles, less those shown again', async () => {
    await temp.core.handlers.addRule({ rule: hideTitles('no seals', 'seal') });
    server.set('/a.xml', {
      body: rss('Coast', [
        { guid: 'a', title: 'A seal on the slipway' },
        { guid: 'b', title: 'Gulls at dawn' },
        { guid: 'c', title: 'Tide tables' },
      ]),
    });
    await temp.core.handlers.addFeed({ url: server.url('/a.xml') });
    expect(await filtered()).toBe(1);

    // Read before a rule hides it, it still counts: the view holds it, and "Show again" would bring it back.
    const [gulls] = (await temp.core.handlers.listArticles({ scope: { kind: 'all' }, unreadOnly: false, order: 'newest', limit: 10 })).items.filter(
      (article) => article.title === 'Gulls at dawn',
    );
    await temp.core.handlers.setRead({ articleIds: [gulls?.id ?? 0], read: true });
    const { id: gullRule } = await temp.core.handlers.addRule({ rule: hideTitles('no gulls', 'gull') });
    await temp.core.handlers.applyRule({ ruleId: gullRule });
    expect(await filtered()).toBe(2);

    const hidden = await temp.core.handlers.listArticles({ scope: { kind: 'filtered' }, unreadOnly: false, order: 'newest', limit: 10 });
    await temp.core.handlers.restoreHidden({ articleIds: [hidden.items[0]?.id ?? 0] });
    expect(await filtered()).toBe(1);
  });

  it('comes with the unread counts of the libraryChanged a refresh tells, when its rules hide new articles', async () => {
    await temp.core.handlers.addRule({ rule: hideTitles('no seals', 'seal') });
    server.set('/a.xml', { body: rss('Coast', [{ guid: 'a', title: 'Tide tables' }]) });
    await temp.core.handlers.addFeed({ url: server.url('/a.xml') });
    await until(() => changes()[0]);
    heard.length = 0;
    server.set('/a.xml', {
      body: rss('Coast', [
        { guid: 'a', title: 'Tide tables' },
        { guid: 'b', title: 'A seal on the slipway' },
        { guid: 'c', title: 'Two seals and a pup' },
        { guid: 'd', title: 'Gulls at dawn' },
      ]),
    });
    await temp.core.handlers.refresh({});
    const told = await until(() => changes().find((change) => change.unread?.filtered === 2));
    // Not "everything": the window lays the counts in without loading the library again.
    expect(told.everything).toBe(false);
    expect(told.unread?.total).toBe(2);
  });

  it('is read from the hidden articles’ own index, not by scanning every article', () => {
    const plan = connectionOf(temp.store)
      .prepare('EXPLAIN QUERY PLAN SELECT count(*) AS n FROM article_state WHERE hidden_at IS NOT NULL')
      .all() as { detail: string }[];
    expect(plan.map((step) => step.detail)).toEqual(['SEARCH article_state USING COVERING INDEX state_hidden (hidden_at>?)']);
  });
});
