// What an article's menu offers (right-click on a row or on the open article's header, the Menu
// key or Shift+F10): the things its keys and buttons do, for that article. What each entry does is
// in commands/use-article-menu.ts.
import { chordLabel, commandById, type CommandId } from '../../../shared/keymap';
import type { ArticleSummary } from '../../../shared/model';
import type { MenuItem } from '../../ui/Menu';

/** A row of the list, or the open article (which knows whether it is shared). */
export type MenuArticle = ArticleSummary & { sharedAt?: string | null };

export interface ArticleMenuActions {
  openOriginal: (article: MenuArticle) => void;
  copyLink: (article: MenuArticle) => void;
  setRead: (article: MenuArticle, read: boolean) => void;
  setStarred: (article: MenuArticle, starred: boolean) => void;
  toggleLike: (article: MenuArticle) => void;
  editLabels: (article: MenuArticle) => void;
  editNote: (article: MenuArticle) => void;
  toggleShare: (article: MenuArticle) => void;
  shareWithNote: (article: MenuArticle) => void;
  makeRule: (article: MenuArticle) => void;
  /** Only while Filtered is on show: puts an article a rule hid back. */
  showAgain?: (article: MenuArticle) => void;
}

/** The first key of a command, as the help overlay writes it. */
const keyOf = (id: CommandId): string => {
  const [keys] = commandById(id).keys;
  return keys ? chordLabel(keys) : '';
};

export function articleMenuItems(article: MenuArticle, actions: ArticleMenuActions): MenuItem[] {
  const { showAgain } = actions;
  const noLink = !article.link;
  return [
    { label: 'Open in browser', keys: keyOf('open-original'), disabled: noLink, run: () => actions.openOriginal(article) },
    { label: 'Copy link', disabled: noLink, run: () => actions.copyLink(article) },
    {
      label: article.read ? 'Mark as unread' : 'Mark as read',
      keys: keyOf('toggle-read'),
      run: () => actions.setRead(article, !article.read),
    },
    { label: article.starred ? 'Unstar' : 'Star', keys: keyOf('toggle-star'), run: () => actions.setStarred(article, !article.starred) },
    { label: article.liked ? 'Unlike' : 'Like', keys: keyOf('like'), run: () => actions.toggleLike(article) },
    { label: 'Labels…', keys: keyOf('tag'), run: () => actions.editLabels(article) },
    { label: 'Note…', keys: keyOf('edit-note'), run: () => actions.editNote(article) },
    { label: article.sharedAt ? 'Unshare' : 'Share', keys: keyOf('share'), run: () => actions.toggleShare(article) },
    { label: 'Share with note…', keys: keyOf('share-with-note'), run: () => actions.shareWithNote(article) },
    { label: 'Make a rule from this…', run: () => actions.makeRule(article) },
    ...(showAgain ? [{ label: 'Show again', run: () => showAgain(article) }] : []),
  ];
}
