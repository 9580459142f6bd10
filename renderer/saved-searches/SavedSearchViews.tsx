// The saved searches in the sidebar, below the smart views: each opens its results as a search
// does, shows its unread count, and has a menu (right-click, Menu key, Shift+F10, "⋯") to rename or
// delete it.
import { useState } from 'react';
import { unreadCap, type SavedSearch } from '../../shared/saved-searches';
import { PromptDialog } from '../dialogs/PromptDialog';
import { ScopeButton } from '../panes/sidebar/ScopeButton';
import { Icon } from '../ui/Icon';
import { Menu, type MenuAnchor } from '../ui/Menu';
import { useSavedSearchesState } from './saved-searches-context';

type Open = { kind: 'menu'; saved: SavedSearch; anchor: MenuAnchor } | { kind: 'rename'; saved: SavedSearch } | null;

export function SavedSearchViews() {
  const state = useSavedSearchesState();
  const [open, setOpen] = useState<Open>(null);
  if (!state || state.searches.length === 0) return null;
  const close = () => setOpen(null);
  return (
    <>
      <h2 className="tree-heading">Saved searches</h2>
      <ul className="tree-level saved-searches" aria-label="Saved searches">
        {state.searches.map((saved) => (
          <li key={saved.id} title={`Search: ${saved.query}`}>
            <ScopeButton
              title={saved.name}
              count={saved.unread}
              countNoun={saved.unread >= unreadCap ? 'or more unread' : 'unread'}
              active={state.shownId === saved.id}
              icon={<Icon name="search" />}
              onSelect={() => state.open(saved)}
              onMenu={(anchor) => setOpen({ kind: 'menu', saved, anchor })}
            />
          </li>
        ))}
      </ul>
      {open?.kind === 'menu' ? (
        <Menu
          label={`Actions for saved search ${open.saved.name}`}
          anchor={open.anchor}
          onClose={close}
          items={[
            { label: 'Rename…', run: () => setOpen({ kind: 'rename', saved: open.saved }) },
            { label: 'Delete saved search', run: () => void state.remove(open.saved) },
          ]}
        />
      ) : null}
      {open?.kind === 'rename' ? (
        <PromptDialog
          prompt={{
            title: 'Rename saved search',
            label: 'Name',
            initial: open.saved.name,
            submitLabel: 'Rename',
            onSubmit: (name) => {
              if (name.trim()) void state.rename(open.saved, name.trim());
            },
          }}
          onClose={close}
        />
      ) : null}
    </>
  );
}
