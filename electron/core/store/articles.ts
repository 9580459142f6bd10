// Articles: storing what a refresh brought, and the lists and state changes the UI asks for.
import type {
  Article,
  ArticleId,
  ArticlePage,
  ArticleSummary,
  Enclosure,
  FeedId,
} from '../../../shared/model';
import { contentHash, isEarlierHashOf } from '../refresh/content-hash';
import type { ParsedItem } from '../feed-types';
import { htmlToText } from '../sanitize/text';
import { hasMixedWords } from '../rules/mixed-words';
import { prepared, type Db } from './database';
import { markReadInBulk } from './feed-counts';
import { articleLabels, type StateList } from './keeping';
import { feedTitleColumn } from './organize';
import { unreadPageKeys, type PageKey } from './unread-pages';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());


/**
 * Lists sort by the feed's date, but a feed's clock is not trusted: a date in the future is
 * pulled back to the moment we first saw the item, and an undated item sorts at that moment.
 */
function sortTime(item: ParsedItem, firstSeenAt: number): number {
  const published = item.published?.getTime() ?? item.updated?.getTime();
  return published === undefined || Number.isNaN(published) ? firstSeenAt : Math.min(published, firstSeenAt);
}

export interface StoreItemsResult {
  added: number;
  updated: number;
}

/**
 * Call inside a transaction: one feed's items land together or not at all. `utf8` is the feed's
 * (content-hash.ts): an item with a span there is bound as those bytes rather than its strings.
 */
