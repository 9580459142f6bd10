// The smart views, then folders (nested, collapsible) and feeds.
import { useMemo, useState } from 'react';
import type { ArticleScope, FeedSummary, FolderId, Library } from '../../../shared/model';
import { Icon } from '../../ui/Icon';
import { FeedAvatar } from './FeedAvatar';
import { ScopeButton } from './ScopeButton';
import { buildTree, type FolderNode } from './tree';

interface Props {
  library: Library;
  scope: ArticleScope;
  onSelect: (scope: ArticleScope) => void;
}

export function SubscriptionTree({ library, scope, onSelect }: Props) {
  const tree = useMemo(() => buildTree(library), [library]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<FolderId>>(new Set());
  const toggle = (id: FolderId) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const feedItem = (feed: FeedSummary) => (
    <li key={`feed-${feed.id}`}>
      <ScopeButton
        title={feed.title || feed.url}
        count={feed.unread}
        active={scope.kind === 'feed' && scope.feedId === feed.id}
        icon={<FeedAvatar title={feed.title || feed.url} />}
        error={feed.error?.message ?? null}
        onSelect={() => onSelect({ kind: 'feed', feedId: feed.id })}
      />
    </li>
  );

  const folderItem = (node: FolderNode) => {
    const { id, name } = node.folder;
    const open = !collapsed.has(id);
    const listId = `folder-${id}-items`;
    return (
      <li key={`folder-${id}`} className="folder">
        <div className="folder-row">
          <button
            type="button"
            className={`folder-toggle${open ? ' is-open' : ''}`}
            aria-expanded={open}
            aria-controls={listId}
            aria-label={`Show ${name}'s feeds`}
            onClick={() => toggle(id)}
          >
            <Icon name="chevron" />
          </button>
          <ScopeButton
            title={name}
            count={node.unread}
            active={scope.kind === 'folder' && scope.folderId === id}
            icon={<Icon name="folder" />}
            onSelect={() => onSelect({ kind: 'folder', folderId: id })}
          />
        </div>
        {open ? (
          <ul id={listId} className="tree-level">
            {node.folders.map(folderItem)}
            {node.feeds.map(feedItem)}
          </ul>
        ) : null}
      </li>
    );
  };

  return (
    <>
      <ul className="tree-level smart-views">
        <li>
          <ScopeButton
            title="All items"
            count={library.totals.unread}
            active={scope.kind === 'all'}
            icon={<Icon name="inbox" />}
            onSelect={() => onSelect({ kind: 'all' })}
          />
        </li>
        <li>
          <ScopeButton
            title="Starred"
            count={library.totals.starred}
            countNoun="starred"
            active={scope.kind === 'starred'}
            icon={<Icon name="star" />}
            onSelect={() => onSelect({ kind: 'starred' })}
          />
        </li>
      </ul>
      <h2 className="tree-heading">Subscriptions</h2>
      {tree.folders.length === 0 && tree.feeds.length === 0 ? (
        <p className="tree-empty">No subscriptions yet. Add one by its feed URL.</p>
      ) : (
        <ul className="tree-level">
          {tree.folders.map(folderItem)}
          {tree.feeds.map(feedItem)}
        </ul>
      )}
    </>
  );
}
