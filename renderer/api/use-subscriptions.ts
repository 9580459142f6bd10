// Arranging subscriptions: rename, move to a folder, rename a folder, and unsubscribe with undo.
// Unsubscribing deletes the feed's articles and their read state (kept ones stay, under "Inactive
// feeds"), so it is not done at once: the feed leaves the pane, and is removed for good only when
// the "Undo" notice goes away (or the page does). Undo therefore gives back everything.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Client } from '../../shared/contract';
import type { FeedId, FeedSummary, Folder } from '../../shared/model';
import type { Report } from './use-status';
import type { ToastsState } from './use-toasts';

export interface Subscriptions {
  /** Feeds on their way out, hidden from the pane meanwhile. */
  leaving: ReadonlySet<FeedId>;
  unsubscribe: (feed: FeedSummary) => void;
  rename: (feed: FeedSummary, title: string) => Promise<void>;
  move: (feed: FeedSummary, folderPath: string) => Promise<void>;
  renameFolder: (folder: Folder, name: string) => Promise<void>;
}

export function useSubscriptions(
  client: Client,
  toasts: Pick<ToastsState, 'show' | 'flush'>,
  changed: () => Promise<void>,
  report: Report,
): Subscriptions {
  const [leaving, setLeaving] = useState<ReadonlySet<FeedId>>(new Set());
  const { show, flush } = toasts;
  const without = (id: FeedId) => (current: ReadonlySet<FeedId>) => {
    const next = new Set(current);
    next.delete(id);
    return next;
  };

  const unsubscribe = useCallback(
    (feed: FeedSummary) => {
      setLeaving((current) => new Set(current).add(feed.id));
      show(`Unsubscribed from ${feed.title}`, {
        action: { label: 'Undo', run: () => setLeaving(without(feed.id)) },
        settle: () => {
          client
            .removeFeed({ feedId: feed.id })
            .catch((error: unknown) => report(error, `Unsubscribing from ${feed.title}`))
            .finally(() => void changed().then(() => setLeaving(without(feed.id))));
        },
      });
    },
    [client, show, changed, report],
  );

  // A removal still waiting for its undo window is carried out when the page goes away.
  const flushRef = useRef(flush);
  flushRef.current = flush;
  useEffect(() => {
    const onHide = () => flushRef.current();
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, []);

  const rename = useCallback(
    async (feed: FeedSummary, title: string) => {
      try {
        await client.renameFeed({ feedId: feed.id, title });
        await changed();
      } catch (error) {
        report(error, 'Renaming the subscription');
      }
    },
    [client, changed, report],
  );

  const move = useCallback(
    async (feed: FeedSummary, folderPath: string) => {
      try {
        await client.moveFeed({ feedId: feed.id, folder: folderPath });
        await changed();
      } catch (error) {
        report(error, 'Moving the subscription');
      }
    },
    [client, changed, report],
  );

  const renameFolder = useCallback(
    async (folder: Folder, name: string) => {
      try {
        await client.renameFolder({ folderId: folder.id, name });
        await changed();
      } catch (error) {
        report(error, 'Renaming the folder');
      }
    },
    [client, changed, report],
  );

  return { leaving, unsubscribe, rename, move, renameFolder };
}
