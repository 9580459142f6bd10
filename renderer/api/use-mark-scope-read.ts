// "Mark all as read" of the scope on show, or of another (a subscription's menu). More than a
// screenful offers Undo (as unsubscribing and sharing do), which puts back exactly the articles
// this mark changed.
import { useCallback } from 'react';
import type { ArticleScope } from '../../shared/model';
import { manyArticles } from './many-read';
import type { ReaderStore } from './reader-store';
import { scopeKey } from './use-article-list';
import type { Reading } from './use-reading';
import type { ToastsState } from './use-toasts';

export function useMarkScopeRead(store: ReaderStore, reading: Reading, reloadList: () => Promise<void>, toasts: ToastsState) {
  const { markAllRead, undoMarkAllRead } = reading;
  return useCallback(
    async (olderThanDays?: number, target?: ArticleScope) => {
      const { scope: shownScope } = store.get();
      const { rows: shown } = store.shown();
      const same = !target || scopeKey(target) === scopeKey(shownScope);
      const { changed, undoToken } = await markAllRead(target ?? shownScope, same ? shown : [], olderThanDays);
      await reloadList();
      const message = `Marked ${changed} ${changed === 1 ? 'article' : 'articles'} as read`;
      if (!undoToken || changed <= manyArticles) return toasts.show(message);
      toasts.show(message, {
        action: {
          label: 'Undo',
          run: () =>
            void undoMarkAllRead(undoToken).then(async (unread) => {
              if (unread === null) return;
              await store.shown().reloadList();
              toasts.show(`${unread} ${unread === 1 ? 'article is' : 'articles are'} unread again`);
            }),
        },
      });
    },
    [store, markAllRead, undoMarkAllRead, reloadList, toasts.show],
  );
}
