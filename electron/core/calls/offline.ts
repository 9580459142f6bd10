// The contract's offline-reading calls.
import type { Handlers } from '../../../shared/contract';
import type { OfflineReading } from '../offline/offline-reading';

type OfflineCalls = 'loadFullText' | 'setFeedFullText';

export function offlineHandlers(offline: OfflineReading): Pick<Handlers, OfflineCalls> {
  return {
    loadFullText: ({ articleId }) => offline.loadFullText(articleId),
    setFeedFullText: ({ feedId, enabled }) => offline.setFeedFullText(feedId, enabled),
  };
}