export function storeItems(db: Db, feedId: FeedId, items: readonly ParsedItem[], now: number, utf8?: Uint8Array): StoreItemsResult {
  const find = prepared<[number, string], { id: number; content_hash: string }>(
    db,
    'SELECT id, content_hash FROM articles WHERE feed_id = ? AND guid = ?',
  );
  const insertArticle = prepared(
    db,
    `INSERT INTO articles (feed_id, guid, title, link, author, published_at, updated_at, first_seen_at,
       summary, thumbnail, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const updateArticle = prepared(
    db,
    `UPDATE articles SET title = ?, link = ?, author = ?, published_at = ?, updated_at = ?, summary = ?,
       thumbnail = ?, content_hash = ? WHERE id = ?`,
  );
  const upsertContent = prepared(
    db,
    `INSERT INTO article_content (article_id, html, text, enclosures, mixed_words)
     VALUES (?, CAST(? AS TEXT), CAST(? AS TEXT), ?, ?)
     ON CONFLICT (article_id) DO UPDATE SET html = excluded.html, text = excluded.text,
       enclosures = excluded.enclosures, mixed_words = excluded.mixed_words`,
  );
  const insertState = prepared(db, 'INSERT INTO article_state (article_id, feed_id, sort_at) VALUES (?, ?, ?)');
  const upgradeHash = prepared(db, 'UPDATE articles SET content_hash = ? WHERE id = ?');
  // Retention removed it; the feed still listing it does not make it new again.
  const buried = prepared<[number, string], { found: 1 }>(
    db,
    'SELECT 1 AS found FROM article_tombstones WHERE feed_id = ? AND guid = ?',
  );

  // A feed with nothing stored and nothing buried (its first refresh, an import's) has nothing
  // to look up: what this call stored is all there is, remembered here. That spares two of the
  // five statements per new article of a first refresh.
  const storedHere = feedIsEmpty(db, feedId) ? new Map<string, { id: number; content_hash: string }>() : null;
  let added = 0;
  let updated = 0;
  // Feeds list newest first; inserting bottom-up gives undated items ids in reading order.
  for (let index = items.length - 1; index >= 0; index--) {
    const item = items[index] as ParsedItem;
    const hash = item.contentHash ?? contentHash(item);
    const published = item.published?.getTime() ?? null;
    const itemUpdated = item.updated?.getTime() ?? null;
    const existing = storedHere ? storedHere.get(item.id) : find.get(feedId, item.id);
    let articleId: number;
    if (!existing) {
      if (!storedHere && buried.get(feedId, item.id)) continue;
      articleId = Number(
        insertArticle.run(feedId, item.id, item.title, item.link, item.author, published, itemUpdated, now,
          item.summary, item.thumbnail, hash).lastInsertRowid,
      );
      insertState.run(articleId, feedId, sortTime(item, now));
      storedHere?.set(item.id, { id: articleId, content_hash: hash });
      added++;
    } else if (existing.content_hash !== hash) {
      if (isEarlierHashOf(existing.content_hash, item)) {
        // Unchanged since an earlier version stored it: its hash takes today's form, nothing else moves.
        upgradeHash.run(hash, existing.id);
        existing.content_hash = hash;
        continue;
      }
      articleId = existing.id;
      updateArticle.run(item.title, item.link, item.author, published, itemUpdated, item.summary, item.thumbnail,
        hash, articleId);
      existing.content_hash = hash;
      updated++;
    } else {
      continue;
    }
    const enclosures = item.enclosures.length === 0 ? '[]' : JSON.stringify(item.enclosures);
    const span = utf8 ? item.utf8Span : undefined;
    if (span && utf8 && item.mixedWords !== undefined) {
      // SQLite takes the bytes as they are (CAST: as text), where a string is converted on every bind.
      upsertContent.run(articleId, utf8.subarray(span[0], span[1]), utf8.subarray(span[1], span[2]), enclosures,
        item.mixedWords ? 1 : 0);
      continue;
    }
    // Items that skipped the sanitize stage (imports, sync) get their text and flag here.
    const text = item.text ?? htmlToText(item.content);
    const mixed = item.mixedWords ?? hasMixedWords(item.title, item.author, text);
    upsertContent.run(articleId, item.content, text, enclosures, mixed ? 1 : 0);
  }
  if (added > 0) countNewUnread(db, feedId, added);
  return { added, updated };
}

/** No article and no tombstone of this feed: each is one step into an index. */
function feedIsEmpty(db: Db, feedId: FeedId): boolean {
  return (
    prepared<[number, number], { found: number }>(
      db,
      `SELECT EXISTS (SELECT 1 FROM articles WHERE feed_id = ?)
         OR EXISTS (SELECT 1 FROM article_tombstones WHERE feed_id = ?) AS found`,
    ).get(feedId, feedId)?.found === 0
  );
}

/** New articles are unread and not starred (migration 9: no per-row insert trigger counts them). */
function countNewUnread(db: Db, feedId: FeedId, added: number): void {
  prepared(
    db,
    `INSERT INTO feed_counts (feed_id, unread, starred) VALUES (?, ?, 0)
     ON CONFLICT (feed_id) DO UPDATE SET unread = unread + excluded.unread`,
  ).run(feedId, added);
}

// ---- lists ----------------------------------------------------------------------------------

/** A list is ordered by the article's time or, for a list of kept articles, by when they were kept. */
export interface ListQuery {
  feedIds: FeedId[] | null;
  /** Only starred, liked, noted or labelled articles (keeping.ts), or null for any. */
  kept: StateList | null;
  unreadOnly: boolean;
  /** Newest first walks the indexes backwards, oldest first forwards; the cursor follows. */
  order: 'newest' | 'oldest';
  cursor: string | null;
  limit: number;
}

type Cursor = PageKey;

function encodeCursor(cursor: Cursor): string {
  return `${cursor.at}.${cursor.id}`;
}

function decodeCursor(text: string | null): Cursor | null {
  if (!text) return null;
  const match = /^(-?\d{1,16})\.(\d{1,16})$/.exec(text);
  return match ? { at: Number(match[1]), id: Number(match[2]) } : null;
}

/** The columns of an article list row; every list of articles (pages, search hits) reads these. */
export interface SummaryRow {
  id: number;
  feed_id: number;
  feed_title: string;
  title: string;
  link: string | null;
  author: string | null;
  published_at: number | null;
  summary: string;
  thumbnail: string | null;
  read: number;
  starred: number;
  liked: number;
}

interface PageRow extends SummaryRow {
  page_key: number;
}

export const summaryColumns = `a.id, a.feed_id, ${feedTitleColumn('f')} AS feed_title, a.title, a.link, a.author, a.published_at,
  a.summary, a.thumbnail, s.read, s.starred, s.liked`;

export function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    feedId: row.feed_id,
    feedTitle: row.feed_title,
    title: row.title,
    link: row.link,
    author: row.author,
    published: iso(row.published_at),
    snippet: row.summary,
    thumbnail: row.thumbnail,
    read: row.read === 1,
    starred: row.starred === 1,
    liked: row.liked === 1,
  };
}

export function listArticles(db: Db, query: ListQuery): ArticlePage {
  if (query.unreadOnly && !query.kept) return listUnread(db, query);
  const key = query.kept?.key ?? 's.sort_at';
  const where: string[] = [];
  const params: (number | string)[] = [];
  if (query.kept) {
    where.push(query.kept.where);
    params.push(...query.kept.params);
  }
  if (query.unreadOnly) where.push('s.read = 0');
  // What rules hid is listed only in the Filtered view; hidden articles are read, so unread lists never see them.
  if (!query.kept?.where.includes('hidden_at')) where.push('s.hidden_at IS NULL');
  if (query.feedIds) {
    if (query.feedIds.length === 0) return { items: [], nextCursor: null };
    // One statement for any number of feeds, so the statement cache stays small.
    where.push('s.feed_id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(query.feedIds));
  }
  const ascending = query.order === 'oldest';
  const cursor = decodeCursor(query.cursor);
  if (cursor) {
    where.push(`(${key}, s.article_id) ${ascending ? '>' : '<'} (?, ?)`);
    params.push(cursor.at, cursor.id);
  }
  const direction = ascending ? 'ASC' : 'DESC';
  // The page is chosen on article_state alone (narrow rows, its own indexes); only then are the
  // few rows on it joined to articles and feeds. Joined first, a 100k-article folder was sorted with
  // every article row attached.
  const sql = `SELECT ${summaryColumns}, page.page_key
    FROM (SELECT s.article_id, ${key} AS page_key FROM article_state s
          ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
          ORDER BY ${key} ${direction}, s.article_id ${direction} LIMIT ?) page
    JOIN article_state s ON s.article_id = page.article_id
    JOIN articles a ON a.id = page.article_id
    JOIN feeds f ON f.id = s.feed_id
    ORDER BY page.page_key ${direction}, page.article_id ${direction}`;
  const rows = prepared<(number | string)[], PageRow>(db, sql).all(...params, query.limit + 1);
  const more = rows.length > query.limit;
  const page = more ? rows.slice(0, query.limit) : rows;
  const last = page[page.length - 1];
  return {
    items: page.map(toSummary),
    nextCursor: more && last ? encodeCursor({ at: last.page_key, id: last.id }) : null,
  };
}

/** An unread list: the page chosen by merging each feed's unread index (unread-pages.ts), then joined. */
function listUnread(db: Db, query: ListQuery): ArticlePage {
  if (query.feedIds && query.feedIds.length === 0) return { items: [], nextCursor: null };
  const keys = unreadPageKeys(db, query.feedIds, query.order, decodeCursor(query.cursor), query.limit + 1);
  const rows = prepared<[string], SummaryRow>(
    db,
    `SELECT ${summaryColumns} FROM article_state s JOIN articles a ON a.id = s.article_id JOIN feeds f ON f.id = s.feed_id
     WHERE s.article_id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(keys.map((key) => key.id)));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const more = keys.length > query.limit;
  // Each statement reads its own snapshot: an article the store worker removed in between is left out.
  const page = (more ? keys.slice(0, query.limit) : keys).filter((key) => byId.has(key.id));
  const last = page[page.length - 1];
  return {
    items: page.map((key) => toSummary(byId.get(key.id) as SummaryRow)),
    nextCursor: more && last ? encodeCursor(last) : null,
  };
}

