// The reader's own state (which scope is on show, the cursors, what is open or folded) in one small
// store instead of a handful of useState calls and a ref that mirrored them. Actions read it as it
// is at the moment they run (`get`), so a handler bound once to a key never sees an old render;
// components read it with useSyncExternalStore.
//
// What the actions also need from the other hooks (the rows, the settings, the library) lives in
// those hooks' state; the store keeps the values of the last render as `shown`, published once per
// commit, so that the actions have exactly one place to read from.
import { useLayoutEffect, useState, useSyncExternalStore } from 'react';
import type { ArticleId, ArticleScope, ArticleSummary, Library } from '../../shared/model';
import type { ListView, Settings } from '../../shared/settings';

export interface ReaderState {
  scope: ArticleScope;
  /** The article under the cursor (j, k, n, p). */
  cursorId: ArticleId | null;
  /** The article open in the reader, or unfolded in the expanded view. */
  openId: ArticleId | null;
  /** Articles folded shut in the expanded view (o). */
  collapsedIds: ReadonlySet<ArticleId>;
  sidebarHidden: boolean;
  /** Where Shift+N and Shift+P have got to in the subscriptions pane. */
  sidebarCursor: string | null;
}

/** What the last render showed, from the hooks that hold the data. */
export interface Shown {
  rows: readonly ArticleSummary[];
  cursor: ArticleSummary | null;
  hasMore: boolean;
  view: ListView;
  settings: Settings;
  library: Library | null;
  /** Reloads the list on show: an Undo runs long after its toast, when another list may be on show. */
  reloadList: () => Promise<void>;
}

export type ReaderChange = Partial<ReaderState> | ((state: ReaderState) => Partial<ReaderState>);

export interface ReaderStore {
  get: () => ReaderState;
  update: (change: ReaderChange) => void;
  subscribe: (listener: () => void) => () => void;
  /** What the last committed render showed (or the first render, until it is committed). */
  shown: () => Shown;
  publish: (shown: Shown, onlyIfFirst?: boolean) => void;
}

export const noCollapsedIds: ReadonlySet<ArticleId> = new Set();

const initialState: ReaderState = {
  scope: { kind: 'all' },
  cursorId: null,
  openId: null,
  collapsedIds: noCollapsedIds,
  sidebarHidden: false,
  sidebarCursor: null,
};

export function createReaderStore(): ReaderStore {
  let state = initialState;
  let last: Shown | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    update: (change) => {
      const next = { ...state, ...(typeof change === 'function' ? change(state) : change) };
      if ((Object.keys(next) as (keyof ReaderState)[]).every((key) => next[key] === state[key])) return;
      state = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    shown: () => {
      if (!last) throw new Error('The reader was asked what it shows before its first render');
      return last;
    },
    publish: (next, onlyIfFirst = false) => {
      if (!onlyIfFirst || !last) last = next;
    },
  };
}

/** The store for one window's reader, and its state as this render sees it. */
export function useReaderStore(): [ReaderStore, ReaderState] {
  const [store] = useState(createReaderStore);
  return [store, useSyncExternalStore(store.subscribe, store.get)];
}

/** Publishes what this render shows once it is committed, and the first render's at once (as the ref it replaces did). */
export function usePublishShown(store: ReaderStore, shown: Shown): void {
  store.publish(shown, true);
  useLayoutEffect(() => store.publish(shown));
}
