// Deleted articles give their disk space back: a new library is made with incremental vacuum,
// and maintenance returns free pages a slice at a time.
import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store, connectionOf } from '../../electron/core/store';
import { returnFreeSpace } from '../../electron/core/store/free-space';
import { feedOf, item, noValidators } from '../support/items';
import { tempDir } from '../support/temp';

describe('free space', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.remove());

  it('gives the space of a removed feed back to the disk, a slice at a time', () => {
    const file = dir.file('library.db');
    const store = Store.open(file);
    try {
      expect(connectionOf(store).pragma('auto_vacuum', { simple: true })).toBe(2);
      const feedId = store.feeds.add({ url: 'https://example.org/long' });
      const items = Array.from({ length: 900 }, (_, index) =>
        item(`long-${index}`, { content: `<p>${`Paragraph ${index} of a long article about tides. `.repeat(400)}</p>` }),
      );
      store.feeds.saveFetched(feedId, feedOf(items), noValidators);
      connectionOf(store).pragma('wal_checkpoint(TRUNCATE)');
      const full = statSync(file).size;

      store.feeds.remove(feedId);
      connectionOf(store).pragma('wal_checkpoint(TRUNCATE)');
      expect(statSync(file).size).toBe(full); // SQLite keeps freed pages for reuse
      const free = connectionOf(store).pragma('freelist_count', { simple: true }) as number;
      const firstSlice = returnFreeSpace(connectionOf(store));
      while (returnFreeSpace(connectionOf(store)) > 0);
      connectionOf(store).pragma('wal_checkpoint(TRUNCATE)');

      expect(firstSlice).toBeGreaterThan(0);
      expect(firstSlice).toBeLessThan(free); // never all at once
      expect(statSync(file).size).toBeLessThan(full / 4);
      expect(connectionOf(store).pragma('quick_check', { simple: true })).toBe('ok');
    } finally {
      store.close();
    }
  });

  it('leaves a file made without incremental vacuum alone', () => {
    const db = new Database(dir.file('old.db'));
    try {
      db.exec('CREATE TABLE t (x TEXT)');
      db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(10_000_000));
      db.exec('DELETE FROM t');
      expect(db.pragma('freelist_count', { simple: true })).toBeGreaterThan(2048);
      expect(returnFreeSpace(db)).toBe(0);
    } finally {
      db.close();
    }
  });
});
