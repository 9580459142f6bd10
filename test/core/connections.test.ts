// The library file has more than one writer: the main thread's connection and the store worker's
// (parse-pool.ts). These pin what makes that safe.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { Store, connectionOf } from '../../electron/core/store';
import { migrations } from '../../electron/core/store/migrations';
import { tempDir } from '../support/temp';

let dir: ReturnType<typeof tempDir>;
let store: Store;
beforeEach(() => {
  dir = tempDir();
  store = Store.open(dir.file('library.db'));
});
afterEach(() => {
  store.close();
  dir.remove();
});

it('holds the write lock from the first statement of a transaction, so reading first never makes its write fail', () => {
  const other = new Database(dir.file('library.db'));
  other.pragma('busy_timeout = 0');
  try {
    const added = store.transaction(() => {
      store.feeds.rows(); // a read first: begun DEFERRED, this would only have taken a snapshot
      // The other connection cannot slip a write in between; begun DEFERRED, it could, and the
      // write below would fail with SQLITE_BUSY_SNAPSHOT, which no waiting cures.
      expect(() => other.prepare("INSERT INTO settings (key, value) VALUES ('slipped', '1')").run()).toThrow(/locked|busy/i);
      return store.feeds.add({ url: 'https://example.org/feed.xml' });
    });
    expect(store.feeds.get(added)?.url).toBe('https://example.org/feed.xml');
  } finally {
    other.close();
  }
});

it('opens a second connection to a library without migrating it, and refuses one of another schema', () => {
  const second = Store.open(dir.file('library.db'), { existing: true });
  try {
    second.feeds.add({ url: 'https://example.org/second.xml' });
    expect(store.feeds.rows().map((feed) => feed.url)).toEqual(['https://example.org/second.xml']);
  } finally {
    second.close();
  }
  connectionOf(store).pragma(`user_version = ${migrations.length - 1}`);
  expect(() => Store.open(dir.file('library.db'), { existing: true })).toThrow(/schema is \d+, this connection expected \d+/);
});
