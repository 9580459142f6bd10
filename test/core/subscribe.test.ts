import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/dispatch';
import { openCore, type Core } from '../../electron/core/core';
import { FeedServer, rss } from '../support/feed-server';
import { tempDir } from '../support/temp';

describe('adding a subscription', () => {
  let dir: ReturnType<typeof tempDir>;
  let core: Core;
  let server: FeedServer;

  beforeEach(async () => {
    dir = tempDir();
    core = openCore({ dbFile: dir.file('library.db') });
    server = await new FeedServer().start();
    server.set('/posts.xml', { body: rss('Posts', [{ guid: 'p1', title: 'Hello' }]) });
    server.set('/site', {
      contentType: 'text/html',
      body: '<html><head><link rel="alternate" type="application/rss+xml" href="/posts.xml"></head></html>',
    });
    server.set('/empty-site', { contentType: 'text/html', body: '<html><head></head><body>no feeds</body></html>' });
  });
  afterEach(async () => {
    core.close();
    await server.stop();
    dir.remove();
  });

  it('subscribes to the feed a web page declares when given the page', async () => {
    const result = await dispatch(core.handlers, 'addFeed', { url: server.url('/site') });
    expect(result).toMatchObject({ ok: true, value: { url: server.url('/posts.xml'), title: 'Posts', unread: 1 } });
  });

  it('fetches a feed once when adding it', async () => {
    await dispatch(core.handlers, 'addFeed', { url: server.url('/posts.xml') });
    expect(server.requestsFor('/posts.xml')).toHaveLength(1);
  });

  it('refuses a page that declares no feed and subscribes to nothing', async () => {
    const result = await dispatch(core.handlers, 'addFeed', { url: server.url('/empty-site') });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_input', message: expect.stringMatching(/no feed found/) } });
    expect(core.store.library().feeds).toEqual([]);
  });

  it('keeps a subscription whose server cannot be reached now, with the error', async () => {
    const result = await dispatch(core.handlers, 'addFeed', { url: 'http://127.0.0.1:9/feed.xml' });
    expect(result).toMatchObject({ ok: true, value: { error: { stage: 'fetch' } } });
  });
});
