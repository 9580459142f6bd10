import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/core';
import { Store, connectionOf } from '../../electron/core/store';
import { backupsDir, dailyBackup, isHealthy, rotate } from '../../electron/core/store/backups';
import { migrations } from '../../electron/core/store/migrations';
import { tempDir } from '../support/temp';

/** Garbage over the pages after the first: what a bad disk or a torn copy leaves behind. */
function damage(file: string): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(16 * 4096, 0x5a), 0, 16 * 4096, 4096);
  closeSync(fd);
}

describe('backups', () => {
  let dir: ReturnType<typeof tempDir>;
  let file: string;

  beforeEach(() => {
    dir = tempDir();
    file = dir.file('tidings.db');
  });
  afterEach(() => dir.remove());

  function libraryWithAFeed(): void {
    const store = Store.open(file);
    store.feeds.add({ url: 'https://example.org/feed', folderPath: ['News'] });
    store.close();
  }

  it('takes one complete backup a day', async () => {
    libraryWithAFeed();
    const store = Store.open(file);
    const now = Date.parse('2024-06-01T10:00:00Z');
    const first = await dailyBackup(connectionOf(store), file, now);
    const again = await dailyBackup(connectionOf(store), file, now + 3_600_000);
    store.close();
    expect(first.file).toBe(join(backupsDir(file), 'tidings-2024-06-01.db'));
    expect(again.file).toBeNull();
    expect(isHealthy(first.file!)).toBe(true);
    const copy = new Database(first.file!, { readonly: true });
    expect(copy.prepare('SELECT url FROM feeds').all()).toEqual([{ url: 'https://example.org/feed' }]);
    copy.close();
  });

  it('keeps seven daily backups and the newest of each of the four weeks before them', () => {
    const folder = dir.file('backups');
    const days = Array.from({ length: 60 }, (_, index) => new Date(Date.UTC(2024, 0, 1 + index)).toISOString().slice(0, 10));
    mkdirSync(folder);
    for (const day of days) writeFileSync(join(folder, `tidings-${day}.db`), '');
    rotate(folder);
    const kept = readdirSync(folder).sort();
    expect(kept).toHaveLength(11);
    expect(kept.slice(-7)).toEqual(days.slice(-7).map((day) => `tidings-${day}.db`));
    // The four weekly ones are the newest of their ISO weeks (Sundays), before the daily ones.
    expect(kept.slice(0, 4)).toEqual(['tidings-2024-02-04.db', 'tidings-2024-02-11.db', 'tidings-2024-02-18.db', 'tidings-2024-02-22.db']);
  });

  it('copies the library before a migration changes it', () => {
    const old = new Database(file);
    old.exec(migrations[0]!);
    old.pragma('user_version = 1');
    old.prepare("INSERT INTO feeds (url, created_at) VALUES ('https://example.org/old', 0)").run();
    old.close();

    Store.open(file).close();

    const [backup] = readdirSync(backupsDir(file)).filter((name) => name.startsWith('tidings-before-schema-2-'));
    expect(backup).toBeDefined();
    const copy = new Database(join(backupsDir(file), backup!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT url FROM feeds').all()).toEqual([{ url: 'https://example.org/old' }]);
    copy.close();
  });

  it('restores the newest good backup when the library is damaged, keeps the damaged file and says so', async () => {
    libraryWithAFeed();
    const store = Store.open(file);
    await dailyBackup(connectionOf(store), file);
    store.close();
    damage(file);
    expect(isHealthy(file)).toBe(false);

    const core = openCore({ dbFile: file });
    try {
      expect(core.notices).toHaveLength(1);
      expect(core.notices[0]).toMatchObject({ kind: 'restored-from-backup', message: expect.stringMatching(/restored the backup/) });
      expect(existsSync(core.notices[0]!.damagedFile)).toBe(true);
      expect(core.store.feeds.rows().map((feed) => feed.url)).toEqual(['https://example.org/feed']);
      expect(connectionOf(core.store).pragma('quick_check', { simple: true })).toBe('ok');
    } finally {
      core.close();
    }
  });

  it('starts a new library when the damaged one has no backup, keeping the damaged file', () => {
    // A library, damaged: a file that never was one is refused instead (library-file.test.ts).
    libraryWithAFeed();
    damage(file);
    expect(existsSync(backupsDir(file))).toBe(false);
    const core = openCore({ dbFile: file });
    try {
      expect(core.notices[0]).toMatchObject({ kind: 'started-empty', backup: null });
      expect(existsSync(core.notices[0]!.damagedFile)).toBe(true);
      expect(core.store.feeds.rows()).toEqual([]);
    } finally {
      core.close();
    }
  });
});
