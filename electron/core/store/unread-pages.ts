// Which articles are on a page of an unread list. There is no index of every unread article by
// time (migration 10 dropped it): marking a folder read had to take each article out of it at a
// random place, and that was half the time of marking read. A page is instead merged from each
// feed's own unread index (state_unread_by_feed): one seek per feed with unread articles (the
// kept counts say which), then one more per article taken. That is some 2,000 seeks for a whole
// library of 2,000 feeds, whatever share of it is unread and however old.
import type { FeedId } from '../../../shared/model';
import { prepared, type Db } from './database';

export interface PageKey {
  at: number;
  id: number;
}

interface Head {
  feedId: number;
  key: PageKey;
}

/** The first `count` unread articles after `after` (in list order) among `feedIds`, or all feeds when null. */
export function unreadPageKeys(
  db: Db,
  feedIds: readonly FeedId[] | null,
  order: 'newest' | 'oldest',
  after: PageKey | null,
  count: number,
): PageKey[] {
  const newestFirst = order === 'newest';
  const next = prepared<[number, number, number], PageKey>(
    db,
    `SELECT sort_at AS at, article_id AS id FROM article_state INDEXED BY state_unread_by_feed
     WHERE feed_id = ? AND read = 0 AND (sort_at, article_id) ${newestFirst ? '<' : '>'} (?, ?)
     ORDER BY sort_at ${newestFirst ? 'DESC' : 'ASC'}, article_id ${newestFirst ? 'DESC' : 'ASC'} LIMIT 1`,
  );
  const start = after ?? (newestFirst ? { at: Number.MAX_SAFE_INTEGER, id: Number.MAX_SAFE_INTEGER } : { at: Number.MIN_SAFE_INTEGER, id: 0 });
  // Each feed's next article in list order; the page takes whichever comes first, again and again.
  const heads: Head[] = [];
  for (const feedId of feedsWithUnread(db, feedIds)) {
    const key = next.get(feedId, start.at, start.id);
    if (key) heads.push({ feedId, key });
  }
  const comesFirst = newestFirst
    ? (a: PageKey, b: PageKey) => a.at > b.at || (a.at === b.at && a.id > b.id)
    : (a: PageKey, b: PageKey) => a.at < b.at || (a.at === b.at && a.id < b.id);
  const page: PageKey[] = [];
  while (page.length < count && heads.length > 0) {
    const head = heads.reduce((best, candidate) => (comesFirst(candidate.key, best.key) ? candidate : best));
    page.push(head.key);
    const following = next.get(head.feedId, head.key.at, head.key.id);
    if (following) head.key = following;
    else heads.splice(heads.indexOf(head), 1);
  }
  return page;
}

function feedsWithUnread(db: Db, feedIds: readonly FeedId[] | null): number[] {
  const rows =
    feedIds === null
      ? prepared<[], { feed_id: number }>(db, 'SELECT feed_id FROM feed_counts WHERE unread > 0').all()
      : prepared<[string], { feed_id: number }>(
          db,
          'SELECT feed_id FROM feed_counts WHERE unread > 0 AND feed_id IN (SELECT value FROM json_each(?))',
        ).all(JSON.stringify(feedIds));
  return rows.map((row) => row.feed_id);
}
