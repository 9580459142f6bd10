// Moving through the articles: opening and closing one, j/k/n/p, o, choosing what is on show
// (a scope, a search) and how (the view). All of it reads and writes the reader's store.
import { useCallback } from 'react';
import type { ArticleScope, ArticleSummary } from '../../shared/model';
import type { ListView, Settings } from '../../shared/settings';
import { noCollapsedIds, type ReaderStore } from './reader-store';
import { scopeKey } from './use-article-list';
import type { OpenArticleState } from './use-open-article';
import type { Reading } from './use-reading';
import type { SearchRequest, SearchState } from './use-search';

interface Needs {
  store: ReaderStore;
  reader: Pick<OpenArticleState, 'open' | 'close' | 'prefetch'>;
  setRead: Reading['setRead'];
  loadMore: () => Promise<void>;
  search: Pick<SearchState, 'clear' | 'run'>;
  updateSettings: (changes: Partial<Settings>) => void;
}

export function useArticleNavigation({ store, reader, setRead, loadMore, search, updateSettings }: Needs) {
  const { open: loadArticle, close: closeArticle, prefetch } = reader;

  const open = useCallback(
    (summary: ArticleSummary) => {
      store.update({ cursorId: summary.id, openId: summary.id });
      const { view: shownView, rows: items, settings: current } = store.shown();
      if (shownView !== 'expanded') {
        void loadArticle(summary.id);
        // The ones j and k go to next.
        const index = items.findIndex((item) => item.id === summary.id);
        prefetch([items[index + 1], items[index - 1]].filter((item) => item !== undefined).map((item) => item.id));
      }
      if (current.markReadOnOpen) void setRead([summary], true);
    },
    [store, loadArticle, prefetch, setRead],
  );

  const close = useCallback(() => {
    store.update({ openId: null });
    closeArticle();
  }, [store, closeArticle]);

  const move = useCallback(
    (step: 1 | -1, opening: boolean) => {
      const { rows: items, cursor: current, hasMore } = store.shown();
      const index = current ? items.findIndex((item) => item.id === current.id) : -1;
      const next = items[index === -1 ? 0 : index + step];
      if (next) {
        if (opening) open(next);
        else store.update({ cursorId: next.id });
      } else if (step === 1 && hasMore) void loadMore();
    },
    [store, open, loadMore],
  );

  const selectScope = useCallback(
    (next: ArticleScope) => {
      search.clear();
      store.update({ scope: next, sidebarCursor: scopeKey(next), cursorId: null, collapsedIds: noCollapsedIds });
      close();
    },
    [store, search.clear, close],
  );

  const runSearch = useCallback(
    (request: SearchRequest) => {
      store.update({ cursorId: null });
      close();
      void search.run(request);
    },
    [store, search.run, close],
  );

  const clearSearch = useCallback(() => {
    search.clear();
    store.update({ cursorId: null });
    close();
  }, [store, search.clear, close]);

  const toggleOpen = useCallback(() => {
      const { cursor: current, view: shownView } = store.shown();
      const { openId: opened } = store.get();
      if (!current) return move(1, true);
      if (shownView === 'expanded') {
        store.update(({ collapsedIds: ids }) => {
          const next = new Set(ids);
          if (!next.delete(current.id)) next.add(current.id);
          return { collapsedIds: next };
        });
      } else if (opened === current.id) close();
      else open(current);
    }, [store, move, close, open]);

  const setView = useCallback(
    (next: ListView) => {
      const { settings: current, view: shown } = store.shown();
      const { scope: shownScope, openId: opened } = store.get();
      // The choice is remembered for this subscription or folder, and becomes the default for new ones.
      updateSettings({ listView: next, scopeViews: { ...current.scopeViews, [scopeKey(shownScope)]: next } });
      // The expanded view reads in the stream; the others need the open article in the reader.
      if (shown === 'expanded' && next !== 'expanded' && opened !== null) void loadArticle(opened);
    },
    [store, updateSettings, loadArticle],
  );

  return { open, close, move, toggleOpen, selectScope, runSearch, clearSearch, setView };
}
