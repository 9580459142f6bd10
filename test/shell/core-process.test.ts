// The bundled core process (dist/shell/core.mjs, what utilityProcess.fork starts) run for real under
// Node: Electron's process.parentPort is stood in for by fork's IPC channel (support/parent-port-shim.mjs),
// everything else is the shipped code on a real library file.
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoreClient, isFromCore, type FromCore } from '../../electron/shell/core-link';
import { FeedServer, rss } from '../support/feed-server';
import { tempDir } from '../support/temp';

describe('the core process', () => {
  let dir: ReturnType<typeof tempDir>;
  let child: ChildProcess;
  let client: CoreClient;
  const events: FromCore[] = [];

  function start(env: Record<string, string>): void {
    child = fork('dist/shell/core.mjs', [], {
      execArgv: ['--import', new URL('./support/parent-port-shim.mjs', import.meta.url).href],
      env: { ...process.env, ...env },
      serialization: 'advanced',
      stdio: 'inherit',
    });
    client = new CoreClient((message) => child.send(message));
    child.on('message', (message: unknown) => {
      if (isFromCore(message) && !client.receive(message)) events.push(message);
    });
  }

  const exited = () => new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)));

  beforeEach(() => {
    dir = tempDir('tidings-core-process-');
    events.length = 0;
  });

  afterEach(() => {
    if (child.exitCode === null) child.kill();
    dir.remove();
  });

  it('opens the library, answers calls, reports the unread count and settings, and closes when asked', async () => {
    const dbFile = dir.file('library.db');
    start({ TIDINGS_CORE_DB: dbFile });
    expect(await client.request('listFeeds', {})).toEqual({
      folders: [],
      feeds: [],
      inactiveFeeds: [],
      labels: [],
      totals: { unread: 0, starred: 0, liked: 0, notes: 0 },
    });
    await expect.poll(() => events.find((event) => event.kind === 'state')).toMatchObject({ kind: 'state', state: { unread: 0, settings: { theme: 'system' } } });

    await client.request('updateSettings', { theme: 'dark' });
    await expect.poll(() => events.filter((event) => event.kind === 'state').at(-1)).toMatchObject({ state: { settings: { theme: 'dark' } } });

    child.send({ kind: 'stop' });
    expect(await exited()).toBe(0);
    // Closed cleanly: the WAL was checkpointed away.
    expect(existsSync(`${dbFile}-wal`)).toBe(false);
  });

  it('reports each refresh with the new articles per feed, titled, for the notification', async () => {
    const server = await new FeedServer().start();
    try {
      server.set('/a.xml', { body: rss('Harbour news', [{ guid: 'a1', title: 'One' }]) });
      start({ TIDINGS_CORE_DB: dir.file('library.db') });
      const feed = await client.request('addFeed', { url: server.url('/a.xml') });
      server.set('/a.xml', { body: rss('Harbour news', [{ guid: 'a1', title: 'One' }, { guid: 'a2', title: 'Two' }]) });
      await client.request('refresh', {});
      await expect
        .poll(() => events.filter((event) => event.kind === 'refreshed').at(-1))
        .toMatchObject({ kind: 'refreshed', result: { newArticles: 1 }, added: [{ feedId: feed.id, title: 'Harbour news', count: 1 }] });
      await expect.poll(() => events.filter((event) => event.kind === 'state').at(-1)).toMatchObject({ state: { unread: 2 } });
    } finally {
      await server.stop();
    }
  });

  it('says so when it has no library to open, and waits to be stopped rather than exit as if it crashed', async () => {
    start({ TIDINGS_CORE_DB: '' });
    // Loading the bundle takes a few seconds on a busy machine.
    await expect.poll(() => events.find((event) => event.kind === 'failed'), { timeout: 20_000 }).toMatchObject({ kind: 'failed' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(child.exitCode).toBeNull();
    child.send({ kind: 'stop' });
    expect(await exited()).toBe(0);
  });
});
