// The contract's calls for subscriptions and folders: adding (cancellable, since a slow host may be
// given up on), finding, removing, renaming and moving feeds, renaming folders.
import type { Handlers } from '../../../shared/contract';
import type { FeedReader } from '../refresh/ingest';
import { addSubscription, findFeeds } from '../refresh/subscribe';
import type { FeedIcons } from '../icons/feed-icons';
import { splitFolderPath, type Store } from '../store';
import { Cancellable } from './cancellable';

type FeedCalls = 'listFeeds' | 'addFeed' | 'cancelAddFeed' | 'discoverFeeds' | 'removeFeed' | 'renameFeed' | 'moveFeed' | 'renameFolder';

export function feedHandlers(store: Store, reader: FeedReader, icons: FeedIcons): Pick<Handlers, FeedCalls> {
  const adding = new Cancellable();
  return {
    listFeeds: () => store.library.summary(),

    addFeed: async ({ url, folder, keep, requestId }) => {
      const request = { typed: url, folderPath: splitFolderPath(folder ?? ''), keep: keep ?? false };
      const { feedId, images } = await adding.run(requestId, (signal) => addSubscription(store, { ...request, signal }, reader));
      const summary = store.feeds.summary(feedId);
      // Its icon, unless it was kept without a feed (its first good refresh will look).
      if (!summary.error) icons.afterRefresh(feedId, { kind: 'ok', added: 0, updated: 0, images });
      return summary;
    },

    cancelAddFeed: ({ requestId }) => ({ cancelled: adding.cancel(requestId) }),

    discoverFeeds: async ({ url }) => ({ feeds: await findFeeds(url, reader) }),

    removeFeed: ({ feedId }) => store.feeds.remove(feedId),

    renameFeed: ({ feedId, title }) => store.feeds.rename(feedId, title),

    moveFeed: ({ feedId, folder }) => store.feeds.moveToFolder(feedId, splitFolderPath(folder)),

    renameFolder: ({ folderId, name }) => {
      store.folders.rename(folderId, name);
      return { renamed: true as const };
    },
  };
}
