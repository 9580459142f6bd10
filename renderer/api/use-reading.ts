// Read and starred changes: shown at once through the overlay, counted in the sidebar at once,
// then saved; put back with a message if saving fails.
import { useCallback } from 'react';
import type { Client } from '../../shared/contract';
import type { ArticleScope, ArticleSummary, FeedId } from '../../shared/model';
import type { ArticleStateOverlay } from './use-article-state';
import type { LibraryState } from './use-library';
import type { Report } from './use-status';

export interface Reading {
  setRead: (articles: readonly ArticleSummary[], read: boolean) => Promise<void>;
  setStarred: (article: ArticleSummary, starred: boolean) => Promise<void>;
  /** Everything in a scope, or only what is older than some days; `shown` are the rows on screen. */
  markAllRead: (scope: ArticleScope, shown: readonly ArticleSummary[], olderThanDays?: number) => Promise<MarkedRead>;
  /** Takes a mark-all-read back; answers how many articles are unread again. */
  undoMarkAllRead: (undoToken: string) => Promise<number | null>;
}

export interface MarkedRead {
  changed: number;
  /** For undoMarkAllRead, while the core still holds it. */
  undoToken?: string;
}

function unreadDeltas(articles: readonly ArticleSummary[], sign: 1 | -1): Map<FeedId, number> {
  const deltas = new Map<FeedId, number>();
  for (const article of articles) deltas.set(article.feedId, (deltas.get(article.feedId) ?? 0) + sign);
  return deltas;
}

export function useReading(
  client: Client,
  overlay: ArticleStateOverlay,
  library: Pick<LibraryState, 'adjust' | 'reload'>,
  report: Report,
): Reading {
  const { change, view } = overlay;
  const { adjust, reload } = library;

  const setRead = useCallback(
    async (articles: readonly ArticleSummary[], read: boolean) => {
      const changing = articles.map(view).filter((article) => article.read !== read);
      if (changing.length === 0) return;
      const done = change(changing.map((article) => article.id), { read });
      const deltas = unreadDeltas(changing, read ? -1 : 1);
      for (const [feedId, delta] of deltas) adjust(feedId, delta, 0);
      try {
        await client.setRead({ articleIds: changing.map((article) => article.id), read });
        done(true);
      } catch (error) {
        done(false);
        for (const [feedId, delta] of deltas) adjust(feedId, -delta, 0);
        report(error, read ? 'Marking as read' : 'Marking as unread');
      }
    },
    [client, report, change, view, adjust],
  );

  const setStarred = useCallback(
    async (article: ArticleSummary, starred: boolean) => {
      if (view(article).starred === starred) return;
      const done = change([article.id], { starred });
      adjust(article.feedId, 0, starred ? 1 : -1);
      try {
        await client.setStarred({ articleId: article.id, starred });
        done(true);
      } catch (error) {
        done(false);
        adjust(article.feedId, 0, starred ? -1 : 1);
        report(error, starred ? 'Starring' : 'Unstarring');
      }
    },
    [client, report, change, view, adjust],
  );

  const markAllRead = useCallback(
    async (scope: ArticleScope, shown: readonly ArticleSummary[], olderThanDays?: number) => {
      // Without an age limit every row on screen is read: show that before the core answers.
      const done = olderThanDays === undefined ? change(shown.map((article) => article.id), { read: true }) : null;
      try {
        const marked = await client.markAllRead(olderThanDays === undefined ? { scope } : { scope, olderThanDays });
        done?.(true);
        await reload();
        return marked;
      } catch (error) {
        done?.(false);
        report(error, 'Marking all as read');
        return { changed: 0 };
      }
    },
    [client, report, change, reload],
  );

  const undoMarkAllRead = useCallback(
    async (undoToken: string) => {
      try {
        const { changed } = await client.undoMarkAllRead({ undoToken });
        await reload();
        return changed;
      } catch (error) {
        report(error, 'Undoing mark all as read');
        return null;
      }
    },
    [client, report, reload],
  );

  return { setRead, setStarred, markAllRead, undoMarkAllRead };
}
