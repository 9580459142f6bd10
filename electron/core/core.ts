// The core as one object: the store, the refresher and the contract's handlers. The shell, the
// web host and the CLI each open one of these; none of them reaches past it.
import type { Handlers } from '../../shared/contract';
import { createHandlers } from './handlers';
import { Refresher, type RefresherOptions } from './refresher';
import type { Store } from './store';
import type { LibraryDamageNotice } from '../../shared/model';
import { openLibrary } from './open-library';
import type { FetchedDocument } from './feed-types';
import { ParsePool } from './parse-pool';
import { withStorageErrorsExplained } from './storage-guard';

export interface CoreOptions {
  dbFile: string;
  nativeBinding?: string;
  refresh?: RefresherOptions;
}

export interface Core {
  store: Store;
  refresher: Refresher;
  handlers: Handlers;
  /** What the person must be told about the library itself (e.g. restored from a backup). */
  notices: LibraryDamageNotice[];
  close(): void;
}

export function openCore(options: CoreOptions): Core {
  const { store, notice } = openLibrary(options.dbFile, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  const notices = notice ? [notice] : [];
  const parsers = new ParsePool();
  const read = (document: FetchedDocument) => parsers.read(document);
  const refresher = new Refresher(store, { read, ...options.refresh });
  return {
    store,
    refresher,
    handlers: withStorageErrorsExplained(createHandlers(store, refresher, read, notices)),
    notices,
    close: () => {
      void parsers.close();
      store.close();
    },
  };
}
