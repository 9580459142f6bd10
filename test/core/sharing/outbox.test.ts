// The outbox against a real webhook on loopback: down, then up; refused for good; asked to wait;
// and across restarts of the core. Backoff is shortened through the core's options, never by
// faking time, so what is tested is the loop as it runs.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core, CoreOptions } from '../../../electron/core/core';
import type { OutboxEntry } from '../../../shared/sharing';
import { tempDir } from '../../support/temp';
import { closedPort, WebhookServer } from '../../support/webhook-server';
import { call, openWithArticles, waitFor } from './helpers';
import { connectionOf } from '../../../electron/core/store';

const quickBackoff: CoreOptions['outbox'] = { backoff: { baseMs: 40, maxMs: 120 }, timeoutMs: 2_000 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('outbox delivery', () => {
  let dir: ReturnType<typeof tempDir>;
  let server: WebhookServer;
  let cores: Core[];

  beforeEach(() => {
    dir = tempDir();
    server = new WebhookServer();
    cores = [];
  });
  afterEach(async () => {
    for (const core of cores) core.close();
    await server.stop();
    dir.remove();
  });

  function open(options: CoreOptions['outbox'] = quickBackoff) {
    const opened = openWithArticles({ dbFile: dir.file('library.db'), outbox: options });
    cores.push(opened.core);
    return opened;
  }
  function close(core: Core) {
    core.close();
    cores = cores.filter((candidate) => candidate !== core);
  }
  async function entry(core: Core): Promise<OutboxEntry> {
    const [first] = (await call(core, 'listOutbox', {})).entries;
    if (!first) throw new Error('the outbox is empty');
    return first;
  }
  async function shareToHook(core: Core, articleId: number, port: number, headers = {}) {
    await call(core, 'updateSettings', {
      shareTargets: [{ id: 'hook', kind: 'webhook', name: 'Hook', url: `http://127.0.0.1:${port}/hook`, ...headers }],
    });
    return call(core, 'shareArticle', { articleId, note: 'for you', targetIds: ['hook'] });
  }
  const entryOf = (core: Core) => core.store.outbox.list()[0];

  it('delivers a share exactly once after a target that was down comes up, also across a restart of the core', async () => {
    const port = await closedPort();
    const first = open();
    const shared = await shareToHook(first.core, first.articleIds[0] as number, port);

    // Down: connection refused, tried again and again with backoff, still pending. Attempts count up
    // when an entry is claimed, so "two attempts" alone may see the second one still `sending`; wait
    // until it has come back pending, and look at that one snapshot.
    const refused = await waitFor('two refused attempts, back to pending', () => {
      const row = entryOf(first.core);
      return row && row.attempts >= 2 && row.state === 'pending' && row;
    });
    expect(refused.last_error).toMatch(/ECONNREFUSED/);

    // The core restarts while the target is still down; the entry survives in the library.
    close(first.core);
    await server.start(port);
    const second = open();

    const delivered = await waitFor('delivery', () => entryOf(second.core)?.state === 'delivered' && entryOf(second.core));
    expect(delivered.delivered_at).not.toBeNull();
    // Several backoff periods later, and after yet another restart, still exactly one POST.
    await sleep(400);
    close(second.core);
    const third = open();
    await sleep(400);
    expect(server.received).toHaveLength(1);
    expect((await entry(third.core)).state).toBe('delivered');

    const [post] = server.received;
    const body = JSON.parse(post?.body ?? '{}') as Record<string, unknown>;
    expect(post?.path).toBe('/hook');
    expect(post?.headers['content-type']).toMatch(/^application\/json/);
    expect(post?.headers['idempotency-key']).toBe(body.idempotencyKey);
    expect(body).toEqual({
      idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
      article: { title: 'Fog over the harbour & the "quay"', url: 'https://example.org/a', feed: 'Harbour Light' },
      note: 'for you',
      sharedAt: shared.sharedAt,
    });
  });

  it('delivers exactly once when the target comes up while the core runs', async () => {
    const port = await closedPort();
    const { core, articleIds } = open();
    await shareToHook(core, articleIds[1] as number, port, { headerName: 'X-Token', headerValue: 's3cret' });
    await waitFor('a refused attempt', () => (entryOf(core)?.attempts ?? 0) >= 1);
    await server.start(port);
    await waitFor('delivery', () => entryOf(core)?.state === 'delivered');
    await sleep(300);
    expect(server.received).toHaveLength(1);
    expect(server.received[0]?.headers['x-token']).toBe('s3cret');
  });

  it('retries 5xx and stops at a 4xx with the reason kept', async () => {
    const port = await server.start();
    server.answerWith((_, index) => (index < 2 ? { status: 503, body: 'busy' } : { status: 422, body: 'unknown article' }));
    const { core, articleIds } = open();
    await shareToHook(core, articleIds[0] as number, port);
    await waitFor('a failure', () => entryOf(core)?.state === 'failed');
    expect(await entry(core)).toMatchObject({ state: 'failed', attempts: 3, lastError: 'HTTP 422: unknown article' });
    await sleep(200);
    expect(server.received).toHaveLength(3);
  });

  it('waits as long as a 429 Retry-After says, not the shorter backoff', async () => {
    const port = await server.start();
    server.answerWith((_, index) => (index === 0 ? { status: 429, headers: { 'retry-after': '1' } } : { status: 204 }));
    const { core, articleIds } = open();
    await shareToHook(core, articleIds[0] as number, port);
    await waitFor('the 429', () => server.received.length === 1);
    const refusedAt = Date.now();
    await waitFor('delivery', () => entryOf(core)?.state === 'delivered');
    expect(Date.now() - refusedAt).toBeGreaterThanOrEqual(900);
    expect(server.received).toHaveLength(2);
  });

  it('takes an entry a crashed process left sending back to pending at start, and delivers it', async () => {
    const port = await server.start();
    const first = open({ ...quickBackoff, run: false });
    await shareToHook(first.core, first.articleIds[0] as number, port);
    // What a process that died mid-attempt leaves: claimed, lease over.
    connectionOf(first.core.store).prepare("UPDATE outbox SET state = 'sending', attempts = 1, next_attempt_at = 0").run();
    close(first.core);
    const second = open();
    await waitFor('delivery', () => entryOf(second.core)?.state === 'delivered');
    expect(server.received).toHaveLength(1);
  });

  it('does not deliver what an undo canceled', async () => {
    const port = await server.start();
    const { core, articleIds } = open({ ...quickBackoff, run: false });
    const id = articleIds[0] as number;
    const shared = await shareToHook(core, id, port);
    await call(core, 'unshareArticle', { articleId: id, restoreNote: shared.previousNote });
    expect(await core.outbox.deliverDue()).toBe(0);
    expect(server.received).toHaveLength(0);
  });
});
