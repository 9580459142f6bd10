// A share made without a network waits out its backoff only while nothing works: the first feed
// that answers proves the network is back, and shares that never reached their target go at once.
// One the target itself refused for now ("HTTP 500") keeps its backoff.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { FeedServer, rss } from '../../support/feed-server';
import { tempDir } from '../../support/temp';
import { closedPort, WebhookServer } from '../../support/webhook-server';
import { call, openWithArticles, waitFor } from './helpers';

let dir: ReturnType<typeof tempDir>;
let hook: WebhookServer;
let feeds: FeedServer;
let core: Core;

beforeEach(async () => {
  dir = tempDir();
  hook = new WebhookServer();
  feeds = await new FeedServer().start();
  feeds.set('/feed.xml', { body: rss('Up again', [{ guid: 'one', title: 'One' }]) });
  // A backoff of an hour: only the network coming back can make the entry due within the test.
  ({ core } = openWithArticles({ dbFile: dir.file('library.db'), outbox: { backoff: { baseMs: 3_600_000, maxMs: 3_600_000 }, timeoutMs: 2_000 } }));
});
afterEach(async () => {
  core.close();
  await hook.stop();
  await feeds.stop();
  dir.remove();
});

async function shareTo(port: number): Promise<void> {
  await call(core, 'updateSettings', { shareTargets: [{ id: 'hook', kind: 'webhook', name: 'Hook', url: `http://127.0.0.1:${port}/hook` }] });
  const [articleId] = core.store.articles.list({ scope: { kind: 'all' }, unreadOnly: false, limit: 1 }).items.map((article) => article.id);
  await call(core, 'shareArticle', { articleId: articleId as number, targetIds: ['hook'] });
  await waitFor('the first attempt', () => (core.store.outbox.list()[0]?.attempts ?? 0) >= 1 && core.store.outbox.list()[0]?.state === 'pending');
}

async function refreshAFeed(): Promise<void> {
  const feedId = core.store.feeds.add({ url: feeds.url('/feed.xml') });
  const result = await core.refresher.refresh([feedId]);
  expect(result.ok).toBe(1);
}

it('sends a share that could not reach its target as soon as a feed answers again', async () => {
  const port = await closedPort();
  await shareTo(port);
  expect(core.store.outbox.list()[0]?.last_error).toMatch(/ECONNREFUSED/);
  await hook.start(port);

  await refreshAFeed();

  await waitFor('delivery', () => core.store.outbox.list()[0]?.state === 'delivered', 5_000);
  expect(hook.received).toHaveLength(1);
});

it('leaves a share its target refused for now to its backoff', async () => {
  hook.answerWith(() => ({ status: 500, body: 'try later' }));
  const port = await hook.start();
  await shareTo(port);
  expect(core.store.outbox.list()[0]?.last_error).toMatch(/^HTTP 500/);

  await refreshAFeed();
  await new Promise((resolve) => setTimeout(resolve, 300));

  expect(hook.received).toHaveLength(1);
  expect(core.store.outbox.list()[0]?.state).toBe('pending');
});
