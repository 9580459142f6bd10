// "Mark all as read" of more than a screenful offers Undo, and asks first when the person wants
// that (Settings). A screenful: about 25 rows of the list view on a laptop; fewer than that can be
// seen and put back by hand.
import type { ArticleScope, Library } from '../../shared/model';
import { feedsUnder } from './library-tree';

export const manyArticles = 25;

/** The unread articles a scope holds as the sidebar counts them; null where it keeps no count (starred, labels…). */
export function unreadIn(library: Library | null, scope: ArticleScope): number | null {
  if (!library) return null;
  switch (scope.kind) {
    case 'all':
    case 'unread':
      return library.totals.unread;
    case 'feed':
      return library.feeds.find((feed) => feed.id === scope.feedId)?.unread ?? null;
    case 'folder':
      return feedsUnder(library, scope.folderId).reduce((sum, feed) => sum + feed.unread, 0);
    default:
      return null;
  }
}