interface ArticleRow extends SummaryRow {
  html: string | null;
  enclosures: string | null;
  starred_at: number | null;
  shared_at: number | null;
  liked_at: number | null;
  note: string | null;
  note_at: number | null;
}

export function getArticle(db: Db, id: ArticleId): Article | null {
  const row = prepared<[number], ArticleRow>(
    db,
    `SELECT ${summaryColumns}, c.html, c.enclosures, s.starred_at, CASE WHEN s.shared = 1 THEN s.shared_at END AS shared_at, s.liked_at, s.note, s.note_at
     FROM articles a JOIN article_state s ON s.article_id = a.id JOIN feeds f ON f.id = a.feed_id
     LEFT JOIN article_content c ON c.article_id = a.id WHERE a.id = ?`,
  ).get(id);
  if (!row) return null;
  return {
    ...toSummary(row),
    contentHtml: row.html ?? '',
    enclosures: JSON.parse(row.enclosures ?? '[]') as Enclosure[],
    starredAt: iso(row.starred_at),
    sharedAt: iso(row.shared_at),
    likedAt: iso(row.liked_at),
    note: row.note,
    noteAt: iso(row.note_at),
    labels: articleLabels(db, id),
  };
}

// ---- state ----------------------------------------------------------------------------------

export function setRead(db: Db, ids: readonly ArticleId[], read: boolean, now: number): number {
  const update = prepared(db, 'UPDATE article_state SET read = ?, read_at = ? WHERE article_id = ? AND read <> ?');
  let changed = 0;
  for (const id of ids) changed += update.run(read ? 1 : 0, read ? now : null, id, read ? 1 : 0).changes;
  return changed;
}

