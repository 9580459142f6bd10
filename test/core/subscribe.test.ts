import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/dispatch';
import { FeedServer, rss } from '../support/feed-server';
import { withTempCore } from '../support/temp-store';
import { png } from './icons/helpers';

describe('adding a subscription', () => {
  const temp = withTempCore();
  let server: FeedServer;

  beforeEach(async () => {
    server = await new FeedServer().start();
    server.set('/posts.xml', { body: rss('Posts', [{ guid: 'p1', title: 'Hello' }]) });
    server.set('/site', {
      contentType: 'text/html',
      body: '<html><head><link rel="alternate" type="application/rss+xml" href="/posts.xml"></head></html>',
    });
    server.set('/empty-site', { contentType: 'text/html', body: '<html><head></head><body>no feeds</body></html>' });
  });
  afterEach(async () => {
    await server.stop();
  });

  it('subscribes to the feed a web page declares when given the page', async () => {
    const result = await dispatch(temp.core.handlers, 'addFeed', { url: server.url('/site') });
    expect(result).toMatchObject({ ok: true, value: { url: server.url('/posts.xml'), title: 'Posts', unread: 1 } });
  });

  it('fetches a feed once when adding it', async () => {
    await dispatch(temp.core.handlers, 'addFeed', { url: server.url('/posts.xml') });
    expect(server.requestsFor('/posts.xml')).toHaveLength(1);
  });

  it('refuses a page that declares no feed and subscribes to nothing', async () => {
    const result = await dispatch(temp.core.handlers, 'addFeed', { url: server.url('/empty-site') });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: `no feed at ${server.url('/empty-site')}: this is a web page, not a feed` },
    });
    expect(temp.store.library.summary().feeds).toEqual([]);
  });

  it('refuses an address whose server cannot be reached, and keeps it with the error when asked to', async () => {
    const refused = await dispatch(temp.core.handlers, 'addFeed', { url: 'http://127.0.0.1:9/feed.xml' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/refused the connection/) } });
    expect(temp.store.feeds.rows()).toEqual([]);

    const kept = await dispatch(temp.core.handlers, 'addFeed', { url: 'http://127.0.0.1:9/feed.xml', keep: true });
    expect(kept).toMatchObject({ ok: true, value: { url: 'http://127.0.0.1:9/feed.xml', error: { stage: 'fetch' } } });
  });

  it('refuses an image at a feed address, saying it is an image', async () => {
    server.set('/logo.png', { body: png, contentType: 'image/png' });
    const result = await dispatch(temp.core.handlers, 'addFeed', { url: server.url('/logo.png') });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/this is an image, not a feed/) } });
    expect(temp.store.feeds.rows()).toEqual([]);
  });

  it('fetches a failing feed once when keeping it, not once to resolve and again to refresh', async () => {
    server.set('/down.xml', { status: 503, body: 'down for maintenance' });
    const result = await dispatch(temp.core.handlers, 'addFeed', { url: server.url('/down.xml'), keep: true });
    expect(result).toMatchObject({ ok: true, value: { error: { stage: 'fetch', message: expect.stringMatching(/HTTP 503/) } } });
    expect(server.requestsFor('/down.xml')).toHaveLength(1);
  });

  it('fetches the feed a page declares once, and the page once', async () => {
    await dispatch(temp.core.handlers, 'addFeed', { url: server.url('/site') });
    expect(server.requestsFor('/site')).toHaveLength(1);
    expect(server.requestsFor('/posts.xml')).toHaveLength(1);
  });

  it('subscribes to a bare host/path by trying https, then http', async () => {
    const bare = server.url('/posts.xml').replace(/^http:\/\//, '');
    const result = await dispatch(temp.core.handlers, 'addFeed', { url: bare });
    expect(result).toMatchObject({ ok: true, value: { url: server.url('/posts.xml'), title: 'Posts', unread: 1, error: null } });
    expect(server.requestsFor('/posts.xml')).toHaveLength(1); // the https attempt never made an HTTP request
  });

  it('refuses what is neither a URL nor a host name, in plain words', async () => {
    const result = await dispatch(temp.core.handlers, 'addFeed', { url: 'notahost' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_input', message: expect.stringMatching(/is not a web address/) } });
  });

  it('leaves nothing behind when an add on a slow host is cancelled', async () => {
    server.set('/slow.xml', { body: rss('Slow', [{ guid: 's', title: 'S' }]), delayMs: 20_000 });
    const adding = dispatch(temp.core.handlers, 'addFeed', { url: server.url('/slow.xml'), requestId: 'add-1' });
    await until(() => server.requestsFor('/slow.xml').length === 1);

    const cancelled = await dispatch(temp.core.handlers, 'cancelAddFeed', { requestId: 'add-1' });

    expect(cancelled).toEqual({ ok: true, value: { cancelled: true } });
    expect(await adding).toMatchObject({ ok: false, error: { message: expect.stringMatching(/cancelled; nothing was added/) } });
    expect(temp.store.feeds.rows()).toEqual([]);
    expect(server.answered).not.toContain('/slow.xml');
  });
});

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}
