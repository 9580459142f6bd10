// Full-text search over title, author and plain text (the FTS5 index of migrations 3, 11 and 15). The
// index is external-content: it keeps only the tokens, and reads the words back from articles and
// article_content when it has to mark them in a snippet. It catches up after articles are stored
// (search-index.ts), so a search also scans the few articles it has not reached yet. It keeps words
// as written, so a bare word is asked for with its other forms (search-word-forms.ts).
import type { FeedId, MarkedText, SearchHit, SearchResult } from '../../../shared/model';
import { TidingsError } from '../../../shared/errors';
import { coveringForms, wordForms } from './search-word-forms';
import { wordsWithPrefix } from './search-prefix-words';
import { prepared, type Db } from './database';
import { indexedUpTo } from './search-index';
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

/** One word or "quoted phrase" as typed: what it must match, where, and whether it is a prefix. */
interface Term {
  words: string;
  /**
   * What the index is asked for, any one of them: a bare word's forms (lower case: "ferries",
   * "ferry"…), else `words` alone (a quoted phrase is exact, a prefix is its letters).
   */
  forms: string[];
  column: 'title' | 'author' | null;
  prefix: boolean;
}

/** What a person typed, as terms: those every hit has, and those no hit has. */
export interface QueryTerms {
  include: Term[];
  exclude: Term[];
}

/**
 * How many `word*` terms a search may hold, and the letters each needs before its `*`. The index
 * has no prefix entries (migration 15), so a prefix merges the whole doclist of every word so
 * beginning, whatever the page: 50-75 ms of CPU per million entries (a word in each of a million
 * articles), more under load. On real feed text (the shared corpus) the busiest prefixes hold per
 * article 3.3 entries at 2 letters ("co*", 771 words), 1.6 at 3 ("the*"), 1.0 at 4 ("http*"). Two
 * prefixes of words in every article took 150-250 ms of CPU in a million; one, 75-145. A bare word
 * already finds its other forms, which is what most `*` were for (docs/decisions.md, "The search
 * index keeps words as written").
 */
export const MAX_PREFIX_TERMS = 1;
export const MIN_PREFIX_LENGTH = 4;

/**
 * Every word and "quoted phrase" is quoted, `word*` is a prefix, `-word` excludes, and `title:` /
 * `author:` limit a word to that column. Anything else FTS5 would read as an operator is taken
 * literally. Too many prefixes, or one too short, are refused in words a person can act on.
 */
