// The contract's calls for reading articles: listing, opening, searching, marking read (with an
// undo for marking many) and starring (a starred article is kept for reading offline).
import type { Handlers } from '../../../shared/contract';
import { TidingsError } from '../../../shared/errors';
import type { SearchResult } from '../../../shared/model';
import type { OfflineReading } from '../offline/offline-reading';
import type { ReadMarks, SearchInput, Store } from '../store';
import { UndoTokens } from './undo-tokens';

type ArticleCalls = 'listArticles' | 'getArticle' | 'setRead' | 'setStarred' | 'markAllRead' | 'undoMarkAllRead' | 'searchArticles';

/** Without `search`, searches run here, on the store's connection. */
export function articleHandlers(
  store: Store,
  offline: OfflineReading,
  search?: (input: SearchInput) => Promise<SearchResult>,
): Pick<Handlers, ArticleCalls> {
  const readUndo = new UndoTokens<ReadMarks>();
  return {
    listArticles: (input) => store.articles.list(input),

    getArticle: ({ articleId }) => offline.article(articleId),

    setRead: ({ articleIds, read }) => ({ changed: store.articles.setRead(articleIds, read) }),

    setStarred: ({ articleId, starred }) => {
      store.articles.get(articleId); // not_found for an unknown id, rather than "0 changed"
      const changed = store.articles.setStarred(articleId, starred);
      if (starred) offline.keep(articleId); // full text and images, in the background
      return { changed };
    },

    markAllRead: ({ scope, olderThanDays }) => {
      const marks = store.articles.markAllReadUndoable(scope, olderThanDays);
      return marks.count === 0 ? { changed: 0 } : { changed: marks.count, undoToken: readUndo.remember(marks) };
    },

    undoMarkAllRead: ({ undoToken }) => {
      const marks = readUndo.take(undoToken);
      if (!marks) throw new TidingsError('not_found', 'That "mark all as read" can no longer be undone: it was too long ago, or Tidings was restarted since.');
      return { changed: store.articles.markUnreadAgain(marks) };
    },

    searchArticles: (input) => (search ? search(input) : store.search.find(input)),
  };
}
