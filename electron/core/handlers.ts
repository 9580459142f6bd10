// The contract's calls, implemented over the store and the refresher. Both hosts (IPC and HTTP)
// run these through shared/dispatch.ts; nothing here knows which host called.
import type { Handlers } from '../../shared/contract';
import type { LibraryNotice } from '../../shared/model';
import { TidingsError } from '../../shared/errors';
import { FetchError, toHttpUrl } from './fetch/http';
import { readFeedDocument } from './read-feed';
import { ingestHere, type FeedReader } from './ingest';
import { refreshFeed } from './refresh';
import { findFeeds, resolveFeedUrl } from './subscribe';
import type { Refresher } from './refresher';
import { libraryHandlers } from './library/handlers';
import { offlineHandlers } from './offline/handlers';
import { OfflineReading } from './offline/offline-reading';
import { sharingHandlers, type SharingServices } from './sharing/handlers';
import { keepingHandlers } from './keeping-handlers';
import { retentionHandlers } from './retention-handlers';
import { FeedIcons } from './icons/feed-icons';
import { iconHandlers } from './icons/handlers';
import { splitFolderPath, type SearchInput, type Store } from './store';
import type { SearchResult } from '../../shared/model';

export function createHandlers(
  store: Store,
  refresher: Refresher,
  read?: FeedReader,
  notices: readonly LibraryNotice[] = [],
  offline: OfflineReading = new OfflineReading(store),
  sharing?: SharingServices,
  icons: FeedIcons = new FeedIcons(store),
  /** Searches off this thread (search-pool.ts); without it they run here, on the store's connection. */
  search?: (input: SearchInput) => Promise<SearchResult>,
): Handlers {
  const reader = read ?? readFeedDocument;
  const sharingCalls = sharingHandlers(store, sharing);
  const keepingCalls = keepingHandlers(store);
  return {
    listFeeds: () => store.library(),

    addFeed: async ({ url, folder }) => {
      const { feedUrl, fetched } = await resolveFeedUrl(feedUrlFrom(url), reader);
      const id = store.addFeed({ url: feedUrl, folderPath: splitFolderPath(folder ?? '') });
      const feed = store.feed(id);
      // Stored at once so the new subscription shows its title and articles; a failure stays on the feed.
      if (feed) icons.afterRefresh(id, await refreshFeed(store, feed, { ingest: ingestHere(store, reader), ...(fetched ? { fetched } : {}) }));
      return store.feedSummary(id);
    },

    discoverFeeds: async ({ url }) => ({ feeds: await findFeeds(feedUrlFrom(url), reader) }),

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

    markAllRead: ({ scope, olderThanDays }) => ({ changed: store.markAllRead(scope, olderThanDays) }),

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

    ...libraryHandlers(store),
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
  };
}

function feedUrlFrom(url: string): string {
  try {
    return toHttpUrl(url);
  } catch (error) {
    const reason = error instanceof FetchError ? error.message.replace(/^fetch: /, '') : 'not a valid URL';
    throw new TidingsError('bad_input', `${url}: ${reason}`);
  }
}