export function queryTerms(input: string): QueryTerms {
  const terms: QueryTerms = { include: [], exclude: [] };
  const prefixes: string[] = [];
  for (const match of input.matchAll(/(-?)(?:(title|author):)?(?:"([^"]*)"?|(\S+))/gi)) {
    const [, minus, column, phrase, bare] = match;
    let words = (phrase ?? bare ?? '').trim();
    const prefix = bare !== undefined && words.endsWith('*');
    words = words.replace(/\*+$/, '').replace(/"/g, ' ').trim();
    if (!/[\p{L}\p{N}]/u.test(words)) continue;
    if (prefix) {
      const stem = /[\p{L}\p{N}]+$/u.exec(words)?.[0] ?? '';
      if ([...stem].length < MIN_PREFIX_LENGTH) {
        throw new TidingsError('bad_input', `"${bare}": a word ending in * needs at least ${MIN_PREFIX_LENGTH} letters before the *`);
      }
      prefixes.push(bare as string);
    }
    const forms = phrase === undefined && !prefix ? wordForms(words) : [];
    const term: Term = {
      words,
      forms: forms.length > 1 ? forms : [words],
      column: column ? (column.toLowerCase() as Term['column']) : null,
      prefix,
    };
    (minus ? terms.exclude : terms.include).push(term);
  }
  if (prefixes.length > MAX_PREFIX_TERMS) {
    throw new TidingsError(
      'bad_input',
      `a search can hold ${MAX_PREFIX_TERMS === 1 ? 'one word' : `at most ${MAX_PREFIX_TERMS} words`} ending in *; this one has ${prefixes.length} (${prefixes.join(' ')})`,
    );
  }
  return terms;
}

function ftsTerm({ forms, column, prefix }: Term): string {
  const asked = forms.length === 1 ? `"${forms[0] as string}"${prefix ? ' *' : ''}` : `(${forms.map((form) => `"${form}"`).join(' OR ')})`;
  return `${column ? `${column} : ` : ''}${asked}`;
}

export function expressionOf({ include, exclude }: QueryTerms): string | null {
  if (include.length === 0) return null;
  const wanted = include.map(ftsTerm).join(' AND ');
  return exclude.length === 0 ? wanted : `(${wanted}) NOT (${exclude.map(ftsTerm).join(' OR ')})`;
}

/** What a person typed, as an FTS5 expression that cannot be a syntax error. */
export function matchExpression(input: string): string | null {
  return expressionOf(queryTerms(input));
}

/**
 * Whether a term is in at least half of the library, judged by the newest articles: its newest
 * `rankedWindow` matches lie among the newest 2 × `rankedWindow` articles. For such a term bm25's
 * weight (its IDF) is nil (FTS5 floors it at 1e-6), yet working it out reads the term's whole
 * doclist: most of a second's worth of a query's time in a million articles.
 */
function isCommon(db: Db, term: string, newestId: number): boolean {
  const deepest = prepared<[string], { id: number }>(
    db,
    `SELECT rowid AS id FROM article_search WHERE article_search MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ${rankedWindow - 1}`,
  ).get(term);
  return deepest !== undefined && newestId - deepest.id < 2 * rankedWindow;
}

/** A "quoted phrase" of several words, each of them common (`isCommon`). */
function isCommonPhrase(db: Db, term: Term, newestId: number): boolean {
  const words = term.words.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length > 1 && words.every((word) => isCommon(db, `"${word}"`, newestId));
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
  const terms = queryTerms(query.text);
  const expression = expressionOf(terms);
  if (!expression || (query.feedIds && query.feedIds.length === 0)) return { items: [], query: expression ?? '' };
  const filters = filtersOf(query);
  // The mark is read first: the index, read after it, covers at least that far. The statements
  // are not one snapshot, so the indexer may pass a row between them, which both then find.
  const upto = indexedUpTo(db);
  const indexed = indexedHits(db, expression, terms, filters, query.limit);
  const seen = new Set(indexed.map((hit) => hit.id));
  const tail = tailHits(db, terms, filters, upto, query.limit).filter((hit) => !seen.has(hit.id));
  const items = [...indexed, ...tail].sort((a, b) => a.score - b.score || b.id - a.id).slice(0, query.limit);
  return { items, query: expression };
}

/** The conditions on article_state (alias s) every part of a search shares. */
export interface Filters {
  where: string[];
  params: (number | string)[];
}

export function filtersOf(query: SearchQuery): Filters {
  const where: string[] = [];
  const params: (number | string)[] = [];
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
  return { where, params };
}

/** Matches among the indexed articles, ranked, with the words marked by FTS5. */
function indexedHits(db: Db, expression: string, terms: QueryTerms, filters: Filters, limit: number): SearchHit[] {
  const where = ['article_search MATCH ?', ...filters.where];
  const params: (number | string)[] = [expression, ...filters.params];
  // bm25 costs microseconds a row, so ranking every match of a common word in a million articles
  // takes seconds. Only the newest matches are ranked: the index walks them in rowid order and
  // stops at the window. That is exact for any query matching fewer articles than the window and
  // recency-biased for broad ones, which suits a reader searching their feeds; more words reach
  // further back. bm25 then ranks the window by the query's uncommon words alone: a word in most
  // articles weighs nothing in bm25, and leaving it out spares reading its whole doclist. A prefix
  // never ranks, for the same reason: its weight would read every article with such a word. When
  // no word ranks, the window stays newest first, which is also what bm25 gives then. A phrase of
  // common words does not rank either: its weight reads the phrase's every match (340 ms of CPU for
  // one in a third of a million articles).
  // Snippets are made afterwards for the page's rows alone, since making one reads the article's
  // text back from its table.
  const newestId = prepared<[], { id: number | null }>(db, 'SELECT max(id) AS id FROM articles').get()?.id ?? 0;
  const ranking = terms.include
    .filter((term) => !term.prefix && !isCommonPhrase(db, term, newestId))
    .map(ftsTerm)
    .filter((term) => !isCommon(db, term, newestId));
  const newest = `SELECT article_search.rowid AS id
       FROM article_search JOIN article_state s ON s.article_id = article_search.rowid
       WHERE ${where.join(' AND ')}
       ORDER BY article_search.rowid DESC LIMIT ${rankedWindow}`;
  // The window is handed to FTS5 as a rowid range, its ids checked outside (`+rowid`): given the
  // ids themselves, FTS5 runs the query once per id and bm25 works out each word's weight again
  // every time, reading its whole doclist (a phrase's weight: minutes for the window).
  const scored =
    ranking.length === 0
      ? `SELECT id, 0 AS score FROM newest`
      : `SELECT rowid AS id, bm25(article_search, ${weights}) AS score FROM article_search
         WHERE article_search MATCH ? AND rowid >= (SELECT min(id) FROM newest) AND rowid <= (SELECT max(id) FROM newest)
           AND +rowid IN (SELECT id FROM newest)`;
  const rows = prepared<(number | string)[], HitRow>(
    db,
    `WITH newest AS MATERIALIZED (${newest}), ranked AS (${scored})
     SELECT ${summaryColumns}, ranked.score AS score
     FROM ranked
       JOIN articles a ON a.id = ranked.id
       JOIN article_state s ON s.article_id = a.id
       JOIN feeds f ON f.id = a.feed_id
     ORDER BY score, a.id DESC LIMIT ?`,
  ).all(...params, ...(ranking.length === 0 ? [] : [ranking.join(' AND ')]), limit);
  // The page's marks in one evaluation of the query, over the rowid range the page spans: asked
  // row by row, FTS5 would evaluate the query once a row, merging every doclist of a prefix again
  // each time. (`+rowid` keeps the id list from being handed to FTS5 as a constraint: it would
  // then evaluate the query once for each id.) A prefix is asked as the page's words so beginning.
  const ids = rows.map((row) => row.id);
  const marks = new Map<number, MarkedRow>();
  if (ids.length > 0) {
    const found = prepared<[string, number, number, string], MarkedRow & { id: number }>(
      db,
      `SELECT rowid AS id, highlight(article_search, 0, char(2), char(3)) AS title_marked,
         snippet(article_search, 2, char(2), char(3), '…', ${snippetTokens}) AS snippet_marked
       FROM article_search
       WHERE article_search MATCH ? AND rowid >= CAST(? AS INTEGER) AND rowid <= CAST(? AS INTEGER)
         AND +rowid IN (SELECT value FROM json_each(?))`,
    ).all(marksExpression(db, terms, ids) ?? expression, Math.min(...ids), Math.max(...ids), JSON.stringify(ids));
    for (const row of found) marks.set(row.id, row);
  }
  return rows.map((row): SearchHit => {
    const found = marks.get(row.id);
    const snippet = parseMarks(found?.snippet_marked || row.summary);
    return {
      ...toSummary(row),
      snippet: snippet.text,
      titleMarked: parseMarks(found?.title_marked ?? row.title),
      snippetMarked: snippet,
      score: row.score,
    };
  });
}

/**
 * The query to mark a page's hits with, when it holds a prefix: each `word*` becomes the words the
 * page's rows hold so beginning, and the excluded terms are left out (the rows are known hits).
 * Null when there is no prefix, or a prefix's words could not be listed: the query is then used
 * as it is.
 */
function marksExpression(db: Db, { include }: QueryTerms, ids: readonly number[]): string | null {
  if (!include.some((term) => term.prefix)) return null;
  const texts = prepared<[string], { title: string | null; author: string | null; text: string | null }>(
    db,
    'SELECT title, author, text FROM article_search_source WHERE id IN (SELECT value FROM json_each(?))',
  )
    .all(JSON.stringify(ids))
    .flatMap((row) => [row.title ?? '', row.author ?? '', row.text ?? '']);
  const asked: Term[] = [];
  for (const term of include) {
    if (!term.prefix) {
      asked.push(term);
      continue;
    }
    const words = wordsWithPrefix(texts, term.words);
    if (!words) return null;
    asked.push({ ...term, prefix: false, forms: words });
  }
  return expressionOf({ include: asked, exclude: [] });
}

/** LIKE's wildcards taken literally (ESCAPE '\\'). */
export const likePattern = (words: string): string => `%${words.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/**
 * What the scan past the index looks for: a term's forms, as few as find them all anywhere in a
 * word ("election" finds "elections"); one LIKE pattern each, for `likeCondition`'s placeholders.
 */
export function likePatterns(term: Term): string[] {
  return coveringForms(term.forms).map(likePattern);
}

export function likeCondition(term: Term): string {
  const haystack =
    term.column === 'title' ? 'a.title' : term.column === 'author' ? "ifnull(a.author, '')" : "a.title || ' ' || ifnull(a.author, '') || ' ' || c.text";
  const one = `${haystack} LIKE ? ESCAPE '\\'`;
  const patterns = likePatterns(term).length;
  return patterns === 1 ? one : `(${Array.from({ length: patterns }, () => one).join(' OR ')})`;
}

/**
 * Matches among the articles the indexer has not reached yet (search-index.ts): a scan of those
 * rows alone, newest first, which is a few seconds' worth of refreshes (or, just after migration
 * 15 emptied the index, the rows it has not re-indexed yet). A word's forms are looked for anywhere
 * in a word (so "heron" finds "herons" and "herons" finds "heron", but "ferry" also finds
 * "ferryman", which the index does not); such a hit is unranked (score 0) and its words are marked here.
 */
function tailHits(db: Db, terms: QueryTerms, filters: Filters, upto: number, limit: number): SearchHit[] {
  const where = [
    'a.id > ?',
    ...terms.include.map(likeCondition),
    ...terms.exclude.map((term) => `NOT (${likeCondition(term)})`),
    ...filters.where,
  ];
  const params: (number | string)[] = [
    upto,
    ...terms.include.flatMap(likePatterns),
    ...terms.exclude.flatMap(likePatterns),
    ...filters.params,
  ];
  const rows = prepared<(number | string)[], SummaryRow>(
    db,
    `SELECT ${summaryColumns}
     FROM articles a
       JOIN article_content c ON c.article_id = a.id
       JOIN article_state s ON s.article_id = a.id
       JOIN feeds f ON f.id = a.feed_id
     WHERE ${where.join(' AND ')}
     ORDER BY a.id DESC LIMIT ?`,
  ).all(...params, limit);
  const words = terms.include.flatMap((term) => coveringForms(term.forms));
  return rows.map((row): SearchHit => {
    const snippet = markWords(row.summary, words);
    return { ...toSummary(row), snippet: snippet.text, titleMarked: markWords(row.title, words), snippetMarked: snippet, score: 0 };
  });
}

/** Each place one of `words` occurs in `text`, ignoring case, as marks. */
export function markWords(text: string, words: readonly string[]): MarkedText {
  const lower = text.toLowerCase();
  const marks: [number, number][] = [];
  for (const word of words) {
    const needle = word.toLowerCase();
    if (!needle) continue;
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) marks.push([at, at + needle.length]);
  }
  marks.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const mark of marks) {
    const last = merged[merged.length - 1];
    if (last && mark[0] < last[1]) last[1] = Math.max(last[1], mark[1]);
    else merged.push(mark);
  }
  return { text, marks: merged };
}
