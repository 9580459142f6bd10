// The contract's calls for keeping articles: likes, notes and labels. A noted article is kept for
// reading offline.
import type { Handlers } from '../../../shared/contract';
import type { OfflineReading } from '../offline/offline-reading';
import type { Store } from '../store';

type KeepingCalls = 'setLiked' | 'setNote' | 'labelArticle' | 'renameLabel' | 'deleteLabel';

export function keepingHandlers(store: Store, offline: OfflineReading): Pick<Handlers, KeepingCalls> {
  return {
    setLiked: ({ articleId, liked }) => ({ changed: store.keeping.setLiked(articleId, liked) }),
    setNote: ({ articleId, note }) => {
      const changed = store.keeping.setNote(articleId, note);
      if (note?.trim()) offline.keep(articleId); // a noted article is kept for reading offline
      return { changed };
    },
    labelArticle: ({ articleId, add, remove }) => ({ labels: store.keeping.label(articleId, add, remove) }),
    renameLabel: ({ labelId, name }) => store.keeping.renameLabel(labelId, name),
    deleteLabel: ({ labelId }) => ({ deleted: store.keeping.deleteLabel(labelId) }),
  };
}
