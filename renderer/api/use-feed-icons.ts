// Subscriptions' icons for the sidebar, as data: URLs the core keeps: all of them once, then only
// those of feeds whose iconAt changed, or that have none and were fetched since we last asked (a
// refresh may have queued a lookup). While the core is still looking (`pending`), the feeds
// without an icon are asked about again on each libraryChanged (the core tells one after each lookup).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Client } from '../../shared/contract';
import type { FeedId, FeedSummary } from '../../shared/model';
import { useMounted } from './use-mounted';
import { useLiveEvent } from './events';

interface IconCache {
  /** Feed → what we last asked about: the iconAt of the icon held, or "none" with the feed's lastFetchedAt. */
  held: Map<FeedId, string>;
  urls: Map<FeedId, string>;
  /** Whether the first load (every icon) was asked for. */
  loaded: boolean;
}

/** Asks the core for icons; handed down from useTidings (one per client), so the sidebar never holds the client. */
export type LoadFeedIcons = Client['getFeedIcons'];

/** Per client, so the sidebar mounting again asks for nothing it has. */
const caches = new WeakMap<LoadFeedIcons, IconCache>();

const stamp = (feed: FeedSummary): string => feed.iconAt ?? `none@${feed.lastFetchedAt ?? ''}`;

function cacheOf(client: LoadFeedIcons): IconCache {
  let cache = caches.get(client);
  if (!cache) caches.set(client, (cache = { held: new Map(), urls: new Map(), loaded: false }));
  return cache;
}

export function useFeedIcons(client: LoadFeedIcons, feeds: readonly FeedSummary[]): ReadonlyMap<FeedId, string> {
  const cache = cacheOf(client);
  const [urls, setUrls] = useState<ReadonlyMap<FeedId, string>>(() => new Map(cache.urls));
  const mounted = useMounted();
  const latest = useRef(feeds);
  latest.current = feeds;
  /** The core was still looking when it last answered. */
  const looking = useRef(false);

  const load = useCallback(
    async (feedIds: FeedId[] | null) => {
      let answer;
      try {
        answer = await client(feedIds ? { feedIds } : {});
      } catch {
        return; // the letters stay; icons are a nicety
      }
      const found = new Map(answer.icons.map((icon) => [icon.feedId, icon]));
      for (const id of feedIds ?? latest.current.map((feed) => feed.id)) {
        const icon = found.get(id);
        if (icon) {
          cache.held.set(id, icon.fetchedAt); // what the feed's iconAt will say
          cache.urls.set(id, icon.dataUrl);
        } else cache.urls.delete(id);
      }
      if (mounted.current) setUrls(new Map(cache.urls));
      looking.current = answer.pending > 0;
    },
    [client, cache, mounted],
  );

  useLiveEvent('libraryChanged', () => {
    if (!looking.current) return;
    looking.current = false;
    const missing = latest.current.filter((feed) => !cache.urls.has(feed.id)).map((feed) => feed.id);
    if (missing.length > 0) void load(missing);
  });

  useEffect(() => {
    if (!cache.loaded) {
      cache.loaded = true;
      for (const feed of feeds) cache.held.set(feed.id, stamp(feed));
      void load(null);
      return;
    }
    const stale = feeds.filter((feed) => cache.held.get(feed.id) !== stamp(feed));
    if (stale.length === 0) return;
    // Marked as asked at once, so the renders until the answer comes ask nothing more.
    for (const feed of stale) cache.held.set(feed.id, stamp(feed));
    void load(stale.map((feed) => feed.id));
  }, [feeds, cache, load]);

  return urls;
}
