// "Save this search", beside the results' heading: asks for a name (the words typed, to start with)
// and adds the search to the sidebar's saved searches. A search that is saved already says so.
import { useState } from 'react';
import type { SearchRequest } from '../api/use-search';
import { PromptDialog } from '../dialogs/PromptDialog';
import { useSavedSearchesState } from './saved-searches-context';
import '../styles/saved-searches.css';

export function SaveSearchButton({ search }: { search: SearchRequest | null }) {
  const state = useSavedSearchesState();
  const [naming, setNaming] = useState(false);
  if (!state || !search) return null;
  const saved = state.searches.find((one) => one.id === state.shownId);
  if (saved) return <span className="saved-search-note">Saved as “{saved.name}”</span>;
  return (
    <>
      <button type="button" className="button small save-search" onClick={() => setNaming(true)}>
        Save this search
      </button>
      {naming ? (
        <PromptDialog
          prompt={{
            title: 'Save this search',
            label: 'Name',
            initial: search.query,
            submitLabel: 'Save',
            hint: 'It shows in the sidebar with its unread articles.',
            onSubmit: (name) => {
              if (name.trim()) void state.save(name.trim(), search);
            },
          }}
          onClose={() => setNaming(false)}
        />
      ) : null}
    </>
  );
}
