// The question "Mark all as read" asks first, when the person wants it asked (Settings).
import type { ArticleScope, Library } from '../../shared/model';
import { scopeTitle } from '../panes/article-list/scope-title';

/** `unread` is the scope's count, or null where the sidebar keeps none (starred, labels…). */
export function confirmReadMessage(scope: ArticleScope, library: Library | null, unread: number | null, olderThanDays: number | undefined): string {
  const where = scopeTitle(scope, library);
  if (olderThanDays !== undefined) {
    const age = olderThanDays === 1 ? 'older than a day' : `older than ${olderThanDays} days`;
    return `Mark the articles in ${where} ${age} as read?`;
  }
  const what = unread === null ? 'all articles' : `${unread.toLocaleString()} ${unread === 1 ? 'article' : 'articles'}`;
  return `Mark ${what} in ${where} as read?`;
}
