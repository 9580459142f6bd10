// A search: what was asked, and the ranked hits. While one is shown it takes the article list's
// place; clearing it brings the list back as it was.
import { useCallback, useRef, useState } from 'react';
import type { Client } from '../../shared/contract';
import type { ArticleScope, SearchHit } from '../../shared/model';
import type { ArticleStateOverlay } from './use-article-state';
import type { Report } from './use-status';

export type SearchPeriod = 'any' | 'day' | 'week' | 'month' | 'year';

export const periodDays: Record<Exclude<SearchPeriod, 'any'>, number> = { day: 1, week: 7, month: 31, year: 366 };

export interface SearchRequest {
  query: string;
  scope: ArticleScope;
  period: SearchPeriod;
}

export interface SearchState {
  request: SearchRequest | null;
  hits: SearchHit[];
  loading: boolean;
  run: (request: SearchRequest) => Promise<void>;
  clear: () => void;
}

const resultLimit = 200;

export function useSearch(client: Client, overlay: Pick<ArticleStateOverlay, 'loadStarted'>, report: Report): SearchState {
  const [request, setRequest] = useState<SearchRequest | null>(null);
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);
  const { loadStarted } = overlay;

  const run = useCallback(
    async (next: SearchRequest) => {
      const mine = ++latest.current;
      setRequest(next);
      setLoading(true);
      const arrived = loadStarted();
      try {
        const since =
          next.period === 'any' ? undefined : new Date(Date.now() - periodDays[next.period] * 86_400_000).toISOString();
        const result = await client.searchArticles({
          query: next.query,
          scope: next.scope,
          limit: resultLimit,
          ...(since ? { since } : {}),
        });
        if (mine !== latest.current) return;
        arrived(result.items);
        setHits(result.items);
      } catch (error) {
        if (mine === latest.current) {
          setHits([]);
          report(error, 'Searching');
        }
      } finally {
        if (mine === latest.current) setLoading(false);
      }
    },
    [client, report, loadStarted],
  );

  const clear = useCallback(() => {
    latest.current++;
    setRequest(null);
    setHits([]);
    setLoading(false);
  }, []);

  return { request, hits, loading, run, clear };
}
