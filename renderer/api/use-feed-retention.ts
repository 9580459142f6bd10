// "Keep articles…" for one subscription, from its context menu: the feed's own retention.
import { useCallback } from 'react';
import type { Client } from '../../shared/contract';
import type { FeedRetention, FeedSummary } from '../../shared/model';
import { describeRetention } from '../../shared/retention';
import { messageOf } from './use-status';

export function useFeedRetention(client: Client, onChanged: () => void, notify: (message: string) => void) {
  return useCallback(
    (feed: FeedSummary, retention: FeedRetention) => {
      client.setFeedRetention({ feedId: feed.id, ...retention }).then(
        (changed) => {
          onChanged();
          notify(`${changed.title} ${describeRetention(changed.retention)}`);
        },
        (error: unknown) => notify(`Could not change ${feed.title}. ${messageOf(error)}`),
      );
    },
    [client, onChanged, notify],
  );
}
