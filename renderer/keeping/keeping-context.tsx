// What the article actions (in the reader and in the expanded view's stream) need to like, label
// and write a note, without threading callbacks through every list view.
import { createContext, useContext, type ReactNode } from 'react';
import type { Article, ArticleSummary, LabelId } from '../../shared/model';

export interface KeepingActions {
  toggleLike: (article: ArticleSummary) => void;
  editNote: (article: ArticleSummary) => void;
  editLabels: (article: ArticleSummary) => void;
  renameLabel: (labelId: LabelId, name: string) => void;
  deleteLabel: (labelId: LabelId) => void;
  /** The article with the latest note and labels. */
  view: <T extends Article>(article: T) => T;
}

const KeepingContext = createContext<KeepingActions | null>(null);

export function KeepingProvider({ actions, children }: { actions: KeepingActions; children: ReactNode }) {
  return <KeepingContext.Provider value={actions}>{children}</KeepingContext.Provider>;
}

/** Null outside a provider: the actions are then not offered. */
export function useKeepingActions(): KeepingActions | null {
  return useContext(KeepingContext);
}
