// The bundled core process (dist/shell/core.mjs, what utilityProcess.fork starts) run for real under
// Node: Electron's process.parentPort is stood in for by fork's IPC channel (support/parent-port-shim.mjs),
// everything else is the shipped code on a real library file.
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoreClient, isFromCore, type FromCore } from '../../electron/shell/core-link';
import { ShellView, type NewArticles, type ShellState } from '../../electron/shell/shell-view';
import { FeedServer, rss } from '../support/feed-server';
import { tempDir } from '../support/temp';

describe('the core process', () => {
  let dir: ReturnType<typeof tempDir>;
  let child: ChildProcess;
  let client: CoreClient;
  let view: ShellView;
  const events: FromCore[] = [];
  const states: ShellState[] = [];
  const notified: NewArticles[][] = [];

  function start(env: Record<string, string>): void {
    child = fork('dist/shell/core.mjs', [], {
      execArgv: ['--import', new URL('./support/parent-port-shim.mjs', import.meta.url).href],
      env: { ...process.env, ...env },
      serialization: 'advanced',
      stdio: 'inherit',
    });
    client = new CoreClient((message) => child.send(message));
    // What the main process shows outside the window, kept from the core's live events (main.ts).
    view = new ShellView({
      request: (name, input) => client.request(name, input),
      onState: (state) => states.push(state),
      onNewArticles: (added) => notified.push(added),
    });
    child.on('message', (message: unknown) => {
      if (!isFromCore(message) || client.receive(message)) return;
      events.push(message);
      if (message.kind === 'event') view.hear(message.event);
    });
  }

  const exited = () => new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)));

  beforeEach(() => {
    dir = tempDir('tidings-core-process-');
    events.length = 0;
    states.length = 0;
    notified.length = 0;
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
      totals: { unread: 0, starred: 0, liked: 0, notes: 0, filtered: 0 },
      accounts: [{ id: 1, kind: 'local', title: 'On this computer', feedIds: [], folderIds: [] }],
    });
    await view.start();
    expect(states.at(-1)).toMatchObject({ unread: 0, settings: { theme: 'system' } });

    await client.request('updateSettings', { theme: 'dark' });
    await expect.poll(() => states.at(-1)).toMatchObject({ settings: { theme: 'dark' } });

    child.send({ kind: 'stop' });
    expect(await exited()).toBe(0);
    // Closed cleanly: the WAL was checkpointed away.
    expect(existsSync(`${dbFile}-wal`)).toBe(false);
  });

  it('tells each refresh by live events: the new articles per feed, titled, for the notification, and the unread count', async () => {
    const server = await new FeedServer().start();
    try {
      server.set('/a.xml', { body: rss('Harbour news', [{ guid: 'a1', title: 'One' }]) });
      start({ TIDINGS_CORE_DB: dir.file('library.db') });
      const feed = await client.request('addFeed', { url: server.url('/a.xml') });
      await view.start();
      server.set('/a.xml', { body: rss('Harbour news', [{ guid: 'a1', title: 'One' }, { guid: 'a2', title: 'Two' }]) });
      await client.request('refresh', {});
      await expect.poll(() => notified.at(-1), { timeout: 10_000 }).toEqual([{ feedId: feed.id, title: 'Harbour news', count: 1 }]);
      expect(notified).toHaveLength(1);
      await expect.poll(() => states.at(-1), { timeout: 10_000 }).toMatchObject({ unread: 2 });
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
