// Saved searches (migration 14): a query with its scope and period under a name, listed with the
// unread articles each finds. Opening one runs it as a search (search.ts); nothing is copied.
import { TidingsError } from '../../../shared/errors';
import type { ArticleScope, FeedId } from '../../../shared/model';
import { savedPeriodDays, searchPeriods, unreadCap, type SavedSearch, type SavedSearchPeriod } from '../../../shared/saved-searches';
import { prepared, type Db } from './database';
import { stateListOf } from './keeping';
import { countUnreadMatches, oldestUnreadId } from './saved-search-counts';
import { matchExpression } from './search';

export interface SavedSearchInput {
  name: string;
  query: string;
  scope: ArticleScope;
  period: SavedSearchPeriod;
}

interface Row {
  id: number;
  name: string;
  query: string;
  scope: string;
  period: string;
}

const day = 86_400_000;

export class SavedSearches {
  constructor(
    private readonly db: Db,
    private readonly clock: () => number,
    /** The feeds a scope covers, or null for every feed (index.ts). */
    private readonly feedIdsOf: (scope: ArticleScope) => FeedId[] | null,
  ) {}

  /** In the order they were saved, each with its unread count. */
  list(): SavedSearch[] {
    const rows = prepared<[], Row>(this.db, 'SELECT id, name, query, scope, period FROM saved_searches ORDER BY position, id').all();
    if (rows.length === 0) return [];
    const from = oldestUnreadId(this.db);
    return rows.map((row) => this.withCount(row, from));
  }

  get(id: number): SavedSearch {
    return this.withCount(this.row(id), oldestUnreadId(this.db));
  }

  /** A name another saved search has (in any case) is refused; so is a query that finds nothing by its form. */
  save(input: SavedSearchInput): SavedSearch {
    const name = this.freeName(input.name);
    const query = input.query.trim();
    if (!matchExpression(query)) throw new TidingsError('bad_input', `"${query}" has no words to search for`);
    const { id } = prepared<[string, string, string, string, number], { id: number }>(
      this.db,
      `INSERT INTO saved_searches (name, query, scope, period, position, created_at)
       VALUES (?, ?, ?, ?, (SELECT ifnull(max(position), 0) + 1 FROM saved_searches), ?) RETURNING id`,
    ).get(name, query, JSON.stringify(input.scope), input.period, this.clock()) as { id: number };
    return this.get(id);
  }

  rename(id: number, name: string): SavedSearch {
    this.row(id);
    prepared(this.db, 'UPDATE saved_searches SET name = ? WHERE id = ?').run(this.freeName(name, id), id);
    return this.get(id);
  }

  delete(id: number): boolean {
    return prepared(this.db, 'DELETE FROM saved_searches WHERE id = ?').run(id).changes > 0;
  }

  private row(id: number): Row {
    const row = prepared<[number], Row>(this.db, 'SELECT id, name, query, scope, period FROM saved_searches WHERE id = ?').get(id);
    if (!row) throw new TidingsError('not_found', `no saved search with id ${id}`);
    return row;
  }

  private freeName(typed: string, except?: number): string {
    const name = typed.trim();
    if (!name) throw new TidingsError('bad_input', 'a saved search needs a name');
    const taken = prepared<[string, number], { id: number }>(this.db, 'SELECT id FROM saved_searches WHERE name = ? AND id != ?').get(
      name,
      except ?? 0,
    );
    if (taken) throw new TidingsError('conflict', `there is already a saved search named "${name}"`);
    return name;
  }

  private withCount(row: Row, from: number | null): SavedSearch {
    const scope = JSON.parse(row.scope) as ArticleScope;
    const period = (searchPeriods as readonly string[]).includes(row.period) ? (row.period as SavedSearchPeriod) : 'any';
    return { id: row.id, name: row.name, query: row.query, scope, period, unread: this.unread(row.query, scope, period, from) };
  }

  private unread(text: string, scope: ArticleScope, period: SavedSearchPeriod, from: number | null): number {
    // A deleted folder covers no feeds: the search finds nothing until it is saved again elsewhere.
    const feedIds = this.feedIdsOf(scope);
    const since = period === 'any' ? null : this.clock() - savedPeriodDays[period] * day;
    try {
      return countUnreadMatches(this.db, { text, feedIds, kept: stateListOf(scope), since, until: null }, from, unreadCap);
    } catch (error) {
      // Saved before the prefix bound tightened (migration 15: "ti*", two prefixes): it counts
      // nothing rather than hiding the whole list; opening it says why it is refused.
      if (error instanceof TidingsError && error.code === 'bad_input') return 0;
      throw error;
    }
  }
}
