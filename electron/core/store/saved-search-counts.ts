// How many unread articles a saved search finds, for the sidebar. The same words and filters as a
// search (search.ts), but counted, not ranked, and only as far as the sidebar needs.
import { prepared, type Db } from './database';
import { expressionOf, filtersOf, likeCondition, likePatterns, queryTerms, type SearchQuery } from './search';
import { indexedUpTo } from './search-index';

/**
 * Where unread articles begin: every unread article has an id at least this. Read once for all the
 * saved searches of a sidebar; a walk of the unread partial index, so as long as the unread count.
 */
export function oldestUnreadId(db: Db): number | null {
  return prepared<[], { id: number | null }>(db, 'SELECT min(article_id) AS id FROM article_state WHERE read = 0').get()?.id ?? null;
}

/**
 * Unread matches, up to `cap`. The index is walked only from the oldest unread article on: read
 * articles are almost always the older ones, so a common word's long doclist is mostly skipped.
 * The index comes first in the join (CROSS JOIN): probed article by article, FTS5 would evaluate
 * the whole query once per unread article.
 */
export function countUnreadMatches(db: Db, query: Omit<SearchQuery, 'limit' | 'unreadOnly'>, from: number | null, cap: number): number {
  if (from === null) return 0;
  const terms = queryTerms(query.text);
  const expression = expressionOf(terms);
  if (!expression || (query.feedIds && query.feedIds.length === 0)) return 0;
  const filters = filtersOf({ ...query, unreadOnly: true, limit: cap });
  // A scope or a period narrows where the unread articles can be: its own unread rows, read from
  // their partial indexes (migrations 1, 4, 6), bound the walk at both ends, or end it at once.
  let to = Number.MAX_SAFE_INTEGER;
  if (filters.where.length > 1) {
    const bounds = prepared<(number | string)[], { lo: number | null; hi: number | null }>(
      db,
      `SELECT min(s.article_id) AS lo, max(s.article_id) AS hi FROM article_state s WHERE ${filters.where.join(' AND ')}`,
    ).get(...filters.params);
    if (!bounds || bounds.lo === null || bounds.hi === null) return 0;
    from = Math.max(from, bounds.lo);
    to = bounds.hi;
  }
  const upto = indexedUpTo(db);
  const indexed = prepared<(number | string)[], { n: number }>(
    db,
    `SELECT count(*) AS n FROM (
       SELECT 1 FROM article_search CROSS JOIN article_state s ON s.article_id = article_search.rowid
       WHERE article_search MATCH ? AND article_search.rowid >= CAST(? AS INTEGER) AND article_search.rowid <= CAST(? AS INTEGER)
         ${filters.where.map((condition) => `AND ${condition}`).join(' ')}
       LIMIT ?)`,
  ).get(expression, from, Math.min(upto, to), ...filters.params, cap)?.n ?? 0;
  if (indexed >= cap) return cap;
  // Articles the indexer has not reached yet (a few seconds' worth of refreshes), as search.ts scans them.
  const tail = prepared<(number | string)[], { n: number }>(
    db,
    `SELECT count(*) AS n FROM (
       SELECT 1 FROM articles a
         JOIN article_content c ON c.article_id = a.id
         JOIN article_state s ON s.article_id = a.id
       WHERE a.id > ? AND a.id <= ? ${[
         ...terms.include.map(likeCondition),
         ...terms.exclude.map((term) => `NOT (${likeCondition(term)})`),
         ...filters.where,
       ]
         .map((condition) => `AND ${condition}`)
         .join(' ')}
       LIMIT ?)`,
  ).get(
    Math.max(upto, from - 1),
    to,
    ...terms.include.flatMap(likePatterns),
    ...terms.exclude.flatMap(likePatterns),
    ...filters.params,
    cap - indexed,
  )?.n ?? 0;
  return Math.min(cap, indexed + tail);
}
