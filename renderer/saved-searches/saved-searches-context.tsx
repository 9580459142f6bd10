// The saved searches for the sidebar and the search results' "Save this search", without threading
// them through the panes between.
import { createContext, useContext, type ReactNode } from 'react';
import type { SavedSearchesState } from '../api/use-saved-searches';

const SavedSearchesContext = createContext<SavedSearchesState | null>(null);

export function SavedSearchesProvider({ state, children }: { state: SavedSearchesState; children: ReactNode }) {
  return <SavedSearchesContext.Provider value={state}>{children}</SavedSearchesContext.Provider>;
}

/** Null outside a provider: saved searches are then not offered. */
export function useSavedSearchesState(): SavedSearchesState | null {
  return useContext(SavedSearchesContext);
}
