// Walking the subscriptions pane from the keyboard (Shift+N, Shift+P, Shift+O, Shift+X) and folding
// its folders.
import { useCallback } from 'react';
import type { ArticleScope, FolderId } from '../../shared/model';
import type { Settings } from '../../shared/settings';
import type { ReaderStore } from './reader-store';
import { sidebarOrder, stepFrom } from './sidebar-order';
import { scopeKey } from './use-article-list';

export function useSidebarCursor(
  store: ReaderStore,
  updateSettings: (changes: Partial<Settings>) => void,
  selectScope: (scope: ArticleScope) => void,
) {
  const toggleFolder = useCallback(
    (id: FolderId) => {
      const current = store.shown().settings.collapsedFolders;
      updateSettings({
        collapsedFolders: current.includes(id) ? current.filter((folder) => folder !== id) : [...current, id],
      });
    },
    [store, updateSettings],
  );

  const stepSidebar = useCallback(
    (step: 1 | -1) => {
      const { library: shown, settings } = store.shown();
      const { sidebarCursor: at, scope } = store.get();
      if (!shown) return;
      const entries = sidebarOrder(shown, new Set(settings.collapsedFolders), scopeKey(scope));
      const next = stepFrom(entries, at ?? scopeKey(scope), step);
      if (next) store.update({ sidebarCursor: next.key });
    },
    [store],
  );

  const openSidebarCursor = useCallback(() => {
    const { library: shown, settings } = store.shown();
    const { sidebarCursor: at, scope } = store.get();
    if (!shown || !at) return;
    const entry = sidebarOrder(shown, new Set(settings.collapsedFolders), scopeKey(scope)).find((item) => item.key === at);
    if (entry) selectScope(entry.scope);
  }, [store, selectScope]);

  const toggleCursorFolder = useCallback(() => {
    const { sidebarCursor: at, scope } = store.get();
    const target = at ?? scopeKey(scope);
    const match = /^folder:(\d+)$/.exec(target);
    if (match) toggleFolder(Number(match[1]));
  }, [store, toggleFolder]);

  return { toggleFolder, stepSidebar, openSidebarCursor, toggleCursorFolder };
}
