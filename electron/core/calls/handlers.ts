// The contract's calls: the one place they are handled. Each area's calls are in a file of their
// own beside this one; this spreads them into the one map both hosts (IPC and HTTP) run through
// shared/dispatch.ts. Nothing here knows which host called.
import type { Handlers } from '../../../shared/contract';
import type { LibraryNotice, SearchResult } from '../../../shared/model';
import { readFeedDocument } from '../refresh/read-feed';
import type { FeedReader } from '../refresh/ingest';
import type { Refresher } from '../refresh/refresher';
import type { LibraryServiceOptions } from '../library/service';
import { OfflineReading } from '../offline/offline-reading';
import { FeedIcons } from '../icons/feed-icons';
import type { SearchInput, Store } from '../store';
import { articleHandlers } from './articles';
import { feedHandlers } from './feeds';
import { iconHandlers } from './icons';
import { keepingHandlers } from './keeping';
import { libraryHandlers } from './library';
import { offlineHandlers } from './offline';
import { refreshHandlers } from './refresh';
import { retentionHandlers } from './retention';
import { ruleHandlers } from './rules';
import { savedSearchHandlers } from './saved-searches';
import { settingsHandlers } from './settings';
import { sharingHandlers, type SharingServices } from './sharing';
import { syncHandlers } from './sync';
import { SyncEngine } from '../sync/engine';

/** What the calls work with. Only the store and the refresher are required; tests leave out the rest. */
export interface CallServices {
  store: Store;
  refresher: Refresher;
  /** Reads a fetched document into a feed (a parse worker's, in the core); default: on this thread. */
  read?: FeedReader;
  /** What the person must be told about the library itself, from opening it. */
  notices?: readonly LibraryNotice[];
  offline?: OfflineReading;
  sharing?: SharingServices;
  icons?: FeedIcons;
  library?: LibraryServiceOptions;
  /** Searches off this thread (workers/search-pool.ts); without it they run on the store's connection. */
  search?: (input: SearchInput) => Promise<SearchResult>;
  /** Sync with Google Reader API servers; default: an engine writing on this thread. */
  sync?: SyncEngine;
}

export function createHandlers(services: CallServices): Handlers {
  const { store, refresher } = services;
  const offline = services.offline ?? new OfflineReading(store);
  const icons = services.icons ?? new FeedIcons(store);
  return {
    ...feedHandlers(store, services.read ?? readFeedDocument, icons),
    ...articleHandlers(store, offline, services.search),
    ...refreshHandlers(refresher, services.notices ?? []),
    ...settingsHandlers(store),
    ...libraryHandlers(store, services.library),
    ...offlineHandlers(offline),
    ...sharingHandlers(store, offline, services.sharing),
    ...keepingHandlers(store, offline),
    ...retentionHandlers(store),
    ...iconHandlers(icons),
    ...savedSearchHandlers(store),
    ...ruleHandlers(store),
    ...syncHandlers(store, services.sync ?? new SyncEngine(store)),
  };
}
