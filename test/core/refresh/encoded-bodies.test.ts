// A refresh fetches feed bodies as the server sent them and decodes each where it is parsed (the
// parse worker, or this thread for a refresher without workers): the decoded feed, the cap on its
// decoded size and an undecodable body must come out as they did when the fetch decoded them.
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { fetchFeed } from '../../../electron/core/fetch/http';
import { Refresher } from '../../../electron/core/refresh/refresher';
import type { Store } from '../../../electron/core/store';
import { FeedServer, rss } from '../../support/feed-server';
import { tempDir } from '../../support/temp';

const feedText = rss('Packed', [
  { guid: 'one', title: 'First', description: '<p>first</p>' },
  { guid: 'two', title: 'Second', description: '<p>second</p>' },
]);
const compressors = { gzip: gzipSync, deflate: deflateSync, br: brotliCompressSync } as const;
const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

let dir: ReturnType<typeof tempDir>;
let server: FeedServer;
beforeEach(async () => {
  dir = tempDir();
  server = await new FeedServer().start();
});
afterEach(async () => {
  await server.stop();
  dir.remove();
});

function serveEncoded(path: string, encoding: string, body: Buffer): void {
  server.set(path, { body, headers: { 'content-encoding': encoding } });
}

function errorOf(store: Store, path: string): { stage: string | null; message: string | null } {
  const row = store.feeds.rows().find((feed) => feed.url.endsWith(path));
  return { stage: row?.error_stage ?? null, message: row?.error_message ?? null };
}

it('hands a refresh the body as sent, marked with its coding and the cap on its decoded size', async () => {
  serveEncoded('/feed', 'gzip', gzipSync(feedText));
  const outcome = await fetchFeed(server.url('/feed'), { keepEncoded: true, maxBytes: 5000 });
  expect(outcome.kind).toBe('fetched');
  if (outcome.kind !== 'fetched') return;
  expect(outcome.document.encoded).toEqual({ encoding: 'gzip', maxBytes: 5000 });
  expect(Buffer.from(outcome.document.body).equals(gzipSync(feedText))).toBe(true);
  // Asked to decode (every other caller), it gets the decoded body and no mark.
  const decoded = await fetchFeed(server.url('/feed'));
  expect(decoded.kind === 'fetched' && [decoded.document.encoded, Buffer.from(decoded.document.body).toString()]).toEqual([undefined, feedText]);
});

describe.each([
  ['through the parse and store workers', 'workers'],
  ['in this thread, without workers', 'inline'],
] as const)('an encoded feed body %s', (_name, where) => {
  let store: Store;
  let refresh: () => Promise<unknown>;
  let close: () => void;
  beforeEach(() => {
    const core: Core = openCore({ dbFile: dir.file('library.db'), outbox: { run: false }, icons: false });
    ({ store } = core);
    const refresher = where === 'workers' ? core.refresher : new Refresher(store);
    refresh = () => refresher.refresh();
    close = () => core.close();
  });
  afterEach(() => close());

  it('is decoded and stored, whatever its coding', async () => {
    for (const [encoding, compress] of Object.entries(compressors)) {
      serveEncoded(`/${encoding}`, encoding, compress(Buffer.from(feedText)));
      store.feeds.add({ url: server.url(`/${encoding}`) });
    }
    expect(await refresh()).toMatchObject({ ok: 3, failed: 0, newArticles: 6 });
  });

  it('fails the feed at the fetch stage as too large once its decoded size passes the cap (a gzip bomb)', async () => {
    serveEncoded('/bomb', 'gzip', gzipSync(Buffer.alloc(21 * 1024 * 1024)));
    store.feeds.add({ url: server.url('/bomb') });
    expect(await refresh()).toMatchObject({ failed: 1 });
    expect(errorOf(store, '/bomb')).toEqual({ stage: 'fetch', message: 'fetch: response larger than 20971520 bytes' });
  });

  it('fails the feed at the fetch stage when its body does not decode', async () => {
    serveEncoded('/garbled', 'gzip', Buffer.from('this was never gzip'));
    store.feeds.add({ url: server.url('/garbled') });
    expect(await refresh()).toMatchObject({ failed: 1 });
    expect(errorOf(store, '/garbled')).toMatchObject({ stage: 'fetch', message: expect.stringMatching(/^fetch: unreadable body: /) });
  });

  it('tells a compressed image at a feed address for what it is', async () => {
    serveEncoded('/logo', 'gzip', gzipSync(png));
    store.feeds.add({ url: server.url('/logo') });
    expect(await refresh()).toMatchObject({ failed: 1 });
    expect(errorOf(store, '/logo')).toEqual({ stage: 'parse', message: 'this is an image (PNG), not a feed' });
  });
});
