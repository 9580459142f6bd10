// One scope's articles, a page at a time (keyset cursor; never an offset). Rows are summaries
// only; the reader loads full articles.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Client } from '../../shared/contract';
import type { ArticleScope, ArticleSummary, ListOrder } from '../../shared/model';
import type { ArticleStateOverlay } from './use-article-state';
import type { Report } from './use-status';
import { mergedRows } from './merged-rows';

const pageSize = 100;
/** The contract's largest page: a reload asks for what was shown, up to this. */
const maxPage = 500;

export interface ListOptions {
  scope: ArticleScope;
  order: ListOrder;
  unreadOnly: boolean;
  /** False until the settings that shape the list are known, so the list is not fetched twice. */
  enabled: boolean;
}

export interface ArticleListState {
  /** As the core sent them; lay the overlay over a row before showing it. */
  items: ArticleSummary[];
  hasMore: boolean;
  loading: boolean;
  /** Loads the list again from the top, as many rows as were shown (after a refresh). */
  reload: () => Promise<void>;
  loadMore: () => Promise<void>;
  /**
   * After a live change: articles new at the top are put above the ones shown, and the rows shown
   * take their new state; nothing shown is removed or moved, so the one being read stays put.
   */
  merge: () => Promise<void>;
}

export function scopeKey(scope: ArticleScope): string {
  switch (scope.kind) {
    case 'all':
    case 'unread':
    case 'starred':
    case 'shared':
    case 'liked':
    case 'notes':
    case 'filtered':
      return scope.kind;
    case 'label':
      return `label:${scope.labelId}`;
    case 'feed':
      return `feed:${scope.feedId}`;
    case 'folder':
      return `folder:${scope.folderId}`;
  }
}

export function useArticleList(
  client: Client,
  options: ListOptions,
  overlay: Pick<ArticleStateOverlay, 'loadStarted'>,
  report: Report,
): ArticleListState {
  const { scope, order, unreadOnly, enabled } = options;
  const [items, setItems] = useState<ArticleSummary[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  // Answers for an older scope or an older reload are dropped.
  const generation = useRef(0);
  const busy = useRef(false);
  const { loadStarted } = overlay;

  const shown = useRef(0);
  useEffect(() => {
    shown.current = items.length;
  }, [items.length]);

  const load = useCallback(
    async (limit: number) => {
      const mine = ++generation.current;
      busy.current = true;
      setLoading(true);
      const arrived = loadStarted();
      try {
        const page = await client.listArticles({ scope, order, unreadOnly, limit });
        if (mine !== generation.current) return;
        arrived(page.items);
        setItems(page.items);
        setCursor(page.nextCursor);
      } catch (error) {
        if (mine === generation.current) report(error, 'Loading articles');
      } finally {
        if (mine === generation.current) {
          busy.current = false;
          setLoading(false);
        }
      }
    },
    [client, scope, order, unreadOnly, report, loadStarted],
  );

  useEffect(() => {
    setItems([]);
    setCursor(null);
    if (enabled) void load(pageSize);
  }, [load, enabled]);

  const reload = useCallback(() => load(Math.min(maxPage, Math.max(pageSize, shown.current))), [load]);

  const loadMore = useCallback(async () => {
    if (busy.current || !cursor) return;
    const mine = generation.current;
    busy.current = true;
    setLoading(true);
    const arrived = loadStarted();
    try {
      const page = await client.listArticles({ scope, order, unreadOnly, cursor, limit: pageSize });
      if (mine !== generation.current) return;
      setItems((current) => {
        const seen = new Set(current.map((item) => item.id));
        const added = page.items.filter((item) => !seen.has(item.id));
        arrived(added);
        return added.length > 0 ? [...current, ...added] : current;
      });
      setCursor(page.nextCursor);
    } catch (error) {
      if (mine === generation.current) report(error, 'Loading more articles');
    } finally {
      if (mine === generation.current) {
        busy.current = false;
        setLoading(false);
      }
    }
  }, [client, scope, order, unreadOnly, cursor, report, loadStarted]);

  const merge = useCallback(async () => {
    if (!enabled) return;
    const mine = generation.current;
    const arrived = loadStarted();
    try {
      const page = await client.listArticles({ scope, order, unreadOnly, limit: pageSize });
      if (mine !== generation.current) return;
      arrived(page.items);
      setItems((current) => mergedRows(current, page.items, order));
      setCursor((current) => current ?? page.nextCursor);
    } catch {
      // a live update is a nicety; the next change or a reload brings the list up to date
    }
  }, [client, scope, order, unreadOnly, enabled, loadStarted]);

  return { items, hasMore: cursor !== null, loading, reload, loadMore, merge };
}
