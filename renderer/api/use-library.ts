// The subscriptions and their counts. Counts are adjusted in place when an article is read or
// starred, so the sidebar follows without asking the core for the whole library again.
import { useCallback, useEffect, useState } from 'react';
import type { Client, EventPayload } from '../../shared/contract';
import type { FeedId, Library } from '../../shared/model';
import type { Report } from './use-status';

export interface LibraryState {
  library: Library | null;
  reload: () => Promise<void>;
  /** Adds deltas to one feed's unread count and to the totals. */
  adjust: (feedId: FeedId, unreadDelta: number, starredDelta: number) => void;
  /** A live libraryChanged: its counts laid in, or the library loaded again when its shape may have changed. */
  applyChange: (change: EventPayload<'libraryChanged'>) => void;
}

export function useLibrary(client: Client, report: Report): LibraryState {
  const [library, setLibrary] = useState<Library | null>(null);

  const reload = useCallback(async () => {
    try {
      setLibrary(await client.listFeeds({}));
    } catch (error) {
      report(error, 'Loading subscriptions');
    }
  }, [client, report]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const adjust = useCallback((feedId: FeedId, unreadDelta: number, starredDelta: number) => {
    setLibrary((current) => {
      if (!current) return current;
      return {
        ...current,
        feeds: current.feeds.map((feed) =>
          feed.id === feedId ? { ...feed, unread: Math.max(0, feed.unread + unreadDelta) } : feed,
        ),
        totals: {
          ...current.totals,
          unread: Math.max(0, current.totals.unread + unreadDelta),
          starred: Math.max(0, current.totals.starred + starredDelta),
        },
      };
    });
  }, []);

  const applyChange = useCallback(
    (change: EventPayload<'libraryChanged'>) => {
      const { unread } = change;
      if (change.everything || change.subscriptions || !unread) return void reload();
      setLibrary((current) => {
        if (!current) return current;
        const counts = new Map(unread.feeds.map((feed) => [feed.feedId, feed.unread]));
        // A feed this window does not know of (or one gone): its shape changed after all.
        if (counts.size !== current.feeds.length || current.feeds.some((feed) => !counts.has(feed.id))) {
          void reload();
          return current;
        }
        return {
          ...current,
          feeds: current.feeds.map((feed) => ({ ...feed, unread: counts.get(feed.id) ?? feed.unread })),
          totals: { ...current.totals, unread: unread.total, ...(unread.filtered === undefined ? {} : { filtered: unread.filtered }) },
        };
      });
    },
    [reload],
  );

  return { library, reload, adjust, applyChange };
}
