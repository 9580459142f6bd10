// What every article row is called, whichever view shows it: tests and screen readers find rows
// by this name.
import type { ArticleSummary } from '../../../shared/model';

export const optionId = (id: number): string => `article-option-${id}`;

export function accessibleName(article: ArticleSummary): string {
  return [
    article.title || '(untitled)',
    article.feedTitle,
    article.read ? null : 'unread',
    article.starred ? 'starred' : null,
    article.liked ? 'liked' : null,
  ]
    .filter(Boolean)
    .join(', ');
}
