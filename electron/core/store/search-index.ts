// The full-text index catches up after the articles are stored (migration 11): a refresh writes
// article rows only, and the indexer adds them to article_search later, in rowid order, in batches.
// search_progress.indexed_upto is how far it got; search.ts scans the rows past it.
import { prepared, type Db } from './database';
import { backfillMixedWords } from './mixed-words-backfill';

/** Articles one indexing transaction takes: a few tens of milliseconds, so writers waiting on the lock wait little. */
export const INDEX_BATCH = 1000;

/** The highest article id the index has caught up to; every article at or below it is in the index. */
export function indexedUpTo(db: Db): number {
  return prepared<[], { upto: number }>(db, 'SELECT indexed_upto AS upto FROM search_progress').get()?.upto ?? 0;
}

/** Whether articles are waiting to be indexed. Cheap: two lookups at the ends of two b-trees. */
export function indexIsBehind(db: Db): boolean {
  const newest = prepared<[], { id: number | null }>(db, 'SELECT max(id) AS id FROM articles').get()?.id ?? 0;
  return (newest ?? 0) > indexedUpTo(db);
}

/** About how many articles wait to be indexed (ids are not dense after deletes: at most this many). */
export function articlesUnindexed(db: Db): number {
  const newest = prepared<[], { id: number | null }>(db, 'SELECT max(id) AS id FROM articles').get()?.id ?? 0;
  return Math.max(0, (newest ?? 0) - indexedUpTo(db));
}

/**
 * Indexes up to `limit` of the articles past the mark and moves the mark past them; returns how
 * many it took. Call inside a transaction (the mark and the index move together).
 */
export function indexPending(db: Db, limit = INDEX_BATCH): number {
  const from = indexedUpTo(db);
  const next = prepared<[number, number], { upper: number | null; n: number }>(
    db,
    'SELECT max(id) AS upper, count(*) AS n FROM (SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT ?)',
  ).get(from, limit);
  if (!next || next.upper === null || next.n === 0) return 0;
  // An article with no content row yet is left out; its content's insert trigger indexes it when it comes.
  prepared(
    db,
    `INSERT INTO article_search (rowid, title, author, text)
     SELECT id, title, author, text FROM article_search_source WHERE id > ? AND id <= ?`,
  ).run(from, next.upper);
  backfillMixedWords(db, from, next.upper);
  prepared(db, 'UPDATE search_progress SET indexed_upto = ?').run(next.upper);
  return next.n;
}

/** Indexes everything waiting, a batch per transaction; returns how many articles it indexed. */
export function catchUpIndex(db: Db, batch = INDEX_BATCH): number {
  let total = 0;
  for (;;) {
    const done = db.transaction(() => indexPending(db, batch))();
    if (done === 0) return total;
    total += done;
  }
}
