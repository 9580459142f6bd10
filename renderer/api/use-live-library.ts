// What an open window does when the library changes under it (libraryChanged, from this window's
// own calls, another window, the CLI or a sync): the sidebar takes the new counts, the list takes
// new articles at the top without moving the one being read. The open article is read again only
// when anything may have changed (another process wrote): this window's own changes are on show
// already, and reading it again under the person's hands (a note being typed) would cost more.
import type { ArticleId } from '../../shared/model';
import { useLiveEvent } from './events';
import type { ArticleListState } from './use-article-list';
import type { LibraryState } from './use-library';

export interface LiveLibraryParts {
  library: Pick<LibraryState, 'applyChange'>;
  list: Pick<ArticleListState, 'merge'>;
  openId: ArticleId | null;
  /** Reads the open article again. */
  reopen: (articleId: ArticleId) => void;
}

export function useLiveLibrary(parts: LiveLibraryParts): void {
  useLiveEvent('libraryChanged', (change) => {
    parts.library.applyChange(change);
    void parts.list.merge();
    const { openId } = parts;
    if (openId !== null && change.everything) parts.reopen(openId);
  });
}
