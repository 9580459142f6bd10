// The smart views, then folders (nested to any depth, foldable, remembered) and feeds, under a
// heading per account once there is more than this computer.
import { useMemo, type ReactElement } from 'react';
import type { ArticleScope, FeedSummary, Folder, FolderId, Library } from '../../../shared/model';
import { plainReason } from '../../../shared/failure-reasons';
import { scopeKey } from '../../api/use-article-list';
import { useFeedIcons, type LoadFeedIcons } from '../../api/use-feed-icons';
import type { MenuAnchor } from '../../ui/Menu';
import { Icon } from '../../ui/Icon';
import { FeedAvatar } from './FeedAvatar';
import { KeptSections } from './KeptSections';
import { SavedSearchViews } from '../../saved-searches/SavedSearchViews';
import { ScopeButton } from './ScopeButton';
import { shownSmartViews } from '../../api/sidebar-order';
import { useFeedDrag, type DropTarget } from './use-feed-drag';
import { buildTree, type FolderNode } from '../../api/library-tree';
import { accountSections } from '../../api/account-sections';
import { AccountSectionView } from '../../accounts/AccountSectionView';

export type MenuTarget = { kind: 'feed'; feed: FeedSummary } | { kind: 'folder'; folder: Folder };

interface Props {
  library: Library;
  scope: ArticleScope;
  cursorKey: string | null;
  collapsed: ReadonlySet<FolderId>;
  onToggleFolder: (id: FolderId) => void;
  onSelect: (scope: ArticleScope) => void;
  onMenu: (target: MenuTarget, anchor: MenuAnchor) => void;
  /** Dragging a feed onto a folder (or the top level, null) moves it there. */
  onMoveFeed?: (feed: FeedSummary, folder: DropTarget) => void;
  loadIcons: LoadFeedIcons;
}

export function SubscriptionTree({ library, scope, cursorKey, collapsed, onToggleFolder, onSelect, onMenu, onMoveFeed, loadIcons }: Props) {
  const sections = useMemo(() => accountSections(library).map(({ account, library: part }) => ({ account, tree: buildTree(part) })), [library]);
  const icons = useFeedIcons(loadIcons, library.feeds);
  const activeKey = scopeKey(scope);
  const drag = useFeedDrag(library.feeds, (feed, folder) => onMoveFeed?.(feed, folder));
  const dropTarget = (target: DropTarget) => (onMoveFeed ? drag.target(target) : {});
  const dropClass = (target: DropTarget) => (drag.isOver(target) ? ' is-drop-target' : '');
  // The same rule Shift+N walks by (sidebar-order.ts).
  const showLiked = shownSmartViews(library, activeKey).some((view) => view.kind === 'liked');

  const feedItem = (feed: FeedSummary) => {
    const key = `feed:${feed.id}`;
    return (
      <li key={key} {...(onMoveFeed ? drag.source(feed) : {})}>
        <ScopeButton
          title={feed.title || feed.url}
          count={feed.unread}
          active={activeKey === key}
          cursor={cursorKey === key}
          icon={<FeedAvatar title={feed.title || feed.url} icon={icons.get(feed.id) ?? null} />}
          error={feed.error ? plainReason(feed.error.stage, feed.error.message) : null}
          onSelect={() => onSelect({ kind: 'feed', feedId: feed.id })}
          onMenu={(anchor) => onMenu({ kind: 'feed', feed }, anchor)}
        />
      </li>
    );
  };

  const folderItem = (node: FolderNode) => {
    const { folder } = node;
    const key = `folder:${folder.id}`;
    const open = !collapsed.has(folder.id);
    const listId = `folder-${folder.id}-items`;
    return (
      <li key={key} className={`folder${dropClass(folder)}`} {...dropTarget(folder)}>
        <div className="folder-row">
          <button
            type="button"
            className={`folder-toggle${open ? ' is-open' : ''}`}
            aria-expanded={open}
            aria-controls={open ? listId : undefined}
            aria-label={`Show ${folder.name}'s feeds`}
            title={open ? 'Fold (Shift+X)' : 'Unfold (Shift+X)'}
            onClick={() => onToggleFolder(folder.id)}
          >
            <Icon name="chevron" />
          </button>
          <ScopeButton
            title={folder.name}
            count={node.unread}
            active={activeKey === key}
            cursor={cursorKey === key}
            icon={<Icon name="folder" />}
            onSelect={() => onSelect({ kind: 'folder', folderId: folder.id })}
            onMenu={(anchor) => onMenu({ kind: 'folder', folder }, anchor)}
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

  const smart = (target: ArticleScope, title: string, count: number | undefined, icon: ReactElement, countNoun?: string) => {
    const key = scopeKey(target);
    return (
      <li>
        <ScopeButton
          title={title}
          count={count}
          countNoun={countNoun}
          active={activeKey === key}
          cursor={cursorKey === key}
          icon={icon}
          onSelect={() => onSelect(target)}
        />
      </li>
    );
  };

  return (
    <>
      <ul className="tree-level smart-views">
        {smart({ kind: 'all' }, 'All items', library.totals.unread, <Icon name="inbox" />)}
        {smart({ kind: 'unread' }, 'Unread', library.totals.unread, <Icon name="circle" />)}
        {smart({ kind: 'starred' }, 'Starred', library.totals.starred, <Icon name="star" />, 'starred')}
        {showLiked ? smart({ kind: 'liked' }, 'Liked', library.totals.liked, <Icon name="heart" />, 'liked') : null}
        {smart({ kind: 'notes' }, 'Notes', library.totals.notes, <Icon name="note" />, 'noted')}
        {smart({ kind: 'shared' }, 'Shared', undefined, <Icon name="share" />)}
        {smart({ kind: 'filtered' }, 'Filtered', library.totals.filtered, <Icon name="close" />, 'hidden')}
      </ul>
      <SavedSearchViews />
      <h2 className={`tree-heading${dropClass(null)}`} {...dropTarget(null)}>
        Subscriptions
      </h2>
      {sections.map(({ account, tree }) => (
        <AccountSectionView key={account?.id ?? 'only'} account={account}>
          {tree.folders.length === 0 && tree.feeds.length === 0 ? (
            <p className="tree-empty">{account && account.kind !== 'local' ? 'No subscriptions here yet: they come with the next sync.' : 'No subscriptions yet. Add one by its feed URL.'}</p>
          ) : (
            <ul className={`tree-level top-level${dropClass(null)}`} {...dropTarget(null)}>
              {tree.folders.map(folderItem)}
              {tree.feeds.map(feedItem)}
            </ul>
          )}
        </AccountSectionView>
      ))}
      <KeptSections
        labels={library.labels}
        inactiveFeeds={library.inactiveFeeds}
        activeKey={activeKey}
        cursorKey={cursorKey}
        onSelect={onSelect}
      />
    </>
  );
}
