import type { ArticleScope, Library } from '../../../shared/model';

/** The heading of the article list for a scope. */
export function scopeTitle(scope: ArticleScope, library: Library | null): string {
  switch (scope.kind) {
    case 'all':
      return 'All items';
    case 'unread':
      return 'Unread';
    case 'starred':
      return 'Starred';
    case 'shared':
      return 'Shared';
    case 'liked':
      return 'Liked';
    case 'notes':
      return 'Notes';
    case 'filtered':
      return 'Filtered';
    case 'label':
      return library?.labels.find((candidate) => candidate.id === scope.labelId)?.name ?? 'Label';
    case 'feed': {
      const feed = [...(library?.feeds ?? []), ...(library?.inactiveFeeds ?? [])].find((candidate) => candidate.id === scope.feedId);
      return feed ? feed.title || feed.url : 'Feed';
    }
    case 'folder':
      return library?.folders.find((candidate) => candidate.id === scope.folderId)?.name ?? 'Folder';
  }
}
