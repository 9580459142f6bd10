// The contract's call for a feed's own retention (docs/keeping.md).
import type { Handlers } from '../../../shared/contract';
import type { Store } from '../store';

export function retentionHandlers(store: Store): Pick<Handlers, 'setFeedRetention'> {
  return {
    setFeedRetention: ({ feedId, days, maxArticles }) => store.feeds.setRetention(feedId, { days, maxArticles }),
  };
}
