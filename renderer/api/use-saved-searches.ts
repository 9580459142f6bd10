// The saved searches with their unread counts. Counts are asked for again, shortly after, whenever
// the library's unread total moves (an article read, a refresh landing): reading one article in a
// saved search's results lowers its count without the sidebar asking once per article.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Client } from '../../shared/contract';
import type { SavedSearch } from '../../shared/saved-searches';
import type { SearchRequest } from './use-search';
import type { Report } from './use-status';

export interface SavedSearchesState {
  searches: readonly SavedSearch[];
  /** The saved search whose results are on show, if the search on show is one. */
  shownId: number | null;
  open: (saved: SavedSearch) => void;
  save: (name: string, request: SearchRequest) => Promise<void>;
  rename: (saved: SavedSearch, name: string) => Promise<void>;
  remove: (saved: SavedSearch) => Promise<void>;
}

const recountAfterMs = 250;

export function sameSearch(saved: SavedSearch, request: SearchRequest | null): boolean {
  return (
    request !== null &&
    saved.query === request.query &&
    saved.period === request.period &&
    JSON.stringify(saved.scope) === JSON.stringify(request.scope)
  );
}

export function useSavedSearches(
  client: Client,
  report: Report,
  /** The library's unread total: when it moves, the counts are asked for again. */
  unreadTotal: number | undefined,
  shown: SearchRequest | null,
  runSearch: (request: SearchRequest) => void,
): SavedSearchesState {
  const [searches, setSearches] = useState<readonly SavedSearch[]>([]);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++latest.current;
    try {
      const { searches: listed } = await client.listSavedSearches({});
      if (mine === latest.current) setSearches(listed);
    } catch (error) {
      report(error, 'Loading saved searches');
    }
  }, [client, report]);

  useEffect(() => {
    const timer = setTimeout(() => void reload(), recountAfterMs);
    return () => clearTimeout(timer);
  }, [reload, unreadTotal]);

  const save = useCallback(
    async (name: string, request: SearchRequest) => {
      try {
        await client.saveSearch({ name, query: request.query, scope: request.scope, period: request.period });
        await reload();
      } catch (error) {
        report(error, 'Saving the search');
      }
    },
    [client, report, reload],
  );

  const rename = useCallback(
    async (saved: SavedSearch, name: string) => {
      try {
        await client.renameSavedSearch({ savedSearchId: saved.id, name });
        await reload();
      } catch (error) {
        report(error, 'Renaming the saved search');
      }
    },
    [client, report, reload],
  );

  const remove = useCallback(
    async (saved: SavedSearch) => {
      try {
        await client.deleteSavedSearch({ savedSearchId: saved.id });
        await reload();
      } catch (error) {
        report(error, 'Deleting the saved search');
      }
    },
    [client, report, reload],
  );

  const open = useCallback(
    (saved: SavedSearch) => runSearch({ query: saved.query, scope: saved.scope, period: saved.period }),
    [runSearch],
  );

  const shownId = searches.find((saved) => sameSearch(saved, shown))?.id ?? null;
  return { searches, shownId, open, save, rename, remove };
}
