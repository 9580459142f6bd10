// The subscriptions pane as one list, top to bottom, the way Shift+N and Shift+P walk it: the smart
// views, then folders and feeds as shown (a folded folder hides what is inside it), account by account.
import type { ArticleScope, FolderId, Library } from '../../shared/model';
import { scopeKey } from './use-article-list';
import { buildTree, type FolderNode } from './library-tree';
import { accountSections } from './account-sections';

export interface SidebarEntry {
  key: string;
  scope: ArticleScope;
}

/** The smart views in the order the pane shows them. */
export const smartViews: readonly ArticleScope[] = [
  { kind: 'all' },
  { kind: 'unread' },
  { kind: 'starred' },
  { kind: 'liked' },
  { kind: 'notes' },
  { kind: 'shared' },
];

/**
 * The smart views on show: Liked only once something is liked (issue #6), or while it is the view
 * on show, so unliking the last article there does not pull the row out from under the cursor.
 */
export function shownSmartViews(library: Library, activeKey: string | null): ArticleScope[] {
  return smartViews.filter((scope) => scope.kind !== 'liked' || library.totals.liked > 0 || activeKey === scopeKey(scope));
}

export function sidebarOrder(library: Library, collapsed: ReadonlySet<FolderId>, activeKey: string | null = null): SidebarEntry[] {
  const entries: SidebarEntry[] = shownSmartViews(library, activeKey).map((scope) => ({ key: scopeKey(scope), scope }));
  const walk = (node: FolderNode) => {
    const scope: ArticleScope = { kind: 'folder', folderId: node.folder.id };
    entries.push({ key: scopeKey(scope), scope });
    if (collapsed.has(node.folder.id)) return;
    node.folders.forEach(walk);
    for (const feed of node.feeds) entries.push({ key: `feed:${feed.id}`, scope: { kind: 'feed', feedId: feed.id } });
  };
  // Account headings are not stops: the walk goes from one account's last feed to the next one's first.
  for (const section of accountSections(library)) {
    const tree = buildTree(section.library);
    tree.folders.forEach(walk);
    for (const feed of tree.feeds) entries.push({ key: `feed:${feed.id}`, scope: { kind: 'feed', feedId: feed.id } });
  }
  for (const label of library.labels) entries.push({ key: `label:${label.id}`, scope: { kind: 'label', labelId: label.id } });
  for (const feed of library.inactiveFeeds) entries.push({ key: `feed:${feed.id}`, scope: { kind: 'feed', feedId: feed.id } });
  return entries;
}

/** The entry `step` places away from `key` (or the first one), staying inside the list. */
export function stepFrom(entries: readonly SidebarEntry[], key: string | null, step: 1 | -1): SidebarEntry | undefined {
  const index = key === null ? -1 : entries.findIndex((entry) => entry.key === key);
  if (index === -1) return entries[0];
  return entries[Math.max(0, Math.min(entries.length - 1, index + step))];
}
