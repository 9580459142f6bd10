// Full-text search over title, author and plain text (migration 3's FTS5 index). The index is
// external-content: it keeps only the tokens, and reads the words back from articles and
// article_content when it has to mark them in a snippet.
import type { FeedId, MarkedText, SearchHit, SearchResult } from '../../../shared/model';
import { prepared, type Db } from './database';
import { summaryColumns, toSummary, type SummaryRow } from './articles';
import type { StateList } from './keeping';

export interface SearchQuery {
  text: string;
  feedIds: FeedId[] | null;
  kept: StateList | null;
  unreadOnly: boolean;
  /** Bounds on the list time (ms since the epoch), inclusive. */
  since: number | null;
  until: number | null;
  limit: number;
}

// Control characters never survive htmlToText, so they cannot be confused with the article's words.
const markOpen = '\u0002';
const markClose = '\u0003';
/** Title matters most, then the author, then the body. */
const weights = '10.0, 4.0, 1.0';
const snippetTokens = 28;
/** How many of the newest matches a search ranks. */
export const rankedWindow = 2000;

/**
 * What a person typed, as an FTS5 expression that cannot be a syntax error: every word and
 * "quoted phrase" is quoted, `word*` is a prefix, `-word` excludes, and `title:` / `author:`
 * limit a word to that column. Anything else FTS5 would read as an operator is taken literally.
 */
export function matchExpression(input: string): string | null {
  const include: string[] = [];
  const exclude: string[] = [];
  for (const match of input.matchAll(/(-?)(?:(title|author):)?(?:"([^"]*)"?|(\S+))/gi)) {
    const [, minus, column, phrase, bare] = match;
    let words = (phrase ?? bare ?? '').trim();
    const prefix = bare !== undefined && words.endsWith('*');
    words = words.replace(/\*+$/, '').replace(/"/g, ' ').trim();
    if (!/[\p{L}\p{N}]/u.test(words)) continue;
    const term = `${column ? `${column.toLowerCase()} : ` : ''}"${words}"${prefix ? ' *' : ''}`;
    (minus ? exclude : include).push(term);
  }
  if (include.length === 0) return null;
  const wanted = include.join(' AND ');
  return exclude.length === 0 ? wanted : `(${wanted}) NOT (${exclude.join(' OR ')})`;
}

/** "a \u0002b\u0003 c" → { text: "a b c", marks: [[2, 3]] }. */
export function parseMarks(marked: string): MarkedText {
  const marks: [number, number][] = [];
  let text = '';
  let start = -1;
  for (const char of marked) {
    if (char === markOpen) start = text.length;
    else if (char === markClose) {
      if (start >= 0 && text.length > start) marks.push([start, text.length]);
      start = -1;
    } else text += char;
  }
  return { text, marks };
}

interface HitRow extends SummaryRow {
  score: number;
}

interface MarkedRow {
  title_marked: string | null;
  snippet_marked: string | null;
}

export function searchArticles(db: Db, query: SearchQuery): SearchResult {
  const expression = matchExpression(query.text);
  if (!expression || (query.feedIds && query.feedIds.length === 0)) return { items: [], query: expression ?? '' };
  const where = ['article_search MATCH ?'];
  const params: (number | string)[] = [expression];
  if (query.kept) {
    where.push(query.kept.where);
    params.push(...query.kept.params);
  }
  if (query.unreadOnly) where.push('s.read = 0');
  if (query.feedIds) {
    where.push('s.feed_id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(query.feedIds));
  }
  if (query.since !== null) {
    where.push('s.sort_at >= ?');
    params.push(query.since);
  }
  if (query.until !== null) {
    where.push('s.sort_at <= ?');
    params.push(query.until);
  }
  // bm25 costs microseconds a row, so ranking every match of a common word in a million articles
  // takes seconds. Only the newest matches are ranked: the index walks them in rowid order and
  // stops at the window. That is exact for any query matching fewer articles than the window and
  // recency-biased for broad ones, which suits a reader searching their feeds; more words reach
  // further back. Snippets are made afterwards for the page's rows alone, since making one reads
  // the article's text back from its table. (The CAST in that second query matters: better-sqlite3
  // binds a JS number as REAL, and FTS5 then ignores `rowid = ?`.)
  const rows = prepared<(number | string)[], HitRow>(
    db,
    `WITH ranked AS (
       SELECT article_search.rowid AS id, bm25(article_search, ${weights}) AS score
       FROM article_search JOIN article_state s ON s.article_id = article_search.rowid
       WHERE ${where.join(' AND ')}
       ORDER BY article_search.rowid DESC LIMIT ${rankedWindow}
     )
     SELECT ${summaryColumns}, ranked.score AS score
     FROM ranked
       JOIN articles a ON a.id = ranked.id
       JOIN article_state s ON s.article_id = a.id
       JOIN feeds f ON f.id = a.feed_id
     ORDER BY score, a.id DESC LIMIT ?`,
  ).all(...params, query.limit);
  const marked = prepared<[string, number], MarkedRow>(
    db,
    `SELECT highlight(article_search, 0, char(2), char(3)) AS title_marked,
       snippet(article_search, 2, char(2), char(3), '…', ${snippetTokens}) AS snippet_marked
     FROM article_search WHERE article_search MATCH ? AND rowid = CAST(? AS INTEGER)`,
  );
  const items = rows.map((row): SearchHit => {
    const found = marked.get(expression, row.id);
    const snippet = parseMarks(found?.snippet_marked || row.summary);
    return {
      ...toSummary(row),
      snippet: snippet.text,
      titleMarked: parseMarks(found?.title_marked ?? row.title),
      snippetMarked: snippet,
      score: row.score,
    };
  });
  return { items, query: expression };
}
