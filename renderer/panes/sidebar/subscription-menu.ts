// What the context menu offers for a feed or a folder. The entries that need a name open a prompt
// (commands/use-subscription-menu.ts); everything else runs straight away.
import type { ArticleScope, FeedSummary, Folder } from '../../../shared/model';
import type { MenuItem } from '../../ui/Menu';
import type { MenuTarget } from './SubscriptionTree';

export interface MenuActions {
  rename: (feed: FeedSummary) => void;
  move: (feed: FeedSummary) => void;
  renameFolder: (folder: Folder) => void;
  unsubscribe: (feed: FeedSummary) => void;
  markRead: (scope: ArticleScope) => void;
  refresh: (feedIds: number[]) => void;
  openSite: (feed: FeedSummary) => void;
  copyUrl: (feed: FeedSummary) => void;
  setFullText: (feed: FeedSummary, enabled: boolean) => void;
  /** Opens the feed's own retention ("Keep articles…"). */
  keepArticles: (feed: FeedSummary) => void;
  feedsIn: (folder: Folder) => number[];
  /** Desktop app only: whether a feed's new articles are announced, and a way to change it. */
  notifications?: { isOn: (feed: FeedSummary) => boolean; toggle: (feed: FeedSummary) => void };
}

export function menuItems(target: MenuTarget, actions: MenuActions): MenuItem[] {
  if (target.kind === 'folder') {
    const { folder } = target;
    return [
      { label: 'Rename folder…', run: () => actions.renameFolder(folder) },
      { label: 'Mark all as read', run: () => actions.markRead({ kind: 'folder', folderId: folder.id }) },
      { label: 'Refresh folder', run: () => actions.refresh(actions.feedsIn(folder)) },
    ];
  }
  const { feed } = target;
  return [
    { label: 'Rename…', run: () => actions.rename(feed) },
    { label: 'Move to folder…', run: () => actions.move(feed) },
    { label: 'Mark all as read', run: () => actions.markRead({ kind: 'feed', feedId: feed.id }) },
    { label: 'Refresh this feed', run: () => actions.refresh([feed.id]) },
    { label: 'Open the site', run: () => actions.openSite(feed), disabled: !feed.siteUrl },
    { label: 'Copy feed URL', run: () => actions.copyUrl(feed) },
    { label: 'Always load full text', checked: feed.fullText, run: () => actions.setFullText(feed, !feed.fullText) },
    { label: 'Keep articles…', run: () => actions.keepArticles(feed) },
    ...(actions.notifications
      ? [
          {
            label: actions.notifications.isOn(feed) ? 'Stop notifying me' : 'Notify me of new articles',
            run: () => actions.notifications?.toggle(feed),
          },
        ]
      : []),
    { label: 'Unsubscribe', run: () => actions.unsubscribe(feed) },
  ];
}
