// Kept images: starring an article keeps its full text and images on disk; the cache stays under
// its cap by evicting the least recently used, never an image a starred, shared or noted article shows.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/dispatch';
import { ImageCache } from '../../../electron/core/images/image-cache';
import { OfflineStore, connectionOf } from '../../../electron/core/store';
import { offlineFixture, offlineWorld, type OfflineWorld } from './helpers';

describe('starring an article', () => {
  let world: OfflineWorld;

  beforeEach(async () => {
    world = await offlineWorld();
  });
  afterEach(async () => {
    await world.close();
  });

  it('keeps its full text and its images (the page’s and the feed’s) on disk beside the library', async () => {
    const id = world.articleId('lighthouse');
    expect(await world.call('setStarred', { articleId: id, starred: true })).toEqual({ changed: 1 });
    await world.core.offline.idle();

    const article = await world.call('getArticle', { articleId: id });
    expect(article.fullText?.html).toContain('north light');
    const png = world.server.url('/2024/images/photo.png');
    const jpg = world.server.url('/media/photo.jpg');
    expect(Object.keys(article.cachedImages ?? {}).sort()).toEqual([png, jpg].sort());
    expect(article.cachedImages?.[png]).toMatch(/^\/images\/[0-9a-f]{40}\.png$/);
    expect(article.cachedImages?.[jpg]).toMatch(/^\/images\/[0-9a-f]{40}\.jpg$/);

    const imagesDir = world.dir.file('images');
    const stored = readFileSync(join(imagesDir, (article.cachedImages?.[png] ?? '').replace('/images/', '')));
    expect(stored.equals(offlineFixture('photo.png'))).toBe(true);
    expect(readdirSync(imagesDir).filter((name) => name.endsWith('.partial'))).toEqual([]);

    const served = await world.core.offline.openImage((article.cachedImages?.[jpg] ?? '').replace('/images/', ''));
    expect(served).toMatchObject({ contentType: 'image/jpeg', bytes: offlineFixture('photo.jpg').length });
  });

  it('keeps a shared or noted article for reading offline too', async () => {
    const shared = world.articleId('lighthouse');
    const noted = world.articleId('cafe');
    await world.call('shareArticle', { articleId: shared });
    await world.call('setNote', { articleId: noted, note: 'Prices to compare next summer' });
    await world.core.offline.idle();

    expect((await world.call('getArticle', { articleId: shared })).fullText?.html).toContain('north light');
    expect(Object.keys((await world.call('getArticle', { articleId: shared })).cachedImages ?? {})).not.toEqual([]);
    expect((await world.call('getArticle', { articleId: noted })).fullText).toBeDefined();
  });

  it('fetches an image once, however many starred articles show it', async () => {
    await world.call('setStarred', { articleId: world.articleId('lighthouse'), starred: true });
    await world.call('setStarred', { articleId: world.articleId('cafe'), starred: true });
    await world.core.offline.idle();
    expect(world.server.requestsFor('/media/photo.jpg')).toHaveLength(1);
  });

  it('succeeds at once even when the page and its images cannot be reached', async () => {
    await world.server.stop();
    const result = await dispatch(world.core.handlers, 'setStarred', { articleId: world.articleId('lighthouse'), starred: true });
    expect(result).toEqual({ ok: true, value: { changed: 1 } });
    await world.core.offline.idle();
    const article = await world.call('getArticle', { articleId: world.articleId('lighthouse') });
    expect(article.starred).toBe(true);
    expect(article.fullText).toBeUndefined();
    expect(article.cachedImages).toBeUndefined();
    await world.server.start(); // for close()
  });

  it('still keeps the feed content’s images when the article’s page fails', async () => {
    const id = world.articleId('broken');
    await world.call('setStarred', { articleId: id, starred: true });
    await world.core.offline.idle();
    const article = await world.call('getArticle', { articleId: id });
    expect(article.fullText).toBeUndefined();
    expect(Object.keys(article.cachedImages ?? {})).toEqual([world.server.url('/media/photo.jpg')]);
    expect(world.core.offline.failures.map((failure) => failure.message).join('\n')).toContain('HTTP 500');
  });

  it('keeps no image that is not one, and none over the size cap', async () => {
    world.server.set('/media/photo.jpg', { contentType: 'image/jpeg', body: '<html>not a picture</html>' });
    world.server.set('/2024/images/photo.png', { contentType: 'text/html', body: offlineFixture('photo.png') });
    await world.call('setStarred', { articleId: world.articleId('lighthouse'), starred: true });
    await world.core.offline.idle();
    expect((await world.call('getArticle', { articleId: world.articleId('lighthouse') })).cachedImages).toBeUndefined();
    const reasons = world.core.offline.failures.map((failure) => failure.message).join('\n');
    expect(reasons).toContain('not an image Tidings keeps');
    expect(reasons).toContain('not an image (text/html)');

    const small = new ImageCache(world.core.offline.store, { dir: world.dir.file('images'), capBytes: () => 1e9, maxImageBytes: 100 });
    world.server.set('/big.png', { contentType: 'image/png', body: offlineFixture('photo.png') });
    const report = await small.cacheArticle(world.articleId('cafe'), [world.server.url('/big.png')]);
    expect(report.failed[0]?.reason).toContain('larger than 100 bytes');
  });

  it('keeps images of new articles only when "cache recent images" is on', async () => {
    const { rss } = await import('../../support/feed-server');
    const withImage = (guid: string) => ({
      guid,
      title: guid,
      description: `<p><img src="${world.server.url(`/media/${guid}.png`)}"></p>`,
    });
    world.server.set('/media/off.png', { contentType: 'image/png', body: offlineFixture('photo.png') });
    world.server.set('/media/on.png', { contentType: 'image/png', body: offlineFixture('photo.png') });

    world.server.set('/feed.xml', { body: rss('Harbour Notes', [withImage('off')]) });
    await world.call('refresh', {});
    await world.core.offline.idle();
    expect(world.server.requestsFor('/media/off.png')).toHaveLength(0);

    await world.call('updateSettings', { cacheRecentImages: true });
    world.server.set('/feed.xml', { body: rss('Harbour Notes', [withImage('off'), withImage('on')]) });
    await world.call('refresh', {});
    await world.core.offline.idle();
    expect(world.server.requestsFor('/media/on.png')).toHaveLength(1);
    expect(world.server.requestsFor('/media/off.png')).toHaveLength(0);
  });
});

