// Which feeds an article scope covers: the one question every table group that lists articles asks.
import type { ArticleScope, FeedId } from '../../../shared/model';
import type { Db } from './database';
import { feedIdsInFolders } from './feeds';
import { folderSubtree } from './folders';

/** The feeds a scope covers, or null for "every feed". */
export function feedIdsOf(db: Db, scope: ArticleScope): FeedId[] | null {
  switch (scope.kind) {
    case 'all':
    case 'unread':
    case 'starred':
    case 'shared':
    case 'liked':
    case 'notes':
    case 'label':
    case 'filtered':
      return null;
    case 'feed':
      return [scope.feedId];
    case 'folder':
      return feedIdsInFolders(db, folderSubtree(db, scope.folderId));
  }
}
