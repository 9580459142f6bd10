// The one article the reader shows, loaded in full. The articles next to it are fetched ahead,
// so "j" shows the next one without waiting for the core.
import { useCallback, useRef, useState } from 'react';
import type { Client } from '../../shared/contract';
import type { Article, ArticleId } from '../../shared/model';
import type { Report } from './use-status';

/** Enough for the neighbours of the last few articles read. */
const keep = 40;

export interface OpenArticleState {
  article: Article | null;
  loading: boolean;
  open: (id: ArticleId) => Promise<void>;
  close: () => void;
  /** Fetches articles ahead of time; they wait in a small cache. */
  prefetch: (ids: readonly ArticleId[]) => void;
  /** Forgets what was fetched ahead (after a refresh, content may have changed). */
  forget: () => void;
}

export function useOpenArticle(client: Client, report: Report): OpenArticleState {
  const [article, setArticle] = useState<Article | null>(null);
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);
  const cache = useRef(new Map<ArticleId, Promise<Article>>());

  const fetchArticle = useCallback(
    (id: ArticleId): Promise<Article> => {
      const cached = cache.current.get(id);
      if (cached) return cached;
      const loading = client.getArticle({ articleId: id });
      cache.current.set(id, loading);
      loading.catch(() => cache.current.delete(id));
      while (cache.current.size > keep) {
        const oldest = cache.current.keys().next().value;
        if (oldest === undefined) break;
        cache.current.delete(oldest);
      }
      return loading;
    },
    [client],
  );

  const settled = useRef(new Map<ArticleId, Article>());

  const open = useCallback(
    async (id: ArticleId) => {
      const mine = ++latest.current;
      const ready = settled.current.get(id);
      if (ready) {
        // Already here: shown in this same update, no loading state in between.
        setArticle(ready);
        setLoading(false);
        return;
      }
      setLoading(true);
      try {
        const loaded = await fetchArticle(id);
        if (mine === latest.current) setArticle(loaded);
      } catch (error) {
        if (mine === latest.current) report(error, 'Opening the article');
      } finally {
        if (mine === latest.current) setLoading(false);
      }
    },
    [fetchArticle, report],
  );

  const prefetch = useCallback(
    (ids: readonly ArticleId[]) => {
      for (const id of ids) {
        if (settled.current.has(id)) continue;
        fetchArticle(id).then(
          (loaded) => {
            settled.current.set(id, loaded);
            while (settled.current.size > keep) {
              const oldest = settled.current.keys().next().value;
              if (oldest === undefined) break;
              settled.current.delete(oldest);
            }
          },
          () => undefined, // fetched again, with its error shown, if it is opened
        );
      }
    },
    [fetchArticle],
  );

  const forget = useCallback(() => {
    cache.current.clear();
    settled.current.clear();
  }, []);

  const close = useCallback(() => {
    latest.current++;
    setArticle(null);
    setLoading(false);
  }, []);

  return { article, loading, open, close, prefetch, forget };
}
