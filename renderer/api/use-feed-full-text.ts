// "Always load full text" for one subscription, from its context menu.
import { useCallback } from 'react';
import type { Client } from '../../shared/contract';
import type { FeedSummary } from '../../shared/model';
import { messageOf } from './use-status';

export function useFeedFullText(client: Client, onChanged: () => void, notify: (message: string) => void) {
  return useCallback(
    (feed: FeedSummary, enabled: boolean) => {
      client.setFeedFullText({ feedId: feed.id, enabled }).then(
        () => {
          onChanged();
          notify(enabled ? `New articles of ${feed.title} will be read from their web pages` : `${feed.title}: feed text only`);
        },
        (error: unknown) => notify(`Could not change ${feed.title}. ${messageOf(error)}`),
      );
    },
    [client, onChanged, notify],
  );
}
