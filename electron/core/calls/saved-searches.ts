// The contract's saved-search calls (shared/saved-searches.ts). createHandlers (calls/handlers.ts)
// spreads these in.
import type { Handlers } from '../../../shared/contract';
import type { Store } from '../store';

type SavedSearchCalls = 'listSavedSearches' | 'saveSearch' | 'renameSavedSearch' | 'deleteSavedSearch';

export function savedSearchHandlers(store: Store): Pick<Handlers, SavedSearchCalls> {
  return {
    listSavedSearches: () => ({ searches: store.savedSearches.list() }),
    saveSearch: (input) => store.savedSearches.save(input),
    renameSavedSearch: ({ savedSearchId, name }) => store.savedSearches.rename(savedSearchId, name),
    deleteSavedSearch: ({ savedSearchId }) => ({ deleted: store.savedSearches.delete(savedSearchId) }),
  };
}
