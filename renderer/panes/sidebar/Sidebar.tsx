// The subscriptions pane: refresh, settings and add at the top, then the navigation tree.
import { useRef } from 'react';
import type { ArticleScope, FeedSummary, Folder, FolderId, Library, RefreshResult } from '../../../shared/model';
import type { RefreshProgress } from '../../api/use-refresh';
import type { Adder } from '../../api/adding';
import { Icon } from '../../ui/Icon';
import type { MenuAnchor } from '../../ui/Menu';
import { AddSubscription } from './AddSubscription';
import { RefreshStatus } from './RefreshStatus';
import { SubscriptionTree, type MenuTarget } from './SubscriptionTree';
import type { LoadFeedIcons } from '../../api/use-feed-icons';
import '../../styles/sidebar.css';

interface Props {
  library: Library | null;
  scope: ArticleScope;
  cursorKey: string | null;
  collapsed: ReadonlySet<FolderId>;
  onToggleFolder: (id: FolderId) => void;
  onSelect: (scope: ArticleScope) => void;
  onMenu: (target: MenuTarget, anchor: MenuAnchor) => void;
  /** Dragging a feed onto a folder, or onto the top level (null), moves it there. */
  onMoveFeed?: (feed: FeedSummary, folder: Folder | null) => void;
  adding: boolean;
  onAdding: (open: boolean) => void;
  adder: Adder;
  /** The address the add form starts with (a feed: link, a dropped link). */
  addUrl?: string;
  progress: RefreshProgress | null;
  lastRefresh: RefreshResult | null;
  onRefresh: () => void;
  /** Refresh just these feeds again (the failed ones). */
  onRetry: (feedIds: number[]) => void;
  onSettings: () => void;
  onLibrary: () => void;
  onHelp: () => void;
  onOutbox?: () => void;
  loadIcons: LoadFeedIcons;
}

export function Sidebar(props: Props) {
  const { library, scope, cursorKey, collapsed, onToggleFolder, onSelect, onMenu, onMoveFeed } = props;
  const { adding, onAdding, adder, addUrl, progress, lastRefresh, onRefresh, onRetry, onSettings, onLibrary, onHelp, onOutbox } = props;
  const addButton = useRef<HTMLButtonElement>(null);
  const closeForm = () => {
    onAdding(false);
    addButton.current?.focus();
  };
  return (
    <aside className="pane sidebar">
      <header className="sidebar-header">
        <span className="brand">Tidings</span>
        <span className="sidebar-tools">
          <button type="button" className="icon-button" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={onHelp}>
            <Icon name="keyboard" />
          </button>
          <button type="button" className="icon-button" aria-label="Import and export" title="Import and export" onClick={onLibrary}>
            <Icon name="inbox" />
          </button>
          {onOutbox ? (
            <button type="button" className="icon-button" aria-label="Outbox" title="Outbox: shares on their way" onClick={onOutbox}>
              <Icon name="send" />
            </button>
          ) : null}
          <button type="button" className="icon-button" aria-label="Settings" title="Settings (,)" onClick={onSettings}>
            <Icon name="settings" />
          </button>
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
        </span>
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
        {adding ? <AddSubscription key={addUrl} folders={library?.folders ?? []} adder={adder} onClose={closeForm} initialUrl={addUrl} /> : null}
      </div>
      <nav className="subscriptions" aria-label="Subscriptions" aria-busy={library === null}>
        {library ? (
          <SubscriptionTree
            library={library}
            scope={scope}
            cursorKey={cursorKey}
            collapsed={collapsed}
            onToggleFolder={onToggleFolder}
            onSelect={onSelect}
            onMenu={onMenu}
            loadIcons={props.loadIcons}
            {...(onMoveFeed ? { onMoveFeed } : {})}
          />
        ) : null}
      </nav>
      <RefreshStatus progress={progress} last={lastRefresh} onRetry={onRetry} />
    </aside>
  );
}
