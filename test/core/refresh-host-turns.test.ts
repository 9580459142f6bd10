// How a refresh takes turns with hosts: a host's turn is its request, not the parsing and storing
// that follow it here, and the host with the most feeds left is asked first.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestHere, type FeedIngest } from '../../electron/core/refresh/ingest';
import { Refresher } from '../../electron/core/refresh/refresher';
import { FeedServer, rss } from '../support/feed-server';
import { withTempStore } from '../support/temp-store';

describe('a refresh takes turns with hosts', () => {
  const temp = withTempStore();
  let servers: FeedServer[];

  beforeEach(async () => {
    servers = [await new FeedServer().start(), await new FeedServer().start()];
  });
  afterEach(async () => {
    await Promise.all(servers.map((server) => server.stop()));
  });

  const feed = (name: string): string => rss(name, [{ guid: `${name}-1`, title: `${name} one` }]);

  it("asks a host for its next feed while the one before is still being stored", async () => {
    const [server] = servers as [FeedServer];
    server.set('/first', { body: feed('first') }).set('/second', { body: feed('second') });
    temp.store.feeds.add({ url: server.url('/first') });
    temp.store.feeds.add({ url: server.url('/second') });
    const storeHere = ingestHere(temp.store);
    // The first feed is stored only once the host was asked for the second, or after 3 s.
    const askedForSecondWhileStoring: boolean[] = [];
    const ingest: FeedIngest = async (request) => {
      if (request.document.url.endsWith('/first')) {
        askedForSecondWhileStoring.push(await within(3_000, () => server.requestsFor('/second').length > 0));
      }
      return storeHere(request);
    };

    const result = await new Refresher(temp.store, { perHost: 1, ingest }).refresh();

    expect(result).toMatchObject({ ok: 2, newArticles: 2 });
    expect(askedForSecondWhileStoring).toEqual([true]);
  });

  it('asks the host with the most feeds first', async () => {
    const [few, many] = servers as [FeedServer, FeedServer];
    few.set('/only', { body: feed('only') });
    temp.store.feeds.add({ url: few.url('/only') });
    for (const name of ['a', 'b', 'c']) {
      many.set(`/${name}`, { body: feed(name) });
      temp.store.feeds.add({ url: many.url(`/${name}`) });
    }
    const order: string[] = [];
    const storeHere = ingestHere(temp.store);
    const ingest: FeedIngest = (request) => {
      order.push(new URL(request.document.url).pathname);
      return storeHere(request);
    };

    // One feed at a time: the order of the requests is the order of the turns.
    const result = await new Refresher(temp.store, { concurrency: 1, perHost: 1, ingest }).refresh();

    expect(result.ok).toBe(4);
    // Three, then two: the bigger host; then one each, the host that had one all along first.
    expect(order).toEqual(['/a', '/b', '/only', '/c']);
  });
});

/** Whether `condition` came true within `ms`, looked at as the event loop turns. */
async function within(ms: number, condition: () => boolean): Promise<boolean> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return true;
}
