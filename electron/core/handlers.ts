// The contract's calls, implemented over the store and the refresher. Both hosts (IPC and HTTP)
// run these through shared/dispatch.ts; nothing here knows which host called.
import type { Handlers } from '../../shared/contract';
import type { LibraryNotice } from '../../shared/model';
import { TidingsError } from '../../shared/errors';
import { readFeedDocument } from './read-feed';
import type { FeedReader } from './ingest';
import { addSubscription, findFeeds } from './subscribe';
import { Cancellable } from './cancellable';
import type { Refresher } from './refresher';
import { libraryHandlers } from './library/handlers';
import type { LibraryServiceOptions } from './library/service';
import { offlineHandlers } from './offline/handlers';
import { OfflineReading } from './offline/offline-reading';
import { sharingHandlers, type SharingServices } from './sharing/handlers';
import { keepingHandlers } from './keeping-handlers';
import { retentionHandlers } from './retention-handlers';
import { FeedIcons } from './icons/feed-icons';
import { iconHandlers } from './icons/handlers';
import { ruleHandlers } from './rules/handlers';
import { splitFolderPath, type ReadMarks, type SearchInput, type Store } from './store';
import { UndoTokens } from './undo-tokens';
import type { SearchResult } from '../../shared/model';

export function createHandlers(
  store: Store,
  refresher: Refresher,
  read?: FeedReader,
  notices: readonly LibraryNotice[] = [],
  offline: OfflineReading = new OfflineReading(store),
  sharing?: SharingServices,
  icons: FeedIcons = new FeedIcons(store),
  library: LibraryServiceOptions = {},
  /** Searches off this thread (search-pool.ts); without it they run here, on the store's connection. */
  search?: (input: SearchInput) => Promise<SearchResult>,
): Handlers {
  const reader = read ?? readFeedDocument;
  const sharingCalls = sharingHandlers(store, sharing);
  const keepingCalls = keepingHandlers(store);
  const readUndo = new UndoTokens<ReadMarks>();
  const adding = new Cancellable();
  return {
    listFeeds: () => store.library(),

    addFeed: async ({ url, folder, keep, requestId }) => {
      const request = { typed: url, folderPath: splitFolderPath(folder ?? ''), keep: keep ?? false };
      const { feedId, images } = await adding.run(requestId, (signal) => addSubscription(store, { ...request, signal }, reader));
      const summary = store.feedSummary(feedId);
      // Its icon, unless it was kept without a feed (its first good refresh will look).
      if (!summary.error) icons.afterRefresh(feedId, { kind: 'ok', added: 0, updated: 0, images });
      return summary;
    },

    cancelAddFeed: ({ requestId }) => ({ cancelled: adding.cancel(requestId) }),

    discoverFeeds: async ({ url }) => ({ feeds: await findFeeds(url, reader) }),

    removeFeed: ({ feedId }) => store.removeFeed(feedId),

    listArticles: (input) => store.listArticles(input),

    getArticle: ({ articleId }) => offline.article(articleId),

    setRead: ({ articleIds, read }) => ({ changed: store.setRead(articleIds, read) }),

    setStarred: ({ articleId, starred }) => {
      store.article(articleId); // not_found for an unknown id, rather than "0 changed"
      const changed = store.setStarred(articleId, starred);
      if (starred) offline.keep(articleId); // full text and images, in the background
      return { changed };
    },

    markAllRead: ({ scope, olderThanDays }) => {
      const marks = store.markAllReadUndoable(scope, olderThanDays);
      return marks.count === 0 ? { changed: 0 } : { changed: marks.count, undoToken: readUndo.remember(marks) };
    },

    undoMarkAllRead: ({ undoToken }) => {
      const marks = readUndo.take(undoToken);
      if (!marks) throw new TidingsError('not_found', 'That "mark all as read" can no longer be undone: it was too long ago, or Tidings was restarted since.');
      return { changed: store.markUnreadAgain(marks) };
    },

    searchArticles: (input) => (search ? search(input) : store.search(input)),

    renameFeed: ({ feedId, title }) => store.renameFeed(feedId, title),

    moveFeed: ({ feedId, folder }) => store.moveFeedToFolder(feedId, splitFolderPath(folder)),

    renameFolder: ({ folderId, name }) => {
      store.renameFolder(folderId, name);
      return { renamed: true as const };
    },

    refresh: ({ feedIds }) => refresher.refresh(feedIds),

    getRefreshStatus: () => refresher.currentStatus(),

    getSettings: () => store.settings(),

    updateSettings: (changes) => store.updateSettings(changes),

    getNotices: () => {
      const trouble = refresher.currentStorageTrouble();
      const cannotSave: LibraryNotice[] = trouble ? [{ kind: 'cannot-save', message: trouble.message, at: trouble.at }] : [];
      return { notices: [...notices, ...cannotSave] };
    },

    ...libraryHandlers(store, library),
    ...offlineHandlers(offline),
    ...sharingCalls,
    shareArticle: async (input) => {
      const shared = await sharingCalls.shareArticle(input);
      offline.keep(input.articleId); // a shared article, like a starred one, is kept for reading offline
      return shared;
    },
    ...keepingCalls,
    setNote: (input) => {
      const changed = keepingCalls.setNote(input);
      if (input.note?.trim()) offline.keep(input.articleId); // a noted article is kept for reading offline
      return changed;
    },
    ...retentionHandlers(store),
    ...iconHandlers(icons),
    ...ruleHandlers(store),
  };
}
