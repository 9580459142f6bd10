// What an article's menu does (its entries are listed in panes/article-list/article-menu.ts): each
// entry runs what the article's key or button runs, for the article the menu was opened on. Opened
// by a right-click (the panes call `open`) or by the Menu key and Shift+F10 (`openFromKeys`).
import type { ArticleSummary } from '../../shared/model';
import { copyText, openLink } from '../api/outside';
import type { Tidings } from '../api/use-tidings';
import type { Dialogs } from '../dialogs/open-dialog';
import type { ArticleMenuActions, MenuArticle } from '../panes/article-list/article-menu';
import { focusInReader, focusInSidebar, focusRowForMenu, readerMenuAnchor } from '../panes/article-list/menu-place';
import type { MenuAnchor } from '../ui/Menu';
import type { ArticleCommands } from './use-article-commands';

interface Needs {
  tidings: Tidings;
  dialogs: Dialogs;
  article: ArticleCommands;
  /** "Make a rule from this…", as the reader's button does it. */
  makeRule: (article: ArticleSummary) => void;
}

export function useArticleMenu({ tidings, dialogs, article: commands, makeRule }: Needs) {
  const { actions } = tidings;
  const keeping = commands.keepingActions;
  const menuActions: ArticleMenuActions = {
    openOriginal: ({ link }) => {
      if (link) openLink(link);
    },
    copyLink: ({ link }) => {
      if (!link) return;
      copyText(link).then(
        () => actions.notify('Link copied'),
        () => actions.notify(`Could not copy; the link is ${link}`),
      );
    },
    setRead: actions.setRead,
    setStarred: actions.setStarred,
    toggleLike: keeping.toggleLike,
    editLabels: keeping.editLabels,
    editNote: keeping.editNote,
    toggleShare: (article) => commands.shareOrUnshare(article, Boolean(article.sharedAt)),
    shareWithNote: commands.shareWithNoteOn,
    makeRule,
    ...(tidings.scope.kind === 'filtered' ? { showAgain: (article: MenuArticle) => void tidings.rules.showAgain([article.id]) } : {}),
  };

  const open = (article: MenuArticle, anchor: MenuAnchor) => {
    // A row does not know whether it is shared; the open article does (as Shift+S reads it).
    const opened = tidings.article?.id === article.id ? tidings.article : null;
    dialogs.show({ kind: 'article-menu', article: opened ? { ...article, sharedAt: opened.sharedAt } : article, anchor });
  };

  const openFromKeys = () => {
    if (focusInSidebar()) return;
    const reading = focusInReader() ? tidings.article : null;
    const readerAnchor = reading ? readerMenuAnchor() : null;
    if (reading && readerAnchor) {
      open(reading, readerAnchor);
      return;
    }
    const current = actions.currentArticle();
    const anchor = current ? focusRowForMenu(current.id) : null;
    if (current && anchor) open(current, anchor);
  };

  return { actions: menuActions, open, openFromKeys };
}

export type ArticleMenu = ReturnType<typeof useArticleMenu>;
