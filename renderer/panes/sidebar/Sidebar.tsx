// The subscriptions pane: refresh and add at the top, then the navigation tree.
import { useRef } from 'react';
import type { ArticleScope, FeedSummary, Library, RefreshResult } from '../../../shared/model';
import type { RefreshProgress } from '../../api/use-refresh';
import { Icon } from '../../ui/Icon';
import { AddSubscription } from './AddSubscription';
import { RefreshStatus } from './RefreshStatus';
import { SubscriptionTree } from './SubscriptionTree';
import '../../styles/sidebar.css';

interface Props {
  library: Library | null;
  scope: ArticleScope;
  onSelect: (scope: ArticleScope) => void;
  adding: boolean;
  onAdding: (open: boolean) => void;
  onAdd: (url: string, folder: string) => Promise<FeedSummary | null>;
  progress: RefreshProgress | null;
  lastRefresh: RefreshResult | null;
  onRefresh: () => void;
}

export function Sidebar(props: Props) {
  const { library, scope, onSelect, adding, onAdding, onAdd, progress, lastRefresh, onRefresh } = props;
  const addButton = useRef<HTMLButtonElement>(null);
  const closeForm = () => {
    onAdding(false);
    addButton.current?.focus();
  };
  return (
    <aside className="pane sidebar">
      <header className="sidebar-header">
        <span className="brand">Tidings</span>
        <button
          type="button"
          className={`icon-button${progress ? ' is-spinning' : ''}`}
          aria-label="Refresh all"
          title="Refresh all (R)"
          disabled={progress !== null}
          onClick={onRefresh}
        >
          <Icon name="refresh" />
        </button>
      </header>
      <div className="sidebar-add">
        <button
          type="button"
          ref={addButton}
          className="button add-button"
          aria-expanded={adding}
          title="Add subscription (A)"
          onClick={() => onAdding(!adding)}
        >
          <Icon name="plus" /> Add subscription
        </button>
        {adding ? (
          <AddSubscription folders={library?.folders ?? []} onAdd={onAdd} onClose={closeForm} />
        ) : null}
      </div>
      <nav className="subscriptions" aria-label="Subscriptions" aria-busy={library === null}>
        {library ? <SubscriptionTree library={library} scope={scope} onSelect={onSelect} /> : null}
      </nav>
      <RefreshStatus progress={progress} last={lastRefresh} />
    </aside>
  );
}
