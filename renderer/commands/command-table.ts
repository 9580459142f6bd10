// What each command of the keymap (shared/keymap.ts) does: the keys, the desktop app's menus and
// anything else that runs a command by name come here. A new command is a keymap entry and a line.
import type { RefObject } from 'react';
import type { FullTextView } from '../api/use-full-text';
import type { Tidings } from '../api/use-tidings';
import { openLink, openMail } from '../api/outside';
import type { Dialogs } from '../dialogs/open-dialog';
import type { CommandHandlers } from '../keyboard/use-command-keys';
import { folderItems, subscriptionItems } from './pickers';
import type { ArticleCommands } from './use-article-commands';
import type { ArticleMenu } from './use-article-menu';

interface Needs {
  tidings: Tidings;
  dialogs: Dialogs;
  article: ArticleCommands;
  articleMenu: ArticleMenu;
  fullText: FullTextView;
  searchInput: RefObject<HTMLInputElement | null>;
  openAddForm: () => void;
}

export function commandTable({ tidings, dialogs, article, articleMenu, fullText, searchInput, openAddForm }: Needs): CommandHandlers {
  const { actions, library } = tidings;
  const { show } = dialogs;
  return {
    'next-article': actions.next,
    'previous-article': actions.previous,
    'next-item': actions.down,
    'previous-item': actions.up,
    'toggle-open': actions.toggleOpen,
    'go-all': () => actions.selectScope({ kind: 'all' }),
    'go-starred': () => actions.selectScope({ kind: 'starred' }),
    'go-shared': () => actions.selectScope({ kind: 'shared' }),
    'go-subscription': () =>
      show({ kind: 'pick', title: 'Go to subscription', placeholder: 'Type part of its name', items: subscriptionItems(library) }),
    'go-folder': () => show({ kind: 'pick', title: 'Go to folder', placeholder: 'Type part of its name', items: folderItems(library) }),
    search: () => {
      searchInput.current?.focus();
      searchInput.current?.select();
    },
    'toggle-star': actions.toggleStar,
    share: article.toggleShare,
    'share-with-note': article.shareWithNote,
    like: actions.toggleLike,
    'toggle-read': actions.toggleRead,
    tag: () => article.editKept('labels'),
    'edit-note': () => article.editKept('note'),
    'go-liked': () => actions.selectScope({ kind: 'liked' }),
    'go-notes': () => actions.selectScope({ kind: 'notes' }),
    'open-original': () => {
      const link = actions.currentArticle()?.link;
      if (link) openLink(link);
    },
    'load-full-text': fullText.toggle,
    email: () => {
      const current = actions.currentArticle();
      if (current) openMail(current.title, current.link ?? current.title);
    },
    'article-menu': articleMenu.openFromKeys,
    'mark-all-read': () => article.markAllRead(),
    'next-subscription': actions.nextSubscription,
    'previous-subscription': actions.previousSubscription,
    'open-subscription': actions.openSubscription,
    'toggle-folder': actions.toggleCursorFolder,
    refresh: actions.refreshAll,
    'add-subscription': openAddForm,
    'view-expanded': () => actions.setView('expanded'),
    'view-list': () => actions.setView('list'),
    'view-magazine': () => actions.setView('magazine'),
    'view-cards': () => actions.setView('cards'),
    'toggle-sidebar': actions.toggleSidebar,
    'zoom-in': () => actions.zoom(1),
    'zoom-out': () => actions.zoom(-1),
    settings: () => show({ kind: 'settings' }),
    help: dialogs.toggleHelp,
  };
}