describe('the image cache’s cap', () => {
  let world: OfflineWorld;
  let now: number;
  let cache: ImageCache;
  const imageBytes = offlineFixture('photo.png').length;

  beforeEach(async () => {
    world = await offlineWorld();
    now = 1_000_000;
    const store = new OfflineStore(connectionOf(world.core.store), () => now);
    // Room for three images.
    cache = new ImageCache(store, { dir: world.dir.file('images'), capBytes: () => imageBytes * 3 });
    for (const name of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) {
      world.server.set(`/img/${name}.png`, { contentType: 'image/png', body: offlineFixture('photo.png') });
    }
  });
  afterEach(async () => {
    await world.close();
  });

  const url = (name: string) => world.server.url(`/img/${name}.png`);
  const kept = () =>
    (connectionOf(world.core.store).prepare('SELECT url FROM cached_images ORDER BY url').all() as { url: string }[]).map((row) =>
      row.url.replace(/^.*\/img\/(\w)\.png$/, '$1'),
    );
  const filesOnDisk = () => readdirSync(world.dir.file('images')).length;

  it('evicts the least recently used images first and keeps the total under the cap', async () => {
    const id = world.articleId('app');
    for (const name of ['a', 'b', 'c']) {
      now += 1000;
      await cache.cacheArticle(id, [url(name)]);
    }
    // "a" is read again, so "b" is now the least recently used.
    now += 1000;
    const a = world.core.offline.store.cachedImage(url('a'));
    const store = new OfflineStore(connectionOf(world.core.store), () => now);
    store.useCachedImage(a?.file ?? '');

    now += 1000;
    const report = await cache.cacheArticle(id, [url('d')]);
    expect(report.evicted).toBe(1);
    expect(kept()).toEqual(['a', 'c', 'd']);
    expect(filesOnDisk()).toBe(3);
    expect(existsSync(join(world.dir.file('images'), a?.file ?? ''))).toBe(true);
  });

  it('never evicts an image of a starred, shared or noted article, even past the cap', async () => {
    const starred = world.articleId('lighthouse');
    const shared = world.articleId('cafe');
    const noted = world.articleId('harbour');
    const plain = world.articleId('app');
    await world.call('setStarred', { articleId: starred, starred: true });
    await world.core.offline.idle();
    connectionOf(world.core.store).prepare('UPDATE article_state SET shared = 1, shared_at = 1 WHERE article_id = ?').run(shared);
    connectionOf(world.core.store).prepare("UPDATE article_state SET note = 'keep this', note_at = 1 WHERE article_id = ?").run(noted);
    connectionOf(world.core.store).prepare('DELETE FROM cached_images').run(); // start from an empty cache, with these pins

    // The pinned images are the oldest: LRU alone would take them first.
    now += 1000;
    await cache.cacheArticle(starred, [url('a')]);
    now += 1000;
    await cache.cacheArticle(shared, [url('b')]);
    now += 1000;
    await cache.cacheArticle(noted, [url('c')]);
    for (const name of ['d', 'e']) {
      now += 1000;
      await cache.cacheArticle(plain, [url(name)]);
    }
    expect(kept()).toEqual(['a', 'b', 'c']);

    // Four pinned images in room for three: all stay, over the cap.
    now += 1000;
    await cache.cacheArticle(starred, [url('f')]);
    expect(kept()).toEqual(['a', 'b', 'c', 'f']);

    // Unstarred, its images may go again.
    await world.call('setStarred', { articleId: starred, starred: false });
    now += 1000;
    await cache.cacheArticle(plain, [url('g')]);
    expect(kept()).toEqual(['b', 'c', 'g']);
  });
});

describe('serving a kept image', () => {
  let world: OfflineWorld;

  beforeEach(async () => {
    world = await offlineWorld();
  });
  afterEach(async () => {
    await world.close();
  });

  it('marks it used, refuses names that are not cache files, and forgets a file removed behind its back', async () => {
    const id = world.articleId('lighthouse');
    await world.call('setStarred', { articleId: id, starred: true });
    await world.core.offline.idle();
    const file = (await world.call('getArticle', { articleId: id })).cachedImages?.[world.server.url('/media/photo.jpg')]?.replace('/images/', '') ?? '';
    const before = world.core.offline.store.cachedImage(world.server.url('/media/photo.jpg'))?.used_at ?? 0;
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await world.core.offline.openImage(file)).not.toBeNull();
    expect(world.core.offline.store.cachedImage(world.server.url('/media/photo.jpg'))?.used_at).toBeGreaterThan(before);

    expect(await world.core.offline.openImage('../library.db')).toBeNull();
    expect(await world.core.offline.openImage(`${file}/..`)).toBeNull();

    const { rmSync } = await import('node:fs');
    rmSync(join(world.dir.file('images'), file));
    expect(await world.core.offline.openImage(file)).toBeNull();
    expect(world.core.offline.store.cachedImage(world.server.url('/media/photo.jpg'))).toBeUndefined();
  });
});

