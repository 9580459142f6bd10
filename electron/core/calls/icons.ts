// The contract's icon call. createHandlers (core/handlers.ts) spreads this in.
import type { Handlers } from '../../../shared/contract';
import type { FeedIcons } from '../icons/feed-icons';

export function iconHandlers(icons: FeedIcons): Pick<Handlers, 'getFeedIcons'> {
  return {
    getFeedIcons: ({ feedIds }) => icons.icons(feedIds),
  };
}
