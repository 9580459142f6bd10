// Subscriptions' icons (feed_icons): the image bytes, or a note that we looked and found none, and
// when to look again. A row goes with its feed (ON DELETE CASCADE).
import type { FeedId } from '../../../shared/model';
import { prepared, type Db } from './database';

export interface StoredIcon {
  feed_id: FeedId;
  content_type: string;
  data: Buffer;
  fetched_at: number;
  changed_at: number;
}

export interface FoundIcon {
  contentType: string;
  data: Uint8Array;
  sourceUrl: string;
}

/** Writes only while the feed exists: it may be deleted while its icon is being fetched. */
const whileSubscribed = 'WHERE EXISTS (SELECT 1 FROM feeds WHERE id = ?)';

export class IconStore {
  constructor(
    private readonly db: Db,
    private readonly clock: () => number = Date.now,
  ) {}

  /** True when the feed has never been looked at, or its time to look again has come. */
  isDue(feedId: FeedId): boolean {
    const row = prepared<[number], { check_after: number }>(this.db, 'SELECT check_after FROM feed_icons WHERE feed_id = ?').get(
      feedId,
    );
    return row === undefined || row.check_after <= this.clock();
  }

  /** The icon found; `changed_at` moves only when the bytes differ from those kept. */
  saveFound(feedId: FeedId, icon: FoundIcon, checkAfter: number): void {
    const now = this.clock();
    prepared(
      this.db,
      `INSERT INTO feed_icons (feed_id, content_type, data, source_url, fetched_at, changed_at, check_after)
       SELECT ?, ?, ?, ?, ?, ?, ? ${whileSubscribed}
       ON CONFLICT (feed_id) DO UPDATE SET content_type = excluded.content_type, data = excluded.data,
         source_url = excluded.source_url, fetched_at = excluded.fetched_at, check_after = excluded.check_after,
         changed_at = CASE WHEN feed_icons.data IS excluded.data THEN feed_icons.changed_at ELSE excluded.changed_at END`,
    ).run(feedId, icon.contentType, Buffer.from(icon.data), icon.sourceUrl, now, now, checkAfter, feedId);
  }

  /** Looked and found nothing usable: an icon kept from before stays; a feed without one remembers "none". */
  saveNone(feedId: FeedId, checkAfter: number): void {
    prepared(
      this.db,
      `INSERT INTO feed_icons (feed_id, fetched_at, check_after) SELECT ?, ?, ? ${whileSubscribed}
       ON CONFLICT (feed_id) DO UPDATE SET check_after = excluded.check_after`,
    ).run(feedId, this.clock(), checkAfter, feedId);
  }

  /** The icons there are, of these feeds or of all. */
  icons(feedIds?: readonly FeedId[]): StoredIcon[] {
    const columns = 'feed_id, content_type, data, fetched_at, changed_at';
    if (feedIds === undefined) {
      return prepared<[], StoredIcon>(this.db, `SELECT ${columns} FROM feed_icons WHERE data IS NOT NULL ORDER BY feed_id`).all();
    }
    return prepared<[string], StoredIcon>(
      this.db,
      `SELECT ${columns} FROM feed_icons
       WHERE data IS NOT NULL AND feed_id IN (SELECT value FROM json_each(?)) ORDER BY feed_id`,
    ).all(JSON.stringify(feedIds));
  }
}
