// store.search: searching articles, and the search index that makes it fast.
import type { ArticleScope, SearchResult } from '../../../shared/model';
import type { Db } from './database';
import { stateListOf } from './keeping';
import { feedIdsOf } from './scope-feeds';
import { searchArticles } from './search';
import { articlesUnindexed, catchUpIndex, indexIsBehind, indexPending } from './search-index';

/** A search as the contract asks for it. */
export interface SearchInput {
  query: string;
  scope: ArticleScope;
  unreadOnly: boolean;
  since?: string | undefined;
  until?: string | undefined;
  limit: number;
}

export class Search {
  constructor(private readonly db: Db) {}

  /** On any connection to the library: the store's own, or a search worker's read-only one. */
  find(input: SearchInput): SearchResult {
    return searchArticles(this.db, {
      text: input.query,
      feedIds: feedIdsOf(this.db, input.scope),
      kept: stateListOf(input.scope),
      unreadOnly: input.unreadOnly || input.scope.kind === 'unread',
      since: input.since ? Date.parse(input.since) : null,
      until: input.until ? Date.parse(input.until) : null,
      limit: input.limit,
    });
  }

  /** Indexes every article the search index has not reached yet (search-index.ts). */
  catchUp(): number {
    return catchUpIndex(this.db);
  }

  /** Whether articles wait to be indexed for search (search-index.ts). */
  isBehind(): boolean {
    return indexIsBehind(this.db);
  }

  /** About how many articles wait to be indexed for search (cheap: the ends of two b-trees). */
  unindexed(): number {
    return articlesUnindexed(this.db);
  }

  /** Up to `limit` of the articles waiting, indexed for search; the caller holds the transaction. */
  indexBatch(limit: number): number {
    return indexPending(this.db, limit);
  }
}
