// How the open list takes a live change (ArticleListState.merge): new articles above the rows
// shown, fresh state on the rows shown, nothing shown moved or dropped.
import type { ArticleSummary, ListOrder } from '../../shared/model';

/** The rows shown with `top` (the list's first page now) laid over them. */
export function mergedRows(current: readonly ArticleSummary[], top: readonly ArticleSummary[], order: ListOrder): ArticleSummary[] {
  if (current.length === 0) return [...top];
  const fresh = new Map(top.map((item) => [item.id, item]));
  const shown = new Set(current.map((item) => item.id));
  const updated = current.map((item) => fresh.get(item.id) ?? item);
  if (order !== 'newest') return updated;
  // Only what comes before the first row already shown is new at the top.
  const firstShown = top.findIndex((item) => shown.has(item.id));
  const above = (firstShown === -1 ? top : top.slice(0, firstShown)).filter((item) => !shown.has(item.id));
  return above.length > 0 ? [...above, ...updated] : updated;
}
