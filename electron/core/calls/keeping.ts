// The contract's calls for keeping articles: likes, notes and labels.
import type { Handlers } from '../../../shared/contract';
import type { Store } from '../store';

type KeepingCalls = 'setLiked' | 'setNote' | 'labelArticle' | 'renameLabel' | 'deleteLabel';

export function keepingHandlers(store: Store): Pick<Handlers, KeepingCalls> {
  return {
    setLiked: ({ articleId, liked }) => ({ changed: store.setLiked(articleId, liked) }),
    setNote: ({ articleId, note }) => ({ changed: store.setNote(articleId, note) }),
    labelArticle: ({ articleId, add, remove }) => ({ labels: store.labelArticle(articleId, add, remove) }),
    renameLabel: ({ labelId, name }) => store.renameLabel(labelId, name),
    deleteLabel: ({ labelId }) => ({ deleted: store.deleteLabel(labelId) }),
  };
}
