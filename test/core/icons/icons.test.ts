// Subscriptions' icons: found once (the feed's own, the site's <link rel=icon>, /favicon.ico), kept
// in the library, served as data: URLs, looked at again only after 30 days, gone with the feed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { homePage, ico, iconFixture, iconWorld, png, type IconWorld } from './helpers';
import { connectionOf } from '../../../electron/core/store';

describe('a subscription’s icon', () => {
  let world: IconWorld;

  beforeEach(async () => {
    world = await iconWorld();
  });
  afterEach(async () => {
    await world.close();
  });

  it('is the icon the site’s page declares, rather than /favicon.ico', async () => {
    world.server.set(
      '/',
      homePage(`<link rel="apple-touch-icon" href="/touch.png">
        <link rel="icon" type="image/svg+xml" href="/icon.svg">
        <link rel="shortcut icon" type="image/png" sizes="32x32" href="/icons/icon-32.png">`),
    );
    world.server.set('/icons/icon-32.png', { body: png, contentType: 'image/png' });
    world.server.set('/touch.png', { body: iconFixture('touch-180.png'), contentType: 'image/png' });
    world.server.set('/favicon.ico', { body: ico, contentType: 'image/x-icon' });

    const feedId = await world.subscribe();

    expect(await world.icon(feedId)).toEqual({ type: 'image/png', bytes: png });
    expect(world.server.requestsFor('/favicon.ico')).toHaveLength(0);
    expect(world.server.requestsFor('/icon.svg')).toHaveLength(0);
    expect(world.server.requestsFor('/touch.png')).toHaveLength(0);
    const summary = (await world.call('listFeeds', {})).feeds.find((feed) => feed.id === feedId);
    expect(summary?.iconAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('is the site’s /favicon.ico when its page declares none', async () => {
    world.server.set('/', homePage(''));
    world.server.set('/favicon.ico', { body: ico, contentType: 'image/vnd.microsoft.icon' });

    const feedId = await world.subscribe();

    expect(await world.icon(feedId)).toEqual({ type: 'image/x-icon', bytes: ico });
  });

  it('is the one the feed itself declares (Atom <icon>) before the site’s', async () => {
    world.server.set('/atom.xml', {
      contentType: 'application/atom+xml',
      body: `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
        <title>Atom Notes</title><id>urn:x</id><updated>2024-03-05T09:00:00Z</updated>
        <link rel="alternate" href="${world.server.url('/')}"/><icon>/own/icon.ico</icon>
        <entry><id>urn:x:1</id><title>One</title><updated>2024-03-05T09:00:00Z</updated></entry></feed>`,
    });
    world.server.set('/own/icon.ico', { body: ico, contentType: 'image/x-icon' });
    world.server.set('/favicon.ico', { body: png, contentType: 'image/png' });

    const feedId = await world.subscribe('/atom.xml');

    expect(await world.icon(feedId)).toEqual({ type: 'image/x-icon', bytes: ico });
    expect(world.server.requestsFor('/')).toHaveLength(0);
  });

  it('refuses an HTML page or an SVG served as an icon, and remembers that there is none', async () => {
    world.server.set('/', homePage('<link rel="icon" href="/icon.png">'));
    world.server.set('/icon.png', { body: '<html><body>Not found</body></html>', contentType: 'image/png' });
    world.server.set('/favicon.ico', {
      body: '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><script>alert(1)</script></svg>',
      contentType: 'image/svg+xml',
    });

    const feedId = await world.subscribe();

    expect(await world.icon(feedId)).toBeNull();
    expect((await world.call('listFeeds', {})).feeds[0]?.iconAt).toBeNull();
    expect(world.server.requestsFor('/icon.png')).toHaveLength(1);
    expect(world.server.requestsFor('/favicon.ico')).toHaveLength(1);

    await world.refresh();
    await world.refresh();

    expect(world.server.requestsFor('/feed.xml').length).toBeGreaterThanOrEqual(3);
    expect(world.server.requestsFor('/')).toHaveLength(1);
    expect(world.server.requestsFor('/icon.png')).toHaveLength(1);
    expect(world.server.requestsFor('/favicon.ico')).toHaveLength(1);
  });

  it('is fetched once, not at every refresh', async () => {
    world.server.set('/', homePage('<link rel="icon" href="/icons/icon-32.png">'));
    world.server.set('/icons/icon-32.png', { body: png, contentType: 'image/png' });
    const feedId = await world.subscribe();
    const before = (await world.call('listFeeds', {})).feeds[0]?.iconAt;

    // One refresh with new articles, one answered 304.
    world.server.set('/feed.xml', { body: (world.server.routes.get('/feed.xml')?.body ?? '').toString().replace('<item>', '<item><guid>b</guid><title>B</title></item><item>'), etag: '"v2"' });
    await world.refresh();
    await world.refresh();

    expect(world.server.requestsFor('/icons/icon-32.png')).toHaveLength(1);
    expect(world.server.requestsFor('/')).toHaveLength(1);
    expect((await world.call('listFeeds', {})).feeds[0]?.iconAt).toBe(before);
    expect(await world.icon(feedId)).toEqual({ type: 'image/png', bytes: png });
  });

  it('is looked for after a refresh when the feed has none yet (a library from before icons)', async () => {
    world.server.set('/favicon.ico', { body: ico, contentType: 'image/x-icon' });
    const feedId = world.core.store.feeds.add({ url: world.server.url('/feed.xml') });
    expect(await world.icon(feedId)).toBeNull();

    await world.refresh();

    expect(await world.icon(feedId)).toEqual({ type: 'image/x-icon', bytes: ico });
  });

  it('is looked at again after 30 days, and iconAt moves only when the icon changed', async () => {
    world.server.set('/favicon.ico', { body: ico, contentType: 'image/x-icon' });
    const feedId = await world.subscribe();
    const iconAt = async () => (await world.call('listFeeds', {})).feeds[0]?.iconAt;
    const first = await iconAt();
    const monthLater = () =>
      connectionOf(world.core.store).prepare('UPDATE feed_icons SET check_after = ?, changed_at = changed_at - 1000').run(Date.now() - 1);

    monthLater();
    const unchanged = await iconAt();
    await world.refresh();
    expect(world.server.requestsFor('/favicon.ico')).toHaveLength(2);
    expect(await iconAt()).toBe(unchanged);
    expect(unchanged).not.toBe(first);

    world.server.set('/favicon.ico', { body: png, contentType: 'image/png' });
    monthLater();
    await world.refresh();
    expect(world.server.requestsFor('/favicon.ico')).toHaveLength(3);
    expect(await world.icon(feedId)).toEqual({ type: 'image/png', bytes: png });
    expect(Date.parse((await iconAt()) ?? '')).toBeGreaterThan(Date.parse(unchanged ?? ''));
  });

  it('keeps the icon it has when the site later offers none', async () => {
    world.server.set('/favicon.ico', { body: ico, contentType: 'image/x-icon' });
    const feedId = await world.subscribe();
    world.server.routes.delete('/favicon.ico');
    connectionOf(world.core.store).prepare('UPDATE feed_icons SET check_after = ?').run(Date.now() - 1);

    await world.refresh();

    expect(world.server.requestsFor('/favicon.ico')).toHaveLength(2);
    expect(await world.icon(feedId)).toEqual({ type: 'image/x-icon', bytes: ico });
  });

  it('is refused when larger than 256 KiB', async () => {
    const huge = Buffer.concat([png, Buffer.alloc(300 * 1024)]);
    world.server.set('/favicon.ico', { body: huge, contentType: 'image/png' });

    const feedId = await world.subscribe();

    expect(await world.icon(feedId)).toBeNull();
  });

  it('goes when the feed is deleted', async () => {
    world.server.set('/favicon.ico', { body: ico, contentType: 'image/x-icon' });
    const feedId = await world.subscribe();
    const count = () => (connectionOf(world.core.store).prepare('SELECT count(*) AS n FROM feed_icons').get() as { n: number }).n;
    expect(count()).toBe(1);

    await world.call('removeFeed', { feedId });

    expect(count()).toBe(0);
    expect((await world.call('getFeedIcons', {})).icons).toEqual([]);
  });

  it('is asked of a site once for all its feeds refreshed together', async () => {
    world.server.set('/favicon.ico', { body: ico, contentType: 'image/x-icon' });
    world.server.set('/second.xml', { body: world.server.routes.get('/feed.xml')?.body ?? '' });
    world.server.set('/third.xml', { body: world.server.routes.get('/feed.xml')?.body ?? '' });
    const ids = ['/feed.xml', '/second.xml', '/third.xml'].map((path) => world.core.store.feeds.add({ url: world.server.url(path) }));

    await world.refresh();

    expect(world.server.requestsFor('/favicon.ico')).toHaveLength(1);
    for (const id of ids) expect(await world.icon(id)).toEqual({ type: 'image/x-icon', bytes: ico });
  });

  it('answers only the feeds asked for, and says nothing of feeds without one', async () => {
    world.server.set('/favicon.ico', { body: ico, contentType: 'image/x-icon' });
    const withIcon = await world.subscribe();
    world.server.set('/other.xml', { body: world.server.routes.get('/feed.xml')?.body ?? '' });

    expect((await world.call('getFeedIcons', { feedIds: [withIcon + 100] })).icons).toEqual([]);
    const all = await world.call('getFeedIcons', {});
    expect(all.icons.map((icon) => icon.feedId)).toEqual([withIcon]);
    expect(all.icons[0]?.dataUrl).toMatch(/^data:image\/x-icon;base64,/);
    expect(all.pending).toBe(0);
  });
});
