// The shared set-up itself: each test gets an empty library of its own, and nothing is left behind.
// The tests of a block run in order, so a later one can look at what an earlier one left.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withTempCore, withTempStore } from './temp-store';

const feed = { url: 'https://example.org/feed.xml' };

describe('withTempStore', () => {
  const temp = withTempStore();
  const folders: string[] = [];

  it('opens an empty library at library.db in a fresh folder', () => {
    expect(temp.file).toBe(temp.dir.file('library.db'));
    expect(temp.store.file).toBe(temp.file);
    expect(temp.store.feeds.rows()).toEqual([]);
    temp.store.feeds.add(feed);
    folders.push(temp.dir.path);
  });

  it('gives the next test another empty library and removes the last one’s folder', () => {
    expect(temp.dir.path).not.toBe(folders[0]);
    expect(existsSync(folders[0]!)).toBe(false);
    expect(temp.store.feeds.rows()).toEqual([]);
  });
});

describe('withTempStore once', () => {
  const temp = withTempStore({ clock: () => Date.parse('2024-06-01T12:00:00Z'), once: true });
  const folders: string[] = [];

  it('keeps one library for the block', () => {
    temp.store.feeds.add(feed);
    folders.push(temp.dir.path);
  });

  it('still has what the first test wrote', () => {
    expect(temp.dir.path).toBe(folders[0]);
    expect(temp.store.feeds.rows().map((row) => row.url)).toEqual([feed.url]);
  });
});

describe('withTempCore', () => {
  const temp = withTempCore({ outbox: { run: false }, icons: false });
  const folders: string[] = [];

  it('opens a core on library.db in a fresh folder', () => {
    expect(temp.store).toBe(temp.core.store);
    expect(temp.store.file).toBe(temp.file);
    temp.store.feeds.add(feed);
    folders.push(temp.dir.path);
  });

  it('closes the last core and removes its folder', () => {
    expect(temp.dir.path).not.toBe(folders[0]);
    expect(existsSync(folders[0]!)).toBe(false);
    expect(temp.store.feeds.rows()).toEqual([]);
  });
});

describe('read outside a test', () => {
  const temp = withTempStore();
  let error: unknown;
  try {
    void temp.store;
  } catch (thrown) {
    error = thrown;
  }

  it('says plainly that the library is there only while a test runs', () => {
    expect(error).toEqual(new Error('The temporary library is open only while a test or its hooks run; read it there.'));
  });
});
