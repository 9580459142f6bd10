// Icon lookups are background work and must be at least as polite as a refresh: one request at a
// time to a host, however many of its feeds need an icon at once.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { FeedIcons } from '../../../electron/core/icons/feed-icons';
import { withTempStore } from '../../support/temp-store';

let server: Server | null = null;
const temp = withTempStore();
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

it('asks one host one thing at a time, even for many feeds at once', async () => {
  let inFlight = 0;
  let most = 0;
  let asked = 0;
  server = createServer((_request, response) => {
    asked++;
    most = Math.max(most, ++inFlight);
    setTimeout(() => {
      inFlight--;
      response.writeHead(404).end();
    }, 40);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const store = temp.store;
  const icons = new FeedIcons(store, { concurrency: 4 });
  try {
    // Four sites on one host: four lookups (pages and /favicon.ico each), none shared.
    for (const site of ['a', 'b', 'c', 'd']) {
      const feedId = store.feeds.add({ url: `${origin}/${site}/feed.xml`, siteUrl: `${origin}/${site}/` });
      icons.afterRefresh(feedId, { kind: 'not-modified' });
    }
    await icons.idle();

    expect(asked).toBeGreaterThanOrEqual(8);
    expect(most).toBe(1);
  } finally {
    icons.stop();
  }
});
