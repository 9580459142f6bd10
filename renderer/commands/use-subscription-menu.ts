// What a subscription's or folder's menu does, and the wording of the prompts it opens (rename,
// move). The entries themselves are listed in panes/sidebar/subscription-menu.ts.
import { useMemo, type RefObject } from 'react';
import type { ArticleScope, FeedSummary, Folder } from '../../shared/model';
import { feedsUnder } from '../api/library-tree';
import { copyText, openLink } from '../api/outside';
import type { Tidings } from '../api/use-tidings';
import type { Dialogs } from '../dialogs/open-dialog';
import type { MenuActions } from '../panes/sidebar/subscription-menu';
import type { MenuTarget } from '../panes/sidebar/SubscriptionTree';
import { inDesktopApp } from '../shell/use-shell-events';

interface Needs {
  tidings: Tidings;
  dialogs: Dialogs;
  markAllReadNow: RefObject<(olderThanDays?: number, target?: ArticleScope) => void>;
}

export function useSubscriptionMenu({ tidings, dialogs, markAllReadNow }: Needs) {
  const { actions, settings, library, subscriptions } = tidings;
  const { show } = dialogs;
  const menuActions = useMemo(
    () => ({
      rename: (feed: { id: number; title: string }) =>
        show({
          kind: 'prompt',
          prompt: {
            title: 'Rename subscription',
            label: 'Name',
            initial: feed.title,
            submitLabel: 'Rename',
            hint: 'Leave it empty to use the name the feed gives itself.',
            onSubmit: (title) => {
              const summary = library?.feeds.find((candidate) => candidate.id === feed.id);
              if (summary) void subscriptions.rename(summary, title);
            },
          },
        }),
      move: (feed: { id: number; title: string; folderId: number | null }) =>
        show({
          kind: 'prompt',
          prompt: {
            title: `Move ${feed.title}`,
            label: 'Folder',
            initial: library?.folders.find((folder) => folder.id === feed.folderId)?.path.join('/') ?? '',
            submitLabel: 'Move',
            suggestions: (library?.folders ?? []).map((folder) => folder.path.join('/')),
            hint: 'A path such as Tech/Linux; new folders are made. Empty for the top level.',
            onSubmit: (path) => {
              const summary = library?.feeds.find((candidate) => candidate.id === feed.id);
              if (summary) void subscriptions.move(summary, path);
            },
          },
        }),
      renameFolder: (folder: Folder) =>
        show({
          kind: 'prompt',
          prompt: {
            title: 'Rename folder',
            label: 'Name',
            initial: folder.name,
            submitLabel: 'Rename',
            onSubmit: (name) => void subscriptions.renameFolder(folder, name),
          },
        }),
      unsubscribe: subscriptions.unsubscribe,
      markRead: (target: ArticleScope) => markAllReadNow.current(undefined, target),
      refresh: actions.refreshFeeds,
      openSite: (feed: { siteUrl: string | null }) => {
        if (feed.siteUrl) openLink(feed.siteUrl);
      },
      copyUrl: (feed: { url: string }) => {
        copyText(feed.url).then(
          () => actions.notify('Feed URL copied'),
          () => actions.notify(`Could not copy; the feed URL is ${feed.url}`),
        );
      },
      feedsIn: (folder: Folder) => (library ? feedsUnder(library, folder.id).map((feed) => feed.id) : []),
      setFullText: actions.setFeedFullText,
      keepArticles: (feed: FeedSummary) => show({ kind: 'retention', feed }),
      ...(inDesktopApp()
        ? {
            notifications: {
              isOn: (feed: { id: number }) => settings.notifyFeedIds.includes(feed.id),
              toggle: (feed: { id: number }) =>
                actions.updateSettings({
                  notifyFeedIds: settings.notifyFeedIds.includes(feed.id)
                    ? settings.notifyFeedIds.filter((id) => id !== feed.id)
                    : [...settings.notifyFeedIds, feed.id],
                }),
            },
          }
        : {}),
    }),
    [library, subscriptions, actions, settings.notifyFeedIds, show, markAllReadNow],
  );

  /** The menu's actions for one target: leaving a feed that is on show goes back to all items. */
  const forTarget = (target: MenuTarget): MenuActions => ({
    ...menuActions,
    unsubscribe: (feed) => {
      if (target.kind === 'feed' && tidings.scope.kind === 'feed' && tidings.scope.feedId === target.feed.id) {
        actions.selectScope({ kind: 'all' });
      }
      menuActions.unsubscribe(feed);
    },
  });
  return forTarget;
}
