import { spawn, spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store, connectionOf } from '../../electron/core/store';
import { tidings as tidingsAsync } from '../support/cli';
import { startServe, type RunningServe } from '../support/serve';
import { tempDir } from '../support/temp';

const tidings = (args: string[]) => spawnSync(process.execPath, ['bin/tidings.mjs', ...args], { encoding: 'utf8' });

describe('tidings restore', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.remove());

  it('puts a backup in place of the library and keeps the replaced library aside', async () => {
    const library = dir.file('tidings.db');
    const backup = dir.file('saved.db');
    const store = Store.open(library);
    store.feeds.add({ url: 'https://example.org/kept' });
    await connectionOf(store).backup(backup);
    store.feeds.add({ url: 'https://example.org/after-backup' });
    store.close();

    const result = tidings(['--db', library, 'restore', backup, '--json']);

    expect(result.stderr).toBe('');
    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({ restored: backup, library, feeds: 1 });
    expect(existsSync(summary.keptAside)).toBe(true);
    const restored = Store.open(library);
    expect(restored.feeds.rows().map((feed) => feed.url)).toEqual(['https://example.org/kept']);
    restored.close();
  });

  it('refuses a file that is not a library and changes nothing', () => {
    const library = dir.file('tidings.db');
    Store.open(library).close();
    const junk = dir.file('junk.db');
    writeFileSync(junk, 'not a database at all');
    const result = tidings(['--db', library, 'restore', junk]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/^tidings: .*not a readable Tidings library.*nothing was changed/);
    expect(existsSync(library)).toBe(true);
  });

  describe('while another process has the library open', () => {
    let serve: RunningServe | null = null;
    afterEach(async () => {
      await serve?.stop('SIGKILL');
      serve = null;
    });

    async function libraryAndBackup(): Promise<{ library: string; backup: string }> {
      const library = dir.file('tidings.db');
      const backup = dir.file('saved.db');
      const store = Store.open(library);
      store.feeds.add({ url: 'https://example.org/kept' });
      await connectionOf(store).backup(backup);
      store.feeds.add({ url: 'https://example.org/after-backup' });
      store.close();
      return { library, backup };
    }
    const asideFiles = () => readdirSync(dir.path).filter((name) => name.includes('before-restore') && !/-(wal|shm)$/.test(name));

    it('refuses while tidings serve uses the library, says which process and how to stop it, and changes nothing', async () => {
      const { library, backup } = await libraryAndBackup();
      serve = await startServe(library);
      const before = readFileSync(library);

      const refused = await tidingsAsync(['--db', library, 'restore', backup]);

      expect(refused.status).toBe(1);
      expect(refused.stdout).toBe('');
      const pid = serve.child.pid as number;
      expect(refused.stderr).toBe(
        `tidings: cannot restore ${backup}: ${library} is open in tidings serve (process ${pid}). ` +
          `Stop it first (press Ctrl+C where it runs, or: kill ${pid}), then try again. Nothing was changed.\n`,
      );
      expect(asideFiles()).toEqual([]);
      expect(readFileSync(library).equals(before)).toBe(true);

      // Stopped as a person would (Ctrl+C), the library is free: the restore goes through.
      await serve.stop('SIGINT');
      serve = null;
      const restored = await tidingsAsync(['--db', library, 'restore', backup, '--json']);
      expect(restored.stderr).toBe('');
      expect(JSON.parse(restored.stdout)).toMatchObject({ feeds: 1 });
      expect(asideFiles()).toHaveLength(1);
    });

    it('is not blocked for ever by a server that was killed without closing', async () => {
      const { library, backup } = await libraryAndBackup();
      serve = await startServe(library);
      await serve.stop('SIGKILL');
      serve = null;
      expect(readdirSync(dir.path).some((name) => name.startsWith('tidings.db.in-use-'))).toBe(true);

      const restored = await tidingsAsync(['--db', library, 'restore', backup, '--json']);

      expect(restored.stderr).toBe('');
      expect(restored.status).toBe(0);
      expect(readdirSync(dir.path).some((name) => name.startsWith('tidings.db.in-use-'))).toBe(false);
    });

    it('keeps a server from opening the library while a restore replaces it', async () => {
      const { library } = await libraryAndBackup();
      // A restore under way, as another process: its note says it is replacing the file.
      const restoring = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
      try {
        writeFileSync(
          `${library}.in-use-${restoring.pid}`,
          JSON.stringify({ pid: restoring.pid, what: 'tidings restore', stop: 'wait for it to finish', replacing: true, host: hostname() }),
        );
        await expect(startServe(library)).rejects.toThrow(/is being replaced by tidings restore \(process \d+\); try again when it has finished/);
      } finally {
        restoring.kill('SIGKILL');
      }
    });
  });
});
