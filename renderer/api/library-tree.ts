// Folders nested by parentId, with each folder's feeds and the unread count of everything inside.
import type { FeedSummary, Folder, FolderId, Library } from '../../shared/model';

export interface FolderNode {
  folder: Folder;
  folders: FolderNode[];
  feeds: FeedSummary[];
  unread: number;
}

export interface SubscriptionTree {
  folders: FolderNode[];
  /** Feeds in no folder (or in a folder the library does not list). */
  feeds: FeedSummary[];
}

export function buildTree(library: Library): SubscriptionTree {
  const known = new Set(library.folders.map((folder) => folder.id));
  const childFolders = new Map<FolderId | null, Folder[]>();
  for (const folder of library.folders) {
    const parent = folder.parentId !== null && known.has(folder.parentId) ? folder.parentId : null;
    childFolders.set(parent, [...(childFolders.get(parent) ?? []), folder]);
  }
  const feedsIn = new Map<FolderId | null, FeedSummary[]>();
  for (const feed of library.feeds) {
    const folder = feed.folderId !== null && known.has(feed.folderId) ? feed.folderId : null;
    feedsIn.set(folder, [...(feedsIn.get(folder) ?? []), feed]);
  }

  const visited = new Set<FolderId>();
  const nodeOf = (folder: Folder): FolderNode | null => {
    if (visited.has(folder.id)) return null; // a cycle in parentIds: show each folder once
    visited.add(folder.id);
    const folders = (childFolders.get(folder.id) ?? []).map(nodeOf).filter((node) => node !== null);
    const feeds = feedsIn.get(folder.id) ?? [];
    const unread =
      feeds.reduce((sum, feed) => sum + feed.unread, 0) + folders.reduce((sum, node) => sum + node.unread, 0);
    return { folder, folders, feeds, unread };
  };

  return {
    folders: (childFolders.get(null) ?? []).map(nodeOf).filter((node) => node !== null),
    feeds: feedsIn.get(null) ?? [],
  };
}

/** The feeds in a folder and in every folder below it. */
export function feedsUnder(library: Library, folderId: FolderId): FeedSummary[] {
  const inside = new Set<FolderId>([folderId]);
  // Parents come before children in no guaranteed order: repeat until nothing is added.
  for (let grew = true; grew; ) {
    grew = false;
    for (const folder of library.folders) {
      if (folder.parentId !== null && inside.has(folder.parentId) && !inside.has(folder.id)) {
        inside.add(folder.id);
        grew = true;
      }
    }
  }
  return library.feeds.filter((feed) => feed.folderId !== null && inside.has(feed.folderId));
}
