// The contract's icon call.
import type { Handlers } from '../../../shared/contract';
import type { FeedIcons } from '../icons/feed-icons';

export function iconHandlers(icons: FeedIcons): Pick<Handlers, 'getFeedIcons'> {
  return {
    getFeedIcons: ({ feedIds }) => icons.icons(feedIds),
  };
}
