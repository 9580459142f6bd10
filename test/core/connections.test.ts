// The library file has more than one writer: the main thread's connection and the store worker's
// (parse-pool.ts). These pin what makes that safe.
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { Store, connectionOf } from '../../electron/core/store';
import { migrations } from '../../electron/core/store/migrations';
import { withTempStore } from '../support/temp-store';

const temp = withTempStore();

it('holds the write lock from the first statement of a transaction, so reading first never makes its write fail', () => {
  const other = new Database(temp.file);
  other.pragma('busy_timeout = 0');
  try {
    const added = temp.store.transaction(() => {
      temp.store.feeds.rows(); // a read first: begun DEFERRED, this would only have taken a snapshot
      // The other connection cannot slip a write in between; begun DEFERRED, it could, and the
      // write below would fail with SQLITE_BUSY_SNAPSHOT, which no waiting cures.
      expect(() => other.prepare("INSERT INTO settings (key, value) VALUES ('slipped', '1')").run()).toThrow(/locked|busy/i);
      return temp.store.feeds.add({ url: 'https://example.org/feed.xml' });
    });
    expect(temp.store.feeds.get(added)?.url).toBe('https://example.org/feed.xml');
  } finally {
    other.close();
  }
});

it('opens a second connection to a library without migrating it, and refuses one of another schema', () => {
  const second = Store.open(temp.file, { existing: true });
  try {
    second.feeds.add({ url: 'https://example.org/second.xml' });
    expect(temp.store.feeds.rows().map((feed) => feed.url)).toEqual(['https://example.org/second.xml']);
  } finally {
    second.close();
  }
  connectionOf(temp.store).pragma(`user_version = ${migrations.length - 1}`);
  expect(() => Store.open(temp.file, { existing: true })).toThrow(/schema is \d+, this connection expected \d+/);
});
