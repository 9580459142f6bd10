// The one table that turns SQLite's result codes into what is wrong with the library, and the words
// a person reads for each. The codes are pinned one by one; the common ones are also raised for real
// (a full file, a read-only connection, a lock held by another connection, a file that is not one).
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../electron/core/store';
import {
  explainStorageError,
  isDamage,
  storageProblem,
  StorageUnavailable,
  type StorageProblem,
} from '../../electron/core/store/storage-errors';
import { TidingsError } from '../../shared/errors';
import { tempDir } from '../support/temp';

const withCode = (code: string) => Object.assign(new Error(`${code}: as SQLite says it`), { code });

const thrownBy = (work: () => unknown): unknown => {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected it to throw');
};

describe('storage errors', () => {
  it.each<[string, StorageProblem | null]>([
    ['SQLITE_FULL', 'full'],
    ['SQLITE_READONLY', 'read-only'],
    ['SQLITE_READONLY_DBMOVED', 'read-only'],
    ['SQLITE_IOERR', 'io'],
    ['SQLITE_IOERR_WRITE', 'io'],
    ['SQLITE_IOERR_FSYNC', 'io'],
    ['SQLITE_BUSY', 'locked'],
    ['SQLITE_BUSY_SNAPSHOT', 'locked'],
    ['SQLITE_LOCKED', 'locked'],
    ['SQLITE_CORRUPT', 'damaged'],
    ['SQLITE_CORRUPT_INDEX', 'damaged'],
    ['SQLITE_NOTADB', 'damaged'],
    ['SQLITE_CONSTRAINT_UNIQUE', null],
    ['SQLITE_ERROR', null],
    ['SQLITE_FULLY_MADE_UP', null],
    ['ENOSPC', null],
    ['not_found', null],
  ])('classifies %s as %s', (code, problem) => {
    expect(storageProblem(withCode(code))).toBe(problem);
    expect(isDamage(withCode(code))).toBe(problem === 'damaged');
  });

  it('leaves errors without a code, and non-errors, alone', () => {
    const plain = new Error('database or disk is full');
    expect(storageProblem(plain)).toBeNull();
    expect(explainStorageError(plain)).toBe(plain);
    expect(explainStorageError('a string')).toBe('a string');
    expect(explainStorageError(null)).toBeNull();
  });

  it.each<[string, RegExp]>([
    ['SQLITE_FULL', /disk that holds your library is full.*Nothing was lost; free some space/],
    ['SQLITE_READONLY', /read-only.*Nothing was lost; make it writable again/],
    ['SQLITE_IOERR_WRITE', /reported an error.*Nothing was lost; check the drive/],
    ['SQLITE_BUSY', /Another program kept your library busy.*Nothing was lost; try again/],
    ['SQLITE_NOTADB', /damaged.*restores the newest good backup/],
  ])('says %s in plain words, as unavailable, keeping SQLite\'s own words as the detail', (code, words) => {
    const explained = explainStorageError(withCode(code));
    expect(explained).toBeInstanceOf(StorageUnavailable);
    expect(explained).toBeInstanceOf(TidingsError);
    const { code: errorCode, message, detail } = explained as StorageUnavailable;
    expect(errorCode).toBe('unavailable');
    expect(message).toMatch(words);
    expect(detail).toBe(`${code}: as SQLite says it`);
    expect(explainStorageError(explained)).toBe(explained);
  });

  describe('raised by SQLite itself', () => {
    let dir: ReturnType<typeof tempDir>;
    beforeEach(() => {
      dir = tempDir();
    });
    afterEach(() => dir.remove());

    it('knows a full file', () => {
      const store = Store.open(dir.file('library.db'));
      store.pragma(`max_page_count = ${(store.pragma('page_count') as [{ page_count: number }])[0].page_count}`);
      const error = thrownBy(() => store.feeds.add({ url: `https://example.org/${'x'.repeat(20_000)}` }));
      store.close();
      expect(storageProblem(error)).toBe('full');
    });

    it('knows a read-only connection', () => {
      const file = dir.file('library.db');
      Store.open(file).close();
      const store = Store.open(file, { readonly: true });
      const error = thrownBy(() => store.settings.update({ theme: 'dark' }));
      store.close();
      expect(storageProblem(error)).toBe('read-only');
    });

    it('knows a library another connection keeps locked', () => {
      const file = dir.file('library.db');
      const holder = Store.open(file);
      const waiter = Store.open(file);
      waiter.pragma('busy_timeout = 0');
      const error = holder.transaction(() => {
        holder.settings.update({ theme: 'dark' });
        return thrownBy(() => waiter.settings.update({ theme: 'light' }));
      });
      holder.close();
      waiter.close();
      expect(storageProblem(error)).toBe('locked');
    });

    it('knows a file that is not a database', () => {
      const file = dir.file('library.db');
      writeFileSync(file, Buffer.alloc(8192, 7));
      const error = thrownBy(() => Store.open(file));
      expect(storageProblem(error)).toBe('damaged');
      expect(isDamage(error)).toBe(true);
    });
  });
});
