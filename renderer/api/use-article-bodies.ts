// Full articles for the expanded view, loaded as their rows come into view and kept for a while,
// so scrolling back up does not ask again.
import { useCallback, useRef, useState } from 'react';
import type { Article, ArticleId } from '../../shared/model';

/** Enough for several screens of scrolling back; the oldest are let go first. */
const keep = 300;

export interface ArticleBodies {
  get: (id: ArticleId) => Article | undefined;
  /** Loads what is not loaded or loading yet. */
  want: (ids: readonly ArticleId[]) => void;
}

/** Fetches one whole article; handed down from useTidings, so the view never holds the client. */
export type LoadArticleBody = (id: ArticleId) => Promise<Article>;

export function useArticleBodies(load: LoadArticleBody): ArticleBodies {
  const cache = useRef(new Map<ArticleId, Article>());
  const loading = useRef(new Set<ArticleId>());
  const [, setVersion] = useState(0);

  const get = useCallback((id: ArticleId) => cache.current.get(id), []);

  const want = useCallback(
    (ids: readonly ArticleId[]) => {
      for (const id of ids) {
        if (cache.current.has(id) || loading.current.has(id)) continue;
        loading.current.add(id);
        load(id)
          .then((article) => {
            cache.current.set(id, article);
            while (cache.current.size > keep) {
              const oldest = cache.current.keys().next().value;
              if (oldest === undefined) break;
              cache.current.delete(oldest);
            }
            setVersion((value) => value + 1);
          })
          .catch(() => undefined) // the row keeps its summary; the next scroll asks again
          .finally(() => loading.current.delete(id));
      }
    },
    [load],
  );

  return { get, want };
}
