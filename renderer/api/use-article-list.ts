// One scope's articles, a page at a time. Rows are summaries only; the reader loads full articles.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Client } from '../../shared/contract';
import type { ArticleId, ArticleScope, ArticleSummary } from '../../shared/model';
import type { Report } from './use-status';

const pageSize = 100;
/** The contract's largest page: a reload asks for what was shown, up to this. */
const maxPage = 500;

export interface ArticleListState {
  items: ArticleSummary[];
  hasMore: boolean;
  loading: boolean;
  /** Loads the list again from the top, as many rows as were shown (after a refresh). */
  reload: () => Promise<void>;
  loadMore: () => Promise<void>;
  patch: (id: ArticleId, change: Partial<ArticleSummary>) => void;
}

export function scopeKey(scope: ArticleScope): string {
  switch (scope.kind) {
    case 'all':
    case 'starred':
      return scope.kind;
    case 'feed':
      return `feed:${scope.feedId}`;
    case 'folder':
      return `folder:${scope.folderId}`;
  }
}

export function useArticleList(client: Client, scope: ArticleScope, report: Report): ArticleListState {
  const [items, setItems] = useState<ArticleSummary[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  // Answers for an older scope or an older reload are dropped.
  const generation = useRef(0);
  const busy = useRef(false);

  const shown = useRef(0);
  useEffect(() => {
    shown.current = items.length;
  }, [items.length]);

  const load = useCallback(async (limit: number) => {
    const mine = ++generation.current;
    busy.current = true;
    setLoading(true);
    try {
      const page = await client.listArticles({ scope, limit });
      if (mine !== generation.current) return;
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
  }, [client, scope, report]);

  useEffect(() => {
    setItems([]);
    setCursor(null);
    void load(pageSize);
  }, [load]);

  const reload = useCallback(() => load(Math.min(maxPage, Math.max(pageSize, shown.current))), [load]);

  const loadMore = useCallback(async () => {
    if (busy.current || !cursor) return;
    const mine = generation.current;
    busy.current = true;
    setLoading(true);
    try {
      const page = await client.listArticles({ scope, cursor, limit: pageSize });
      if (mine !== generation.current) return;
      setItems((current) => {
        const seen = new Set(current.map((item) => item.id));
        return [...current, ...page.items.filter((item) => !seen.has(item.id))];
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
  }, [client, scope, cursor, report]);

  const patch = useCallback((id: ArticleId, change: Partial<ArticleSummary>) => {
    setItems((current) => current.map((item) => (item.id === id ? { ...item, ...change } : item)));
  }, []);

  return { items, hasMore: cursor !== null, loading, reload, loadMore, patch };
}
