// A library in a fresh temporary folder for each test (or, with `once`, for the block), closed and
// removed after it: the set-up most store and core tests share. Call it at the top of a file or a
// `describe`, before the block's own hooks that use the library, and read its fields inside tests
// and hooks (they change with each test). Tests with other needs (several libraries, reopening the
// file, other open options) open their own with `tempDir()`.
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { openCore, type Core, type CoreOptions } from '../../electron/core/core';
import { Store } from '../../electron/core/store';
import { tempDir } from './temp';

export type TempDir = ReturnType<typeof tempDir>;

interface Lifetime {
  /** Prefix of the temporary folder's name. */
  prefix?: string;
  /** One library for every test of the block (beforeAll/afterAll), where the tests only read it. */
  once?: boolean;
}

export interface TempLibrary {
  readonly dir: TempDir;
  /** The library's file, `library.db` in `dir`. */
  readonly file: string;
}

export interface TempStore extends TempLibrary {
  readonly store: Store;
}

export interface TempCore extends TempLibrary {
  readonly core: Core;
  /** The core's store. */
  readonly store: Store;
}

const libraryName = 'library.db';

/** Registers the hooks that open `open(file)` in a fresh folder and close it; returns a reader of the current one. */
function withTempLibrary<T extends { close(): void }>(lifetime: Lifetime, open: (file: string) => T): () => { dir: TempDir; opened: T } {
  let current: { dir: TempDir; opened: T } | null = null;
  const setUp = (): void => {
    const dir = tempDir(lifetime.prefix);
    try {
      current = { dir, opened: open(dir.file(libraryName)) };
    } catch (error) {
      dir.remove();
      throw error;
    }
  };
  const tearDown = (): void => {
    const last = current;
    current = null;
    if (!last) return;
    try {
      last.opened.close();
    } finally {
      last.dir.remove();
    }
  };
  (lifetime.once ? beforeAll : beforeEach)(setUp);
  (lifetime.once ? afterAll : afterEach)(tearDown);
  return () => {
    if (!current) throw new Error('The temporary library is open only while a test or its hooks run; read it there.');
    return current;
  };
}

/** A `Store` on `library.db` in a fresh temporary folder; `clock` is passed to `Store.open`. */
export function withTempStore(options: Lifetime & { clock?: () => number } = {}): TempStore {
  const { clock } = options;
  const current = withTempLibrary(options, (file) => Store.open(file, clock ? { clock } : {}));
  return {
    get dir() {
      return current().dir;
    },
    get file() {
      return current().dir.file(libraryName);
    },
    get store() {
      return current().opened;
    },
  };
}

/** A `Core` (`openCore`) on `library.db` in a fresh temporary folder, with the other options given. */
export function withTempCore(options: Lifetime & Omit<CoreOptions, 'dbFile'> = {}): TempCore {
  const { prefix, once, ...coreOptions } = options;
  const current = withTempLibrary({ ...(prefix ? { prefix } : {}), ...(once ? { once } : {}) }, (dbFile) =>
    openCore({ ...coreOptions, dbFile }),
  );
  return {
    get dir() {
      return current().dir;
    },
    get file() {
      return current().dir.file(libraryName);
    },
    get core() {
      return current().opened;
    },
    get store() {
      return current().opened.store;
    },
  };
}
