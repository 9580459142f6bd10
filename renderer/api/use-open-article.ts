// The one article the reader shows, loaded in full.
import { useCallback, useRef, useState } from 'react';
import type { Client } from '../../shared/contract';
import type { Article, ArticleId } from '../../shared/model';
import type { Report } from './use-status';

export interface OpenArticleState {
  article: Article | null;
  loading: boolean;
  open: (id: ArticleId) => Promise<void>;
  close: () => void;
  patch: (id: ArticleId, change: Partial<Article>) => void;
}

export function useOpenArticle(client: Client, report: Report): OpenArticleState {
  const [article, setArticle] = useState<Article | null>(null);
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);

  const open = useCallback(
    async (id: ArticleId) => {
      const mine = ++latest.current;
      setLoading(true);
      try {
        const loaded = await client.getArticle({ articleId: id });
        if (mine === latest.current) setArticle(loaded);
      } catch (error) {
        if (mine === latest.current) report(error, 'Opening the article');
      } finally {
        if (mine === latest.current) setLoading(false);
      }
    },
    [client, report],
  );

  const close = useCallback(() => {
    latest.current++;
    setArticle(null);
    setLoading(false);
  }, []);

  const patch = useCallback((id: ArticleId, change: Partial<Article>) => {
    setArticle((current) => (current && current.id === id ? { ...current, ...change } : current));
  }, []);

  return { article, loading, open, close, patch };
}
