// The Google Reader API client against a real Miniflux on loopback: what it asks is what the server
// does, checked from the server's own side through Miniflux's REST API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GReaderClient } from '../../electron/core/sync/greader/client';
import { SyncError } from '../../electron/core/sync/greader/errors';
import { READ, READING_LIST, STARRED, labelStream } from '../../electron/core/sync/greader/streams';
import { FeedServer } from '../support/feed-server';
import { startMiniflux, type Miniflux } from '../support/miniflux';

const started = await startMiniflux();
const miniflux: Miniflux | null = typeof started === 'string' ? null : started;
if (typeof started === 'string') console.warn(`Skipping the sync tests against Miniflux: ${started}`);

function rss(title: string, count: number): string {
  const items = Array.from({ length: count }, (_, i) =>
    `<item><title>${title} ${i + 1}</title><link>https://example.org/${title}/${i + 1}</link><guid>https://example.org/${title}/${i + 1}</guid><description>Body ${i + 1}</description></item>`,
  ).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>https://example.org/${title}</link>${items}</channel></rss>`;
}

interface Entry {
  id: number;
  title: string;
  status: 'read' | 'unread';
  starred: boolean;
}

describe.skipIf(miniflux === null)('Google Reader API client, against Miniflux', () => {
  const server = miniflux as Miniflux;
  const feeds = new FeedServer();
  let client: GReaderClient;

  beforeAll(async () => {
    feeds.set('/one.xml', { body: rss('one', 5), contentType: 'application/rss+xml' });
    feeds.set('/two.xml', { body: rss('two', 3), contentType: 'application/rss+xml' });
    await feeds.start();
    client = new GReaderClient(server.url, await GReaderClient.login(server.url, server.user, server.password));
  });

  afterAll(async () => {
    await feeds.stop();
    server.stop();
  });

  const entries = async (): Promise<Entry[]> => (await server.rest<{ entries: Entry[] }>('GET', '/entries?limit=1000')).entries;

  it('refuses a wrong password as an authentication error, in words', async () => {
    await expect(GReaderClient.login(server.url, server.user, 'wrong')).rejects.toMatchObject({ kind: 'auth' });
  });

  it('subscribes to a feed, which the server then fetches, and lists it with its folder', async () => {
    const stream = await client.subscribe(feeds.url('/one.xml'));
    expect(stream).toMatch(/^feed\/\d+$/);
    await client.editSubscription(stream, { title: 'Number one', addLabel: labelStream('Tech') });
    const subscriptions = await client.subscriptions();
    expect(subscriptions).toEqual([expect.objectContaining({ stream, title: 'Number one', url: feeds.url('/one.xml'), labels: ['Tech'] })]);
    expect(await entries()).toHaveLength(5);
  });

  it('collects every item id across pages before reading the items', async () => {
    await client.subscribe(feeds.url('/two.xml'));
    const ids = await client.itemIds({ stream: READING_LIST, pageSize: 3 });
    expect(ids).toHaveLength(8);
    expect(new Set(ids).size).toBe(8);
    const items = await client.items(ids);
    expect(items.map((item) => item.title).sort()).toEqual([...['one 1', 'one 2', 'one 3', 'one 4', 'one 5'], ...['two 1', 'two 2', 'two 3']]);
  });

  it('marks items read and starred on the server, in the long id form every server reads alike', async () => {
    const all = await entries();
    const target = all.filter((entry) => entry.title === 'one 1' || entry.title === 'two 3').map((entry) => String(entry.id));
    await client.editTag(target, { add: READ });
    await client.editTag(target.slice(0, 1), { add: STARRED });
    const after = await entries();
    const read = after.filter((entry) => entry.status === 'read').map((entry) => entry.title).sort();
    expect(read).toEqual(['one 1', 'two 3']);
    expect(after.filter((entry) => entry.starred)).toHaveLength(1);
    expect(await client.itemIds({ exclude: READ })).toHaveLength(6);
    expect(await client.itemIds({ stream: STARRED })).toEqual(target.slice(0, 1));
  });

  it('unsubscribes', async () => {
    const [first] = await client.subscriptions();
    await client.unsubscribe(first?.stream as string);
    expect((await client.subscriptions()).map((s) => s.title)).not.toContain('Number one');
  });

  it('says the server refused a stale sign-in as an authentication error', async () => {
    const stale = new GReaderClient(server.url, 'greader/0000000000000000000000000000000000000000');
    const failure = await stale.subscriptions().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SyncError);
    expect(failure).toMatchObject({ kind: 'auth' });
  });

  it('counts its requests', async () => {
    const counted = new GReaderClient(server.url, await GReaderClient.login(server.url, server.user, server.password));
    await counted.subscriptions();
    await counted.itemIds();
    expect(counted.requests).toBe(2);
  });
});
