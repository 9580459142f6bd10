// The main process ↔ core process wire, over a real MessageChannel (structured clone, as between
// Electron processes) to a real core on a real SQLite file, with feeds from a loopback server.
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoreClient, isFromCore, isToCore, serveCalls } from '../../electron/shell/core-link';
import type { NewArticles } from '../../electron/shell/shell-view';
import { callNames } from '../../shared/contract';
import { FeedServer, rss } from '../support/feed-server';
import { withTempCore } from '../support/temp-store';

describe('core link', () => {
  let server: FeedServer;
  let mainPort: MessagePort;
  let corePort: MessagePort;
  let client: CoreClient;
  const refreshed: NewArticles[][] = [];
  const temp = withTempCore({
    prefix: 'tidings-link-',
    refresh: { onRunFinished: (_result, added) => refreshed.push([...added].map(([feedId, count]) => ({ feedId, count, title: '' }))) },
  });

  beforeEach(async () => {
    server = await new FeedServer().start();
    ({ port1: mainPort, port2: corePort } = new MessageChannel());
    const serve = serveCalls(temp.core.handlers, (message) => corePort.postMessage(message));
    corePort.on('message', (message: unknown) => {
      if (isToCore(message) && message.kind === 'call') void serve(message);
    });
    client = new CoreClient((message) => mainPort.postMessage(message));
    mainPort.on('message', (message: unknown) => {
      if (isFromCore(message)) client.receive(message);
    });
    refreshed.length = 0;
  });

  afterEach(async () => {
    mainPort.close();
    corePort.close();
    await server.stop();
  });

  it('answers each call with its own result, many in flight at once', async () => {
    server.set('/a.xml', { body: rss('Feed A', [{ guid: 'a1', title: 'First' }]) });
    const added = await client.request('addFeed', { url: server.url('/a.xml') });
    const answers = await Promise.all([
      client.request('listFeeds', {}),
      client.request('getSettings', {}),
      client.request('listArticles', { scope: { kind: 'feed', feedId: added.id } }),
    ]);
    expect(answers[0].feeds.map((feed) => feed.title)).toEqual(['Feed A']);
    expect(answers[1].theme).toBe('system');
    expect(answers[2].items.map((item) => item.title)).toEqual(['First']);
    expect(client.waiting).toBe(0);
  });

  it('validates input in the core, as the web host does', async () => {
    const result = await client.call('addFeed', { url: 'javascript:alert(1)' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_input' } });
  });

  it('refuses a name that is not in the contract', async () => {
    const result = await client.call('dropTables' as (typeof callNames)[number], {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
  });

  it('reports how many new articles each feed got when a refresh finishes', async () => {
    server.set('/a.xml', { body: rss('Feed A', [{ guid: 'a1', title: 'One' }]) });
    const feed = await client.request('addFeed', { url: server.url('/a.xml') });
    server.set('/a.xml', { body: rss('Feed A', [{ guid: 'a1', title: 'One' }, { guid: 'a2', title: 'Two' }, { guid: 'a3', title: 'Three' }]) });
    await client.request('refresh', {});
    expect(refreshed.at(-1)).toEqual([{ feedId: feed.id, count: 2, title: '' }]);
  });

  it('fails every waiting call at once when the core goes away', async () => {
    const silent = new CoreClient(() => undefined);
    const pending = [silent.call('listFeeds', {}), silent.call('getSettings', {})];
    silent.failAll('the core stopped');
    expect(await Promise.all(pending)).toEqual([
      { ok: false, error: { code: 'internal', message: 'the core stopped' } },
      { ok: false, error: { code: 'internal', message: 'the core stopped' } },
    ]);
  });

  it('answers an error instead of throwing when the core cannot be reached', async () => {
    const broken = new CoreClient(() => {
      throw new Error('port closed');
    });
    expect(await broken.call('listFeeds', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