export function setStarred(db: Db, id: ArticleId, starred: boolean, now: number): number {
  return prepared(
    db,
    'UPDATE article_state SET starred = ?, starred_at = ? WHERE article_id = ? AND starred <> ?',
  ).run(starred ? 1 : 0, starred ? now : null, id, starred ? 1 : 0).changes;
}

/** The unread articles a mark-all-read takes: in these feeds, of this kept list, listed before `before`. */
function unreadWhere(feedIds: FeedId[] | null, kept: StateList | null, before: number | null): { condition: string; params: (number | string)[] } {
  const where = ['s.read = 0'];
  const params: (number | string)[] = [];
  if (kept) {
    where.push(kept.where);
    params.push(...kept.params);
  }
  if (before !== null) {
    where.push('s.sort_at < ?');
    params.push(before);
  }
  if (feedIds) {
    where.push('s.feed_id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(feedIds));
  }
  return { condition: where.join(' AND '), params };
}

/** `before`, when given, leaves articles from that moment on (by list time) unread. */
export function markAllRead(
  db: Db,
  feedIds: FeedId[] | null,
  kept: StateList | null,
  before: number | null = null,
): number {
  const { condition, params } = unreadWhere(feedIds, kept, before);
  // read_at says when the person read that article (opened it, or marked it on its own); marking a
  // hundred thousand at once reads none of them, and leaves it unset. Stamping it grew every row by
  // six bytes, splitting pages: a fifth of the mark's time.
  return markReadInBulk(db, feedIds, () =>
    prepared<(number | string)[], unknown>(db, `UPDATE article_state AS s SET read = 1 WHERE ${condition}`).run(...params)
      .changes,
  );
}

/** What a mark-all-read changed, enough to take it back: the articles (a JSON array) and the feeds to recount. */
export interface ReadMarks {
  articleIds: string;
  count: number;
  feedIds: FeedId[] | null;
}

/**
 * markAllRead, answering which articles it changed. They are read from the unread index inside the
 * same write transaction, just before the UPDATE with the same condition, so they are exactly the
 * rows it changes. That measured cheaper than UPDATE … RETURNING (docs/decisions.md, "Undo for
 * mark all as read").
 */
export function markAllReadReturning(
  db: Db,
  feedIds: FeedId[] | null,
  kept: StateList | null,
  before: number | null = null,
): ReadMarks {
  const { condition, params } = unreadWhere(feedIds, kept, before);
  let ids: number[] = [];
  markReadInBulk(db, feedIds, () => {
    ids = prepared<(number | string)[], number>(db, `SELECT s.article_id FROM article_state AS s WHERE ${condition}`).pluck().all(...params);
    return prepared<(number | string)[], unknown>(db, `UPDATE article_state AS s SET read = 1 WHERE ${condition}`).run(...params).changes;
  });
  return { articleIds: JSON.stringify(ids), count: ids.length, feedIds };
}

/**
 * Takes a mark-all-read back: its articles are unread again, except those read on their own since
 * (opened, or marked with "m": read_at is set then, and a mark-all-read leaves it unset). Ones
 * marked unread since, or gone (retention, unsubscribing), are simply not there to change.
 */
export function markUnreadAgain(db: Db, marks: ReadMarks): number {
  return markReadInBulk(db, marks.feedIds, () =>
    prepared<[string], unknown>(
      db,
      `UPDATE article_state SET read = 0
       WHERE article_id IN (SELECT value FROM json_each(?)) AND read = 1 AND read_at IS NULL`,
    ).run(marks.articleIds).changes,
  );
}

/** From feed_counts, which triggers keep in step with article_state (migration 5): no row is counted. */
export function starredCount(db: Db): number {
  return prepared<[], { n: number }>(db, 'SELECT total(starred) AS n FROM feed_counts').get()?.n ?? 0;
}

/** What rules hid (the Filtered view): read from state_hidden, whose rows are the hidden articles only. */
export function hiddenCount(db: Db): number {
  return prepared<[], { n: number }>(db, 'SELECT count(*) AS n FROM article_state WHERE hidden_at IS NOT NULL').get()?.n ?? 0;
}
