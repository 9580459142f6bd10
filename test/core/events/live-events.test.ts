// The core's live events on a real library file: what calls, refreshes and other processes'
// writes tell a listener, coalesced, with the unread counts after the change.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { defaultTickMs } from '../../../electron/core/events/live-library';
import type { EventPayload, LiveEvent } from '../../../shared/contract';
import { FeedServer, rss, type FixtureItem } from '../../support/feed-server';
import { withTempCore } from '../../support/temp-store';

const items = (prefix: string, count: number): FixtureItem[] =>
  Array.from({ length: count }, (_, index) => ({ guid: `${prefix}${index}`, title: `${prefix} ${index}` }));

async function until<T>(find: () => T | undefined, ms = 3_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error('not seen in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const libraryChanges = (heard: LiveEvent[]): EventPayload<'libraryChanged'>[] =>
  heard.flatMap((event) => (event.name === 'libraryChanged' ? [event.payload] : []));

describe('live events from the core', () => {
  const temp = withTempCore({ prefix: 'tidings-events-', outbox: { run: false }, icons: false });
  let server: FeedServer;
  let heard: LiveEvent[];
  const others: Core[] = [];

  beforeEach(async () => {
    server = await new FeedServer().start();
    heard = [];
    temp.core.events.subscribe((event) => heard.push(event));
  });

  afterEach(async () => {
    for (const other of others.splice(0)) other.close();
    await server.stop();
  });

  it('tells one libraryChanged per call, naming the articles and carrying the new unread counts', async () => {
    server.set('/a.xml', { body: rss('Feed A', items('a', 3)) });
    const feed = await temp.core.handlers.addFeed({ url: server.url('/a.xml') });
    const { items: listed } = await temp.core.handlers.listArticles({ scope: { kind: 'all' }, unreadOnly: false, order: 'newest', limit: 10 });
    await until(() => libraryChanges(heard)[0]);
    heard.length = 0;
    const ids = listed.slice(0, 2).map((article) => article.id);
    await temp.core.handlers.setRead({ articleIds: ids, read: true });
    const change = await until(() => libraryChanges(heard)[0]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(libraryChanges(heard)).toHaveLength(1);
    expect(change).toMatchObject({ everything: false, subscriptions: false, articles: ids });
    expect(change.unread).toEqual({ total: 1, feeds: [{ feedId: feed.id, unread: 1 }], filtered: 0 });
  });

  it('coalesces a refresh into a few events, never one per article, and reports its progress to the end', async () => {
    const feeds = ['a', 'b', 'c'];
    for (const name of feeds) {
      server.set(`/${name}.xml`, { body: rss(`Feed ${name}`, items(name, 1)) });
      await temp.core.handlers.addFeed({ url: server.url(`/${name}.xml`) });
    }
    for (const name of feeds) server.set(`/${name}.xml`, { body: rss(`Feed ${name}`, items(name, 40)) });
    heard.length = 0;
    const result = await temp.core.handlers.refresh({});
    expect(result.newArticles).toBe(117);
    const last = await until(() => libraryChanges(heard).find((change) => change.unread?.total === 120));
    expect(last.unread?.feeds.map((feed) => feed.unread)).toEqual([40, 40, 40]);
    // Two ticks more: the store worker's own commits move data_version too; they are ours, not "everything".
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(libraryChanges(heard).length).toBeLessThanOrEqual(feeds.length + 2);
    expect(libraryChanges(heard).some((change) => change.everything)).toBe(false);
    await until(() => heard.find((event) => event.name === 'refreshProgress' && !event.payload.running && event.payload.done === 3));
  });

  it('notices another process writing the same library file and says everything may have changed', async () => {
    server.set('/a.xml', { body: rss('Feed A', items('a', 4)) });
    const feed = await temp.core.handlers.addFeed({ url: server.url('/a.xml') });
    await until(() => libraryChanges(heard)[0]);
    // The store worker indexes the added articles in a turn of its own soon after (index-catch-up.ts);
    // another process's commit seen in the same tick is taken for that turn's, by design. Let it end.
    await until(() => (temp.store.search.isBehind() ? undefined : true));
    await new Promise((resolve) => setTimeout(resolve, 3 * defaultTickMs));
    heard.length = 0;
    // A second connection, as the CLI opens: its writes reach this core only through the file.
    const cli = openCore({ dbFile: temp.file, outbox: { run: false }, icons: false });
    others.push(cli);
    await cli.handlers.markAllRead({ scope: { kind: 'feed', feedId: feed.id } });
    const change = await until(() => libraryChanges(heard)[0], 1_000);
    expect(change.everything).toBe(true);
    expect(change.unread).toEqual({ total: 0, feeds: [{ feedId: feed.id, unread: 0 }], filtered: 0 });
  });

  it('tells the outbox and the settings apart from the library', async () => {
    await temp.core.handlers.updateSettings({ theme: 'dark' });
    await until(() => heard.find((event) => event.name === 'settingsChanged'));
    expect(libraryChanges(heard)).toHaveLength(0);
  });
});
